import { Injectable } from '@nestjs/common';
import type { ApplicationStatus, FundingCategory, FundingLineStatus, FundingSource, Phase } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import type { FinanceQueryDto } from './dto/finance.query';
import { CHOSEN_CTE, describeFilter, FinanceFilter, filterParams, inYears, LINE_MATCHES, PAYER_CTE, resolveFinanceFilter } from './finance-filter';
import { Clock } from '../../common/clock/clock';
import { SIGNED_PLANNED, SIGNED_REALISED } from '../benefits/signed-amount';

/** Rows per keyset batch of the funding plan: memory stays bounded however many lines there are. */
export const LINE_BATCH_SIZE = 2000;

export interface FundingPlanLine {
  id: string;
  code: string;
  title: string;
  phase: Phase;
  year: number;
  category: FundingCategory;
  source: FundingSource;
  /** The pool's name for pool lines, else the named grant or fund (if any). */
  sourceName: string | null;
  department: string;
  status: FundingLineStatus;
  /** Whole øre (a safe integer). */
  ore: number;
  note: string | null;
}

export interface BenefitByDepartmentRow {
  year: number;
  department: string | null;
  plannedDkk: number;
  realisedDkk: number;
  plannedHours: number;
  realisedHours: number;
}

export interface PoolYearRow {
  pool: string;
  year: number;
  capitalOre: number;
  grantedOre: number;
  remainingOre: number;
}

export interface ApplicationRow {
  pool: string;
  code: string;
  title: string;
  year: number;
  category: FundingCategory;
  ore: number;
  status: ApplicationStatus;
  purpose: string;
  appliedBy: string | null;
  appliedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
}

/** What both exports know before the first byte: checked filters, their words, the organisation and the time. */
export interface FinanceExport {
  filter: FinanceFilter;
  description: [label: string, value: string][];
  organisationName: string;
  exportedAt: Date;
}

interface LineRow extends Omit<FundingPlanLine, 'ore' | 'sourceName'> {
  source_name: string | null;
  ore: string;
}

/**
 * The reads of the finance exports, all inside the request's tenant transaction. The funding plan is read in keyset
 * batches ordered by (initiative code, year, category, id); the other sheets are small (per year and department,
 * per pool and year, one row per application) and read in one query each.
 */
@Injectable()
export class FinanceExportService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  /** Validates the filters (a 400/422 here is answered before any header is sent). */
  async prepare(user: AuthUser, dto: FinanceQueryDto, exportedAt = this.clock.now()): Promise<FinanceExport> {
    const manager = this.db.manager;
    const filter = await resolveFinanceFilter(manager, user, dto);
    const [organisation]: { name: string }[] = await manager.query('SELECT name FROM organisation WHERE id = $1', [user.organisationId]);
    return { filter, description: describeFilter(filter), organisationName: organisation?.name ?? '', exportedAt };
  }

  /**
   * The matching funding lines, batch by batch. The redundant `i.code >= $8` lets PostgreSQL walk the initiatives
   * from the last code on (unique index on organisation and code), join their lines by index and stop after the
   * batch (incremental sort + LIMIT): each batch costs the same, however far into the plan it starts.
   */
  async *lines(filter: FinanceFilter, batchSize = LINE_BATCH_SIZE): AsyncGenerator<FundingPlanLine[]> {
    let after: [code: string, year: number, category: FundingCategory, id: string] | [null, null, null, null] = [null, null, null, null];
    for (;;) {
      const rows: LineRow[] = await this.db.manager.query(
        `${PAYER_CTE}
         SELECT fl.id, i.code, i.title, i.phase, fl.year, fl.category, fl.source, COALESCE(p.name, fl.source_name) AS source_name,
                d.name AS department, fl.status, fl.amount_ore::text AS ore, fl.note
         FROM funding_line fl
         JOIN initiative i ON i.id = fl.initiative_id
         JOIN department d ON d.id = fl.paying_department_id
         LEFT JOIN funding_pool p ON p.id = fl.pool_id
         WHERE ${LINE_MATCHES} AND ${inYears('fl.year')}
           AND ($8::text IS NULL OR (i.code >= $8::text AND (i.code, fl.year, fl.category, fl.id) > ($8::text, $9::int, $10::funding_category, $11::uuid)))
         ORDER BY i.code, fl.year, fl.category, fl.id
         LIMIT $12`,
        [...filterParams(filter), ...after, batchSize],
      );
      if (rows.length === 0) return;
      yield rows.map(({ source_name, ore, ...row }) => ({ ...row, sourceName: source_name, ore: Number(ore) }));
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = [last.code, last.year, last.category, last.id];
    }
  }

  /** Planned and realised quantified benefits per year and receiving department, DKK and hours apart. */
  async benefitsByDepartment(filter: FinanceFilter): Promise<BenefitByDepartmentRow[]> {
    const rows: { year: number; department: string | null; planned_dkk: string; realised_dkk: string; planned_hours: string; realised_hours: string }[] =
      await this.db.manager.query(
        `${PAYER_CTE}, ${CHOSEN_CTE}
         SELECT y.year, d.name AS department,
                COALESCE(sum(round(${SIGNED_PLANNED}, 2)) FILTER (WHERE b.unit = 'DKK'), 0)::text AS planned_dkk,
                COALESCE(sum(round(${SIGNED_REALISED}, 2)) FILTER (WHERE b.unit = 'DKK'), 0)::text AS realised_dkk,
                COALESCE(sum(round(${SIGNED_PLANNED}, 2)) FILTER (WHERE b.unit = 'hours'), 0)::text AS planned_hours,
                COALESCE(sum(round(${SIGNED_REALISED}, 2)) FILTER (WHERE b.unit = 'hours'), 0)::text AS realised_hours
         FROM benefit b
         JOIN benefit_year y ON y.benefit_id = b.id
         LEFT JOIN department d ON d.id = b.receiving_department_id
         WHERE b.organisation_id = $1 AND b.quantified AND b.unit IN ('DKK', 'hours')
           AND b.initiative_id IN (SELECT initiative_id FROM chosen) AND ${inYears('y.year')}
         GROUP BY y.year, b.receiving_department_id, d.name
         ORDER BY y.year, d.name NULLS LAST, b.receiving_department_id`,
        filterParams(filter),
      );
    return rows.map((r) => ({
      year: r.year,
      department: r.department,
      plannedDkk: toNumber(r.planned_dkk),
      realisedDkk: toNumber(r.realised_dkk),
      plannedHours: toNumber(r.planned_hours),
      realisedHours: toNumber(r.realised_hours),
    }));
  }

  /** Every pool's capital, granted amount (granted applications) and remainder per year in the range. */
  async pools(filter: FinanceFilter): Promise<PoolYearRow[]> {
    const rows: { pool: string; year: number; capital: string; granted: string; remaining: string }[] = await this.db.manager.query(
      `SELECT p.name AS pool, y.year, y.capital_ore::text AS capital, COALESCE(g.ore, 0)::text AS granted,
              (y.capital_ore - COALESCE(g.ore, 0))::text AS remaining
       FROM funding_pool p
       JOIN funding_pool_year y ON y.pool_id = p.id
       LEFT JOIN (SELECT pool_id, year, sum(amount_ore) AS ore FROM pool_application
                  WHERE organisation_id = $1 AND status = 'granted' GROUP BY pool_id, year) g ON g.pool_id = y.pool_id AND g.year = y.year
       WHERE p.organisation_id = $1 AND ${inYears('y.year', '$2', '$3')}
       ORDER BY p.name, y.year`,
      [filter.organisationId, filter.fromYear, filter.toYear],
    );
    return rows.map((r) => ({ pool: r.pool, year: r.year, capitalOre: Number(r.capital), grantedOre: Number(r.granted), remainingOre: Number(r.remaining) }));
  }

  /** Applications of non-archived initiatives in the chosen phases and years. */
  async applications(filter: FinanceFilter): Promise<ApplicationRow[]> {
    const rows: (Omit<ApplicationRow, 'ore' | 'appliedBy' | 'appliedAt' | 'decidedBy' | 'decidedAt'> & {
      ore: string;
      applied_by: string | null;
      applied_at: Date;
      decided_by: string | null;
      decided_at: Date | null;
    })[] = await this.db.manager.query(
      `SELECT p.name AS pool, i.code, i.title, a.year, a.category, a.amount_ore::text AS ore, a.status, a.purpose,
              ab.name AS applied_by, a.created_at AS applied_at, db.name AS decided_by, a.decided_at, a.reason
       FROM pool_application a
       JOIN funding_pool p ON p.id = a.pool_id
       JOIN initiative i ON i.id = a.initiative_id
       LEFT JOIN app_user ab ON ab.id = a.applied_by
       LEFT JOIN app_user db ON db.id = a.decided_by
       WHERE a.organisation_id = $1 AND i.archived_at IS NULL AND ${inYears('a.year', '$2', '$3')}
         AND ($4::initiative_phase[] IS NULL OR i.phase = ANY ($4::initiative_phase[]))
       ORDER BY p.name, a.year, i.code, a.created_at, a.id`,
      [filter.organisationId, filter.fromYear, filter.toYear, filter.phases],
    );
    return rows.map(({ ore, applied_by, applied_at, decided_by, decided_at, ...row }) => ({
      ...row,
      ore: Number(ore),
      appliedBy: applied_by,
      appliedAt: applied_at,
      decidedBy: decided_by,
      decidedAt: decided_at,
    }));
  }
}
