import { Injectable } from '@nestjs/common';
import { oreToKroner } from '@gevinst/domain';
import type { FinanceOverview, FinancePivotRow, FundingCategory, FundingSource } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import type { FinanceQueryDto } from './dto/finance.query';
import { filterParams, inYears, LINE_MATCHES, PAYER_CTE, resolveFinanceFilter } from './finance-filter';
import { SIGNED_PLANNED } from '../benefits/signed-amount';

interface OverviewRow {
  kind: 'cost' | 'gain';
  /**
   * Costs: GROUPING(year, department, source, category): 0 = a pivot cell, 7 = per year, 11 = per department,
   * 13 = per source, 14 = per category, 15 = the grand total. Gains: GROUPING(year): 0 = per year, 1 = all years.
   */
  level: number;
  year: number | null;
  department_id: string | null;
  department_name: string | null;
  source: FundingSource | null;
  category: FundingCategory | null;
  /** Whole øre as text (a bigint sum), null for an empty grand total. */
  ore: string | null;
  lines: number | null;
  dkk: string | null;
  hours: string | null;
}

/**
 * The finance overview: funding lines pivoted by year × paying department × source × category with every total, and
 * the planned quantified benefits of the same initiatives and years (DKK and hours apart). One SQL statement:
 * the matching lines once (materialised), the pivot and its totals with GROUPING SETS, the benefits per year.
 * Money is summed as bigint øre in PostgreSQL and converted exactly (oreToKroner).
 */
@Injectable()
export class FinanceOverviewService {
  constructor(private readonly db: TenantDb) {}

  async overview(user: AuthUser, dto: FinanceQueryDto): Promise<FinanceOverview> {
    const manager = this.db.manager;
    const filter = await resolveFinanceFilter(manager, user, dto);
    const rows: OverviewRow[] = await manager.query(
      `${PAYER_CTE},
       matching AS MATERIALIZED (
         SELECT fl.initiative_id, fl.year, fl.paying_department_id, fl.source, fl.category, fl.amount_ore
         FROM funding_line fl JOIN initiative i ON i.id = fl.initiative_id
         WHERE ${LINE_MATCHES}),
       costs AS (
         SELECT m.year, m.paying_department_id AS department_id, m.source, m.category,
                sum(m.amount_ore)::text AS ore, count(*)::int AS lines,
                GROUPING(m.year, m.paying_department_id, m.source, m.category)::int AS level
         FROM matching m WHERE ${inYears('m.year')}
         GROUP BY GROUPING SETS ((m.year, m.paying_department_id, m.source, m.category), (m.year), (m.paying_department_id), (m.source), (m.category), ())),
       gains AS (
         SELECT y.year, COALESCE(sum(round(${SIGNED_PLANNED}, 2)) FILTER (WHERE b.unit = 'DKK'), 0)::text AS dkk,
                COALESCE(sum(round(${SIGNED_PLANNED}, 2)) FILTER (WHERE b.unit = 'hours'), 0)::text AS hours, GROUPING(y.year)::int AS level
         FROM benefit b JOIN benefit_year y ON y.benefit_id = b.id
         WHERE b.organisation_id = $1 AND b.quantified AND b.unit IN ('DKK', 'hours')
           AND b.initiative_id IN (SELECT initiative_id FROM matching) AND ${inYears('y.year')}
         GROUP BY GROUPING SETS ((y.year), ()))
       SELECT 'cost' AS kind, c.level, c.year, c.department_id, d.name AS department_name, c.source, c.category, c.ore, c.lines,
              NULL AS dkk, NULL AS hours
       FROM costs c LEFT JOIN department d ON d.id = c.department_id
       UNION ALL
       SELECT 'gain', g.level, g.year, NULL, NULL, NULL, NULL, NULL, NULL, g.dkk, g.hours FROM gains g
       ORDER BY kind, level, year, department_name, department_id, source, category`,
      filterParams(filter),
    );
    const costs = rows.filter((r) => r.kind === 'cost');
    const gains = rows.filter((r) => r.kind === 'gain');
    const amount = (r: OverviewRow) => oreToKroner(r.ore ?? 0);
    const department = (r: OverviewRow) => ({ id: r.department_id ?? '', name: r.department_name ?? '' });

    const pivot: FinancePivotRow[] = costs
      .filter((r) => r.level === 0)
      .map((r) => ({ year: r.year ?? 0, department: department(r), source: r.source as FundingSource, category: r.category as FundingCategory, amount: amount(r), lines: r.lines ?? 0 }));
    const yearCosts = new Map(costs.filter((r) => r.level === 7).map((r) => [r.year ?? 0, amount(r)]));
    const yearGains = new Map(gains.filter((r) => r.level === 0).map((r) => [r.year ?? 0, r]));
    const years = [...new Set([...yearCosts.keys(), ...yearGains.keys()])].sort((a, b) => a - b);
    const allGains = gains.find((r) => r.level === 1);
    return {
      query: filter.query,
      rows: pivot,
      totalsByYear: years.map((year) => ({
        year,
        amount: yearCosts.get(year) ?? 0,
        benefitsDkk: toNumber(yearGains.get(year)?.dkk ?? '0'),
        benefitsHours: toNumber(yearGains.get(year)?.hours ?? '0'),
      })),
      totalsByDepartment: costs.filter((r) => r.level === 11).map((r) => ({ department: department(r), amount: amount(r) })),
      totalsBySource: costs.filter((r) => r.level === 13).map((r) => ({ source: r.source as FundingSource, amount: amount(r) })),
      totalsByCategory: costs.filter((r) => r.level === 14).map((r) => ({ category: r.category as FundingCategory, amount: amount(r) })),
      total: oreToKroner(costs.find((r) => r.level === 15)?.ore ?? 0),
      benefitsDkk: toNumber(allGains?.dkk ?? '0'),
      benefitsHours: toNumber(allGains?.hours ?? '0'),
    };
  }
}
