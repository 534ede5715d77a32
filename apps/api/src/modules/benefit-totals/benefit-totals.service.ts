import { Injectable } from '@nestjs/common';
import type { BenefitUnit, PortfolioBenefitTotal, PortfolioBenefitTotals, PortfolioBenefitUnitTotal } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { invalid, unknownReference } from '../goals/initiative-access';
import type { BenefitTotalsQueryDto } from './dto/benefit-totals.query';
import { SIGNED_PLANNED, SIGNED_REALISED } from '../benefits/signed-amount';

interface TotalRow {
  unit: BenefitUnit;
  unit_label: string | null;
  year: number | null;
  planned: string;
  realised: string;
  initiatives: number;
  /** GROUPING(unit, unit_label, year): 0 = per unit and year, 1 = per unit over the years, 7 = the grand row. */
  level: number;
}

/**
 * The portfolio roll-up: planned vs realised per unit (and label, for 'other') and year over the organisation's
 * non-archived initiatives, summed by PostgreSQL. Amounts are stored in hundredths (numeric(15,2)), so the sums are
 * exact and agree to the øre with the per-initiative summary (libs/domain benefitTotals).
 */
@Injectable()
export class BenefitTotalsService {
  constructor(private readonly db: TenantDb) {}

  async totals(user: AuthUser, query: BenefitTotalsQueryDto): Promise<PortfolioBenefitTotals> {
    const fromYear = query.fromYear ?? null;
    const toYear = query.toYear ?? null;
    const departmentId = query.departmentId ?? null;
    if (fromYear !== null && toYear !== null && fromYear > toYear) throw invalid('toYear', 'toYear must not be before fromYear');
    const manager = this.db.manager;
    if (departmentId !== null) {
      const [{ found }] = await manager.query('SELECT EXISTS (SELECT 1 FROM department WHERE organisation_id = $1 AND id = $2) AS found', [
        user.organisationId,
        departmentId,
      ]);
      if (!found) throw unknownReference('departmentId', 'Unknown department');
    }
    // $1 organisation, $2 department (or null): the department includes its sub-departments, lead or involved.
    const selected = `WITH RECURSIVE subtree AS (
        SELECT id FROM department WHERE organisation_id = $1 AND id = $2::uuid
        UNION ALL SELECT c.id FROM department c JOIN subtree s ON c.parent_id = s.id WHERE c.organisation_id = $1),
      selected AS (
        SELECT i.id FROM initiative i
        WHERE i.organisation_id = $1 AND i.archived_at IS NULL
          AND ($2::uuid IS NULL OR i.lead_department_id IN (SELECT id FROM subtree) OR EXISTS (
            SELECT 1 FROM initiative_department x WHERE x.initiative_id = i.id AND x.department_id IN (SELECT id FROM subtree))))`;
    const rows: TotalRow[] = await manager.query(
      `${selected},
       amounts AS (
         SELECT b.initiative_id, b.unit, CASE WHEN b.unit = 'other' THEN b.unit_label END AS unit_label, y.year,
                -- A dis-benefit counts against the benefits of its unit.
                ${SIGNED_PLANNED} AS planned, ${SIGNED_REALISED} AS realised
         FROM benefit b JOIN benefit_year y ON y.benefit_id = b.id
         WHERE b.organisation_id = $1 AND b.quantified AND b.initiative_id IN (SELECT id FROM selected)
           AND ($3::int IS NULL OR y.year >= $3) AND ($4::int IS NULL OR y.year <= $4))
       SELECT unit, unit_label, year, sum(planned)::text AS planned,
              COALESCE(sum(realised), 0)::text AS realised,
              count(DISTINCT initiative_id)::int AS initiatives, GROUPING(unit, unit_label, year)::int AS level
       FROM amounts
       GROUP BY GROUPING SETS ((unit, unit_label, year), (unit, unit_label), ())
       ORDER BY unit, unit_label NULLS FIRST, year`,
      [user.organisationId, departmentId, fromYear, toYear],
    );
    const [{ non_quantified }]: { non_quantified: number }[] = await manager.query(
      `${selected}
       SELECT (count(*) FILTER (WHERE NOT b.quantified))::int AS non_quantified
       FROM benefit b WHERE b.organisation_id = $1 AND b.initiative_id IN (SELECT id FROM selected)`,
      [user.organisationId, departmentId],
    );
    const amounts = (row: TotalRow) => ({
      unit: row.unit,
      unitLabel: row.unit_label,
      planned: toNumber(row.planned),
      realised: toNumber(row.realised),
      initiativeCount: row.initiatives,
    });
    const totals: PortfolioBenefitTotal[] = rows.flatMap((r) => (r.level === 0 && r.year !== null ? [{ ...amounts(r), year: r.year }] : []));
    const byUnit: PortfolioBenefitUnitTotal[] = rows.filter((r) => r.level === 1).map(amounts);
    const grand = rows.find((r) => r.level === 7);
    return {
      fromYear,
      toYear,
      departmentId,
      totals,
      byUnit,
      initiativeCount: grand?.initiatives ?? 0,
      nonQuantifiedCount: non_quantified,
    };
  }
}
