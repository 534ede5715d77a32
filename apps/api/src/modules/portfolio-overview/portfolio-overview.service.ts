import { reviewCycleOf as cycleBounds } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { LIVE_RISK_STATUSES, oreToKroner } from '@gevinst/domain';
import type { HeatMapCell, Phase, PortfolioOverview, PortfolioOverviewQuery } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { danishDate, toNumber } from '../../common/validation/numeric';
import { FIGURE_ROWS, SQL_FIGURES, SqlFigure } from './overview-figures';
import { PortfolioHealthCounter } from './portfolio-health-counter';
import { scopeSql } from './portfolio-scope';
import { reviewCycleOfOrganisation } from './review-cycle-setting';

/**
 * The management overview: every figure aggregated in SQL over the initiatives in scope (one WITH clause shared by
 * a handful of GROUP BY / FILTER queries), plus the health check's counts from its bulk loader. The figures share
 * their SQL with the drill-down lists (FIGURE_ROWS), so a figure always equals the sum of its list.
 */
@Injectable()
export class PortfolioOverviewService {
  constructor(
    private readonly db: TenantDb,
    private readonly health: PortfolioHealthCounter,
  ) {}

  async overview(user: AuthUser, query: PortfolioOverviewQuery, now = new Date()): Promise<PortfolioOverview> {
    const today = danishDate(now);
    const year = query.year ?? Number(today.slice(0, 4));
    const { withClause, params } = scopeSql(query, user.organisationId);
    const cycle = cycleBounds(await reviewCycleOfOrganisation(this.db.manager, user.organisationId), today);
    const run = <T>(sql: string, extra: unknown[] = []): Promise<T[]> => this.db.manager.query(`${withClause}${sql.startsWith(',') ? '' : ' '}${sql}`, [...params, ...extra]);
    const n = params.length;
    const p = (offset: number) => `$${n + offset}`;

    const context = { today, cycle };
    const figureParams: unknown[] = [];
    const param = (value: unknown) => `$${n + figureParams.push(value)}`;
    const [counts] = await run<{ initiatives: number; by_phase: { phase: Phase; count: number }[] | null } & Record<SqlFigure, number>>(
      `SELECT (SELECT count(*) FROM scope)::int AS initiatives,
              (SELECT json_agg(json_build_object('phase', x.phase, 'count', x.count) ORDER BY x.phase)
                 FROM (SELECT i.phase, count(*)::int AS count FROM initiative i JOIN scope s ON s.id = i.id GROUP BY i.phase) x) AS by_phase,
              ${SQL_FIGURES.map((figure) => `(SELECT COALESCE(sum(count), 0) FROM (${FIGURE_ROWS[figure](param, context)}) f)::int AS ${figure}`).join(',\n')}`,
      figureParams,
    );

    const [budget] = await run<{ total: string; confirmed: string }>(
      `SELECT COALESCE(sum(f.amount_ore), 0)::text AS total, COALESCE(sum(f.amount_ore) FILTER (WHERE f.status = 'confirmed'), 0)::text AS confirmed
       FROM funding_line f JOIN scope s ON s.id = f.initiative_id WHERE f.year = ${p(1)}`,
      [year],
    );

    const benefitRows = await run<{ year: number; unit: 'DKK' | 'hours'; planned: string; realised: string }>(
      `SELECT y.year, b.unit, sum(y.planned)::text AS planned, COALESCE(sum(y.realised), 0)::text AS realised
       FROM benefit b JOIN scope s ON s.id = b.initiative_id JOIN benefit_year y ON y.benefit_id = b.id
       WHERE b.quantified AND b.unit IN ('DKK', 'hours') GROUP BY y.year, b.unit ORDER BY y.year`,
    );

    // Goal achievement as the goal pages compute it: (latest − baseline) / (target − baseline) × 100.
    const [goals] = await run<{ goals: number; measured: number; average: number | null }>(
      `SELECT count(*)::int AS goals, count(pct)::int AS measured, avg(pct)::float8 AS average FROM (
         SELECT CASE WHEN g.baseline_value IS NOT NULL AND g.target_value <> g.baseline_value AND m.value IS NOT NULL
                     THEN (m.value - g.baseline_value) / (g.target_value - g.baseline_value) * 100 END AS pct
         FROM goal g JOIN scope s ON s.id = g.initiative_id
         LEFT JOIN LATERAL (SELECT value FROM measurement WHERE goal_id = g.id ORDER BY measured_on DESC, recorded_at DESC LIMIT 1) m ON true) x`,
    );

    const funding = await run<{ department_id: string; name: string; year: number; ore: string }>(
      `SELECT f.paying_department_id AS department_id, d.name, f.year, sum(f.amount_ore)::text AS ore
       FROM funding_line f JOIN scope s ON s.id = f.initiative_id JOIN department d ON d.id = f.paying_department_id
       GROUP BY f.paying_department_id, d.name, f.year ORDER BY d.name, f.year`,
    );

    const heat = await run<{ matrix: 'before' | 'after'; p: number; k: number; count: number }>(
      `SELECT CASE WHEN GROUPING(r.probability) = 0 THEN 'before' ELSE 'after' END AS matrix,
              COALESCE(r.probability, COALESCE(r.residual_probability, r.probability)) AS p,
              COALESCE(r.consequence, COALESCE(r.residual_consequence, r.consequence)) AS k, count(*)::int AS count
       FROM risk r JOIN scope s ON s.id = r.initiative_id WHERE r.status = ANY(${p(1)}::risk_status[])
       GROUP BY GROUPING SETS ((r.probability, r.consequence), (COALESCE(r.residual_probability, r.probability), COALESCE(r.residual_consequence, r.consequence)))`,
      [LIVE_RISK_STATUSES],
    );

    // Per initiative in one pass over each table (grouped joins), not four correlated subqueries per initiative. The CTE
    // names differ from the tables': under WITH RECURSIVE a CTE named like a table it reads would refer to itself.
    const bubbles = await run<{ id: string; code: string; title: string; phase: Phase; priority: number | null; potential: string; risk: number; budget_ore: string }>(
      `, criteria AS (SELECT id, weight, inverse FROM priority_criterion WHERE organisation_id = $1),
       priority_sum AS (
         SELECT s.id, CASE WHEN (SELECT count(*) FROM criteria) > 0 AND count(ps.score) = (SELECT count(*) FROM criteria)
                           THEN sum(c.weight * CASE WHEN c.inverse THEN 5 - ps.score ELSE ps.score END)::float8 / 5 END AS priority
         FROM scope s JOIN priority_score ps ON ps.initiative_id = s.id JOIN criteria c ON c.id = ps.criterion_id GROUP BY s.id),
       potential_sum AS (
         SELECT b.initiative_id AS id, sum(y.planned) AS potential FROM benefit b JOIN scope s ON s.id = b.initiative_id JOIN benefit_year y ON y.benefit_id = b.id
         WHERE b.quantified AND b.unit = 'DKK' GROUP BY b.initiative_id),
       max_risk AS (
         SELECT r.initiative_id AS id, max(r.probability * r.consequence) AS risk FROM risk r JOIN scope s ON s.id = r.initiative_id
         WHERE r.status = ANY(${p(1)}::risk_status[]) GROUP BY r.initiative_id),
       budget_sum AS (SELECT f.initiative_id AS id, sum(f.amount_ore) AS ore FROM funding_line f JOIN scope s ON s.id = f.initiative_id GROUP BY f.initiative_id)
       SELECT i.id, i.code, i.title, i.phase, pr.priority, COALESCE(po.potential, 0)::text AS potential, COALESCE(rk.risk, 0)::int AS risk,
              COALESCE(bu.ore, 0)::text AS budget_ore
       FROM initiative i JOIN scope s ON s.id = i.id
       LEFT JOIN priority_sum pr ON pr.id = i.id LEFT JOIN potential_sum po ON po.id = i.id
       LEFT JOIN max_risk rk ON rk.id = i.id LEFT JOIN budget_sum bu ON bu.id = i.id
       ORDER BY i.code`,
      [LIVE_RISK_STATUSES],
    );

    const health = await this.health.count(user.organisationId, bubbles.map((b) => b.id), now);
    const plannedRealised = (rows: typeof benefitRows, unit: 'DKK' | 'hours') => ({
      planned: rows.filter((r) => r.unit === unit).reduce((sum, r) => sum + toNumber(r.planned), 0),
      realised: rows.filter((r) => r.unit === unit).reduce((sum, r) => sum + toNumber(r.realised), 0),
    });
    const years = [...new Set(benefitRows.map((r) => r.year))];
    const departments = [...new Map(funding.map((f) => [f.department_id, f.name])).entries()];
    const cells = (matrix: 'before' | 'after'): HeatMapCell[] =>
      heat
        .filter((h) => h.matrix === matrix)
        .map((h) => ({ probability: h.p, consequence: h.k, count: h.count }) as HeatMapCell)
        .sort((a, b) => b.probability - a.probability || a.consequence - b.consequence);

    return {
      query: { ...query, year },
      initiatives: counts.initiatives,
      byPhase: counts.by_phase ?? [],
      budget: { year, total: oreToKroner(budget.total), confirmed: oreToKroner(budget.confirmed), proposed: oreToKroner(Number(budget.total) - Number(budget.confirmed)) },
      benefits: {
        year: { dkk: plannedRealised(benefitRows.filter((r) => r.year === year), 'DKK'), hours: plannedRealised(benefitRows.filter((r) => r.year === year), 'hours') },
        cumulative: {
          dkk: plannedRealised(benefitRows.filter((r) => r.year <= year), 'DKK'),
          hours: plannedRealised(benefitRows.filter((r) => r.year <= year), 'hours'),
        },
        byYear: years.map((y) => ({ year: y, dkk: plannedRealised(benefitRows.filter((r) => r.year === y), 'DKK'), hours: plannedRealised(benefitRows.filter((r) => r.year === y), 'hours') })),
      },
      goalAchievement: { averagePct: goals.average, goals: goals.goals, measuredGoals: goals.measured },
      redStatus: counts.red_status,
      failingHealth: { initiatives: health.failing.length, withErrors: health.withErrors.length },
      openHighRisks: counts.open_high_risks,
      overdueMeasurements: counts.overdue_measurements,
      missingStatusReports: counts.missing_status_reports,
      fundingByDepartment: departments.map(([id, name]) => ({
        department: { id, name },
        years: funding.filter((f) => f.department_id === id).map((f) => ({ year: f.year, amount: oreToKroner(f.ore) })),
      })),
      riskHeatMap: { before: cells('before'), after: cells('after') },
      valueVsRisk: bubbles.map((b) => ({
        initiative: { id: b.id, code: b.code, title: b.title, phase: b.phase },
        priorityScore: b.priority,
        benefitPotential: toNumber(b.potential),
        riskScore: b.risk,
        budget: oreToKroner(b.budget_ore),
      })),
      healthByTheme: health.byTheme,
    };
  }
}
