import { Injectable } from '@nestjs/common';
import { oreToKroner, sumInHundredths, yearOf } from '@gevinst/domain';
import type { HealthTheme, HeatMapCell, Phase, PortfolioOverview, PortfolioOverviewQuery } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { sortThemeCounts } from '../portfolio-rollup/portfolio-health';
import { PortfolioRollupService, type ScopeSql } from '../portfolio-rollup/portfolio-rollup.service';
import { OverviewCache } from './overview-cache';
import { FIGURE_COUNT } from './overview-figures';
import { scopeSql } from './portfolio-scope';
import { Clock } from '../../common/clock/clock';

/** The rollup rows of the initiatives in scope, for the queries below. */
const IN_SCOPE = 'FROM scope s JOIN initiative_rollup r ON r.initiative_id = s.id';

const sumOf = (figure: keyof typeof FIGURE_COUNT) => `COALESCE(sum(${FIGURE_COUNT[figure]}), 0)::int`;

/**
 * The management overview: every figure is a sum, in SQL, of the shares kept per initiative in initiative_rollup
 * (brought up to date first: only initiatives changed since are recomputed), over the initiatives in scope of the
 * filters. The drill-down lists sum the same shares (FIGURE_COUNT), so a figure always equals the sum of its list.
 * While nothing in scope has changed (the rollup state is the same), the overview computed last time is reused.
 */
@Injectable()
export class PortfolioOverviewService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly rollup: PortfolioRollupService,
  ) {}

  private readonly cache = new OverviewCache();

  /** The overview as JSON (what the route sends): reused while the rollup state of its scope is unchanged. */
  async overviewJson(user: AuthUser, query: PortfolioOverviewQuery): Promise<string> {
    const scope = scopeSql(query, user.organisationId);
    const today = this.clock.today();
    const state = await this.rollup.refresh(user.organisationId, scope, today);
    const key = JSON.stringify([user.organisationId, ...Object.entries(query).filter(([, value]) => value !== undefined).sort()]);
    const cached = this.cache.get(key, state);
    if (cached) return cached;
    const json = JSON.stringify(await this.compute(query, scope, today));
    this.cache.set(key, state, json);
    return json;
  }

  private async compute(query: PortfolioOverviewQuery, scope: ScopeSql, today: string): Promise<PortfolioOverview> {
    const year = query.year ?? yearOf(today);
    const run = <T>(sql: string): Promise<T[]> => this.db.manager.query(`${scope.withClause} ${sql}`, scope.params);

    const [counts] = await run<{
      initiatives: number;
      by_phase: { phase: Phase; count: number }[] | null;
      red: number;
      high_risks: number;
      overdue: number;
      missing: number;
      failing: number;
      with_errors: number;
      goals: number;
      measured: number;
      average: number | null;
    }>(
      `SELECT count(*)::int AS initiatives,
              (SELECT json_agg(json_build_object('phase', x.phase, 'count', x.count) ORDER BY x.phase)
                 FROM (SELECT i.phase, count(*)::int AS count FROM initiative i JOIN scope s ON s.id = i.id GROUP BY i.phase) x) AS by_phase,
              ${sumOf('red_status')} AS red, ${sumOf('open_high_risks')} AS high_risks, ${sumOf('overdue_measurements')} AS overdue,
              ${sumOf('missing_status_reports')} AS missing, ${sumOf('failing_health')} AS failing,
              count(*) FILTER (WHERE r.errors > 0)::int AS with_errors,
              COALESCE(sum(r.goals), 0)::int AS goals, COALESCE(sum(r.measured_goals), 0)::int AS measured,
              (sum(r.pct_sum) / NULLIF(sum(r.measured_goals), 0))::float8 AS average
       ${IN_SCOPE}`,
    );

    // Funding lines grouped by year, paying department and status; department names for the chart.
    const funding = await run<{ year: number; department_id: string | null; name: string | null; confirmed: boolean; ore: string }>(
      `SELECT x.year, x.department_id, d.name, x.confirmed, x.ore FROM (
         SELECT e.year, e.department_id, e.confirmed, sum(e.ore)::text AS ore
         ${IN_SCOPE} CROSS JOIN LATERAL unnest(r.funding_year, r.funding_department, r.funding_confirmed, r.funding_ore) e(year, department_id, confirmed, ore)
         GROUP BY 1, 2, 3) x
       LEFT JOIN department d ON d.id = x.department_id
       ORDER BY d.name, x.year`,
    );

    const benefitRows = await run<{ year: number; unit: 'DKK' | 'hours'; planned: string; realised: string }>(
      `SELECT e.year, e.unit, sum(e.planned)::text AS planned, sum(e.realised)::text AS realised
       ${IN_SCOPE} CROSS JOIN LATERAL unnest(r.benefit_year, r.benefit_unit, r.benefit_planned, r.benefit_realised) e(year, unit, planned, realised)
       GROUP BY 1, 2 ORDER BY 1`,
    );

    const heatCells = await run<{ cell: string; count: number }>(
      `SELECT e.cell, sum(e.risks)::int AS count ${IN_SCOPE} CROSS JOIN LATERAL unnest(r.heat_cell, r.heat_risks) e(cell, risks) GROUP BY 1`,
    );
    const heat = heatCells.map(({ cell, count }) => {
      const [matrix, p, k] = cell.split(' ');
      return { matrix, p: Number(p), k: Number(k), count };
    });

    const themes = await run<{ theme: HealthTheme; findings: number; initiatives: number }>(
      `SELECT f ->> 'theme' AS theme, count(*)::int AS findings, count(DISTINCT r.initiative_id)::int AS initiatives
       ${IN_SCOPE} CROSS JOIN LATERAL jsonb_array_elements(r.findings) f GROUP BY 1`,
    );

    const bubbles = await run<{ id: string; code: string; title: string; phase: Phase; priority: number | null; potential: string; risk: number; budget_ore: string }>(
      `SELECT i.id, i.code, i.title, i.phase, r.priority, r.potential::text AS potential, r.max_risk AS risk, r.budget_ore::text AS budget_ore
       ${IN_SCOPE} JOIN initiative i ON i.id = s.id ORDER BY i.code`,
    );

    const plannedRealised = (rows: typeof benefitRows, unit: 'DKK' | 'hours') => ({
      planned: sumInHundredths(rows.filter((r) => r.unit === unit).map((r) => toNumber(r.planned))),
      realised: sumInHundredths(rows.filter((r) => r.unit === unit).map((r) => toNumber(r.realised))),
    });
    const years = [...new Set(benefitRows.map((r) => r.year))];
    const ore = (rows: typeof funding) => rows.reduce((sum, r) => sum + BigInt(r.ore), 0n);
    const thisYear = funding.filter((f) => f.year === year);
    const [total, confirmed] = [ore(thisYear), ore(thisYear.filter((f) => f.confirmed))];
    const paid = funding.filter((f) => f.department_id !== null && f.name !== null);
    const departments = [...new Map(paid.map((f) => [f.department_id as string, f.name as string])).entries()];
    const cells = (matrix: 'before' | 'after'): HeatMapCell[] =>
      heat
        .filter((h) => h.matrix === matrix)
        .map((h) => ({ probability: h.p, consequence: h.k, count: h.count }) as HeatMapCell)
        .sort((a, b) => b.probability - a.probability || a.consequence - b.consequence);

    return {
      query: { ...query, year },
      initiatives: counts.initiatives,
      byPhase: counts.by_phase ?? [],
      budget: { year, total: oreToKroner(total.toString()), confirmed: oreToKroner(confirmed.toString()), proposed: oreToKroner((total - confirmed).toString()) },
      benefits: {
        year: { dkk: plannedRealised(benefitRows.filter((r) => r.year === year), 'DKK'), hours: plannedRealised(benefitRows.filter((r) => r.year === year), 'hours') },
        cumulative: {
          dkk: plannedRealised(benefitRows.filter((r) => r.year <= year), 'DKK'),
          hours: plannedRealised(benefitRows.filter((r) => r.year <= year), 'hours'),
        },
        byYear: years.map((y) => ({ year: y, dkk: plannedRealised(benefitRows.filter((r) => r.year === y), 'DKK'), hours: plannedRealised(benefitRows.filter((r) => r.year === y), 'hours') })),
      },
      goalAchievement: { averagePct: counts.average, goals: counts.goals, measuredGoals: counts.measured },
      redStatus: counts.red,
      failingHealth: { initiatives: counts.failing, withErrors: counts.with_errors },
      openHighRisks: counts.high_risks,
      overdueMeasurements: counts.overdue,
      missingStatusReports: counts.missing,
      fundingByDepartment: departments.map(([id, name]) => {
        const lines = paid.filter((f) => f.department_id === id);
        const byYear = [...new Set(lines.map((f) => f.year))].sort((a, b) => a - b);
        return { department: { id, name }, years: byYear.map((y) => ({ year: y, amount: oreToKroner(ore(lines.filter((f) => f.year === y)).toString()) })) };
      }),
      riskHeatMap: { before: cells('before'), after: cells('after') },
      valueVsRisk: bubbles.map((b) => ({
        initiative: { id: b.id, code: b.code, title: b.title, phase: b.phase },
        priorityScore: b.priority,
        benefitPotential: toNumber(b.potential),
        riskScore: b.risk,
        budget: oreToKroner(b.budget_ore),
      })),
      healthByTheme: sortThemeCounts(themes),
    };
  }
}
