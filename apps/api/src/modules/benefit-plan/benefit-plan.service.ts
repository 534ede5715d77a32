import { Injectable } from '@nestjs/common';
import type { BenefitType, BenefitUnit } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { Clock } from '../../common/clock/clock';

/** Everything the benefit realisation plan shows, read in one go so the workbook needs no database. */
export interface BenefitPlan {
  initiative: { code: string; title: string };
  organisationName: string;
  exportedAt: Date;
  benefits: BenefitPlanRow[];
}

export interface BenefitPlanRow {
  title: string;
  type: BenefitType;
  quantified: boolean;
  unit: BenefitUnit;
  unitLabel: string | null;
  goal: { title: string; indicatorName: string; unit: string; baselineValue: number | null; baselineDate: string | null; targetValue: number; targetDate: string } | null;
  ownerName: string | null;
  receivingDepartment: string | null;
  measurementMethod: string | null;
  dueDates: string[];
  years: { year: number; planned: number; realised: number | null }[];
}

interface RawRow {
  title: string;
  type: BenefitType;
  quantified: boolean;
  unit: BenefitUnit;
  unit_label: string | null;
  goal_title: string | null;
  indicator_name: string | null;
  goal_unit: string | null;
  baseline_value: string | null;
  baseline_date: string | null;
  target_value: string | null;
  target_date: string | null;
  owner_name: string | null;
  department_name: string | null;
  measurement_method: string | null;
  due_dates: string[];
  years: { year: number; planned: string; realised: string | null }[];
}

@Injectable()
export class BenefitPlanService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  /** 404 for an initiative that is not the organisation's. At most a few hundred benefits: one query, all in memory. */
  async load(user: AuthUser, initiativeId: string, exportedAt = this.clock.now()): Promise<BenefitPlan> {
    const manager = this.db.manager;
    const initiatives: { code: string; title: string; organisation_name: string }[] = await manager.query(
      `SELECT i.code, i.title, o.name AS organisation_name FROM initiative i JOIN organisation o ON o.id = i.organisation_id
       WHERE i.organisation_id = $1 AND i.id = $2`,
      [user.organisationId, initiativeId],
    );
    if (initiatives.length === 0) throw notFound('Initiative');
    const rows: RawRow[] = await manager.query(
      `SELECT b.title, b.type, b.quantified, b.unit, b.unit_label,
              g.title AS goal_title, g.indicator_name, g.unit AS goal_unit, g.baseline_value::text AS baseline_value,
              g.baseline_date::text AS baseline_date, g.target_value::text AS target_value, g.target_date::text AS target_date,
              o.name AS owner_name, d.name AS department_name, b.measurement_method,
              ARRAY(SELECT e.due_date::text FROM evaluation_point e WHERE e.benefit_id = b.id ORDER BY e.due_date) AS due_dates,
              COALESCE((SELECT json_agg(json_build_object('year', y.year, 'planned', y.planned::text, 'realised', y.realised::text) ORDER BY y.year)
                        FROM benefit_year y WHERE y.benefit_id = b.id), '[]'::json) AS years
       FROM benefit b
       LEFT JOIN goal g ON g.id = b.goal_id
       LEFT JOIN app_user o ON o.id = b.owner_user_id
       LEFT JOIN department d ON d.id = b.receiving_department_id
       WHERE b.organisation_id = $1 AND b.initiative_id = $2
       ORDER BY b.created_at, b.id`,
      [user.organisationId, initiativeId],
    );
    const [initiative] = initiatives;
    return {
      initiative: { code: initiative.code, title: initiative.title },
      organisationName: initiative.organisation_name,
      exportedAt,
      benefits: rows.map((row) => ({
        title: row.title,
        type: row.type,
        quantified: row.quantified,
        unit: row.unit,
        unitLabel: row.unit_label,
        goal:
          row.goal_title === null
            ? null
            : {
                title: row.goal_title,
                indicatorName: row.indicator_name ?? '',
                unit: row.goal_unit ?? '',
                baselineValue: toNumber(row.baseline_value),
                baselineDate: row.baseline_date,
                targetValue: toNumber(row.target_value ?? '0'),
                targetDate: row.target_date ?? '',
              },
        ownerName: row.owner_name,
        receivingDepartment: row.department_name,
        measurementMethod: row.measurement_method,
        dueDates: row.due_dates,
        years: row.years.map((y) => ({ year: y.year, planned: toNumber(y.planned), realised: toNumber(y.realised) })),
      })),
    };
  }
}
