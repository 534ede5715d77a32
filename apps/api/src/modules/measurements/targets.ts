import type { BenefitUnit, PermissionSubject } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';

export type TargetKind = 'goal' | 'benefit';

/** What measurements and evaluation points hang on: a goal or a benefit, with the facts permissions need. */
export interface Target {
  kind: TargetKind;
  id: string;
  /** The indicator's unit as text: a goal's unit, a benefit's DKK/hours or its label. */
  unit: string;
  benefitUnit: BenefitUnit | null;
  subject: PermissionSubject;
}

export async function loadTarget(manager: EntityManager, user: AuthUser, kind: TargetKind, id: string): Promise<Target> {
  const sql =
    kind === 'goal'
      ? `SELECT t.unit, NULL AS benefit_unit, i.project_lead_id, NULL AS owner_user_id
         FROM goal t JOIN initiative i ON i.id = t.initiative_id WHERE t.organisation_id = $1 AND t.id = $2`
      : `SELECT CASE WHEN t.unit = 'other' THEN t.unit_label ELSE t.unit::text END AS unit, t.unit AS benefit_unit,
                i.project_lead_id, t.owner_user_id
         FROM benefit t JOIN initiative i ON i.id = t.initiative_id WHERE t.organisation_id = $1 AND t.id = $2`;
  const rows: { unit: string | null; benefit_unit: BenefitUnit | null; project_lead_id: string | null; owner_user_id: string | null }[] =
    await manager.query(sql, [user.organisationId, id]);
  if (rows.length === 0) throw notFound(kind === 'goal' ? 'Goal' : 'Benefit');
  const row = rows[0];
  return {
    kind,
    id,
    unit: row.unit ?? '',
    benefitUnit: row.benefit_unit,
    // Ownership counts only on benefits: owning a benefit grants nothing on the initiative's goals.
    subject: { leadsInitiative: row.project_lead_id === user.id, ownsBenefit: kind === 'benefit' && row.owner_user_id === user.id },
  };
}

/** The column naming the target in measurement and evaluation_point. */
export const targetColumn = (kind: TargetKind) => (kind === 'goal' ? 'goal_id' : 'benefit_id');
