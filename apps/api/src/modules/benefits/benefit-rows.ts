import { can } from '@gevinst/domain';
import type { Benefit, BenefitStatus, BenefitType, BenefitUnit } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { toNumber } from '../../common/validation/numeric';

export interface BenefitRow {
  id: string;
  initiative_id: string;
  goal_id: string | null;
  title: string;
  description: string | null;
  type: BenefitType;
  quantified: boolean;
  dis_benefit: boolean;
  unit: BenefitUnit;
  unit_label: string | null;
  owner_user_id: string | null;
  owner_name: string | null;
  receiving_department_id: string | null;
  preconditions: string | null;
  measurement_method: string | null;
  in_budget: boolean;
  status: BenefitStatus;
  version: number;
  project_lead_id: string | null;
  /** Amounts as text, so numeric precision survives JSON. */
  years: { year: number; planned: string; realised: string | null; planned_low: string | null; planned_high: string | null }[];
}

export const BENEFIT_COLUMNS = `
  b.id, b.initiative_id, b.goal_id, b.title, b.description, b.type, b.quantified, b.dis_benefit, b.unit, b.unit_label,
  b.owner_user_id, o.name AS owner_name, b.receiving_department_id, b.preconditions, b.measurement_method,
  b.in_budget, b.status, b.version, i.project_lead_id,
  COALESCE((SELECT json_agg(json_build_object('year', y.year, 'planned', y.planned::text, 'realised', y.realised::text,
                                      'planned_low', y.planned_low::text, 'planned_high', y.planned_high::text) ORDER BY y.year)
            FROM benefit_year y WHERE y.benefit_id = b.id), '[]'::json) AS years`;

export const BENEFIT_FROM = `benefit b JOIN initiative i ON i.id = b.initiative_id LEFT JOIN app_user o ON o.id = b.owner_user_id`;

export function toBenefit(row: BenefitRow, user: AuthUser): Benefit {
  const subject = { leadsInitiative: row.project_lead_id === user.id, ownsBenefit: row.owner_user_id === user.id };
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    goalId: row.goal_id,
    title: row.title,
    description: row.description,
    type: row.type,
    quantified: row.quantified,
    disBenefit: row.dis_benefit,
    unit: row.unit,
    unitLabel: row.unit_label,
    owner: row.owner_user_id ? { id: row.owner_user_id, name: row.owner_name ?? '' } : null,
    receivingDepartmentId: row.receiving_department_id,
    preconditions: row.preconditions,
    measurementMethod: row.measurement_method,
    inBudget: row.in_budget,
    status: row.status,
    years: row.years.map((y) => ({
      year: y.year,
      planned: toNumber(y.planned),
      realised: toNumber(y.realised),
      plannedLow: toNumber(y.planned_low),
      plannedHigh: toNumber(y.planned_high),
    })),
    version: row.version,
    can: { manage: can(user.roles, 'benefit.manage', subject), record: can(user.roles, 'measurement.record', subject) },
  };
}
