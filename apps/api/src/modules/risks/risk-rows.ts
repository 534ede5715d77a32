import { can, isActionOverdue, isRiskStale, lastReviewOf, RISK_LIMITS, riskBand, riskScore } from '@gevinst/domain';
import type { Risk, RiskActionStatus, RiskCategory, RiskHandler, RiskRating, RiskStatus } from '@gevinst/domain';
import { LIVE_RISK_STATUSES } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';

export interface RiskRow {
  id: string;
  initiative_id: string;
  number: number;
  title: string;
  cause: string | null;
  event: string | null;
  consequence_text: string | null;
  category: RiskCategory;
  probability: RiskRating;
  consequence: RiskRating;
  handler: RiskHandler | null;
  owner_user_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
  residual_probability: RiskRating | null;
  residual_consequence: RiskRating | null;
  status: RiskStatus;
  identified_on: string;
  last_reviewed_on: string | null;
  version: number;
  project_lead_id: string | null;
}

export interface RiskActionRow {
  id: string;
  action: string;
  responsible: string | null;
  deadline: string | null;
  status: RiskActionStatus;
}

/** Dates as text, so no time zone ever shifts them. */
export const RISK_COLUMNS = `
  r.id, r.initiative_id, r.number, r.title, r.cause, r.event, r.consequence_text, r.category, r.probability, r.consequence,
  r.handler, r.owner_user_id, o.name AS owner_name, o.email AS owner_email, r.residual_probability, r.residual_consequence,
  r.status, r.identified_on::text AS identified_on, r.last_reviewed_on::text AS last_reviewed_on, r.version, i.project_lead_id`;

export const RISK_FROM = `risk r JOIN initiative i ON i.id = r.initiative_id LEFT JOIN app_user o ON o.id = r.owner_user_id`;

/** The actions of a risk as JSON, in the log's order. */
export const RISK_ACTIONS_JSON = `COALESCE((SELECT json_agg(json_build_object('id', a.id, 'action', a.action, 'responsible', a.responsible,
  'deadline', a.deadline::text, 'status', a.status) ORDER BY a.position) FROM risk_action a WHERE a.risk_id = r.id), '[]'::json)`;

/** Score and band of a rating pair, or nulls when the residual assessment is missing. */
export function scored(probability: RiskRating | null, consequence: RiskRating | null) {
  if (probability === null || consequence === null) return { score: null, band: null };
  const score = riskScore(probability, consequence);
  return { score, band: riskBand(score) };
}

/** The fields every risk read model shares (list rows and the full risk). */
export function riskFields(row: RiskRow, today: string): Omit<Risk, 'actions' | 'can'> {
  const inherent = scored(row.probability, row.consequence);
  const residual = scored(row.residual_probability, row.residual_consequence);
  const live = LIVE_RISK_STATUSES.includes(row.status);
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    number: row.number,
    title: row.title,
    cause: row.cause,
    event: row.event,
    consequenceText: row.consequence_text,
    category: row.category,
    probability: row.probability,
    consequence: row.consequence,
    score: inherent.score as number,
    band: inherent.band as Risk['band'],
    handler: row.handler,
    owner: row.owner_user_id ? { id: row.owner_user_id, name: row.owner_name ?? '', email: row.owner_email ?? '' } : null,
    residualProbability: row.residual_probability,
    residualConsequence: row.residual_consequence,
    residualScore: residual.score,
    residualBand: residual.band,
    status: row.status,
    identifiedOn: row.identified_on,
    lastReviewedOn: row.last_reviewed_on,
    stale: live && isRiskStale(lastReviewOf({ identifiedOn: row.identified_on, lastReviewedOn: row.last_reviewed_on }), today, RISK_LIMITS.staleDays),
    version: row.version,
  };
}

export function toRisk(row: RiskRow & { actions: RiskActionRow[] }, user: AuthUser, today: string): Risk {
  const subject = { leadsInitiative: row.project_lead_id === user.id, ownsRisk: row.owner_user_id === user.id };
  return {
    ...riskFields(row, today),
    actions: row.actions.map((a) => ({ ...a, overdue: isActionOverdue(a, today) })),
    can: { manage: can(user.roles, 'risk.manage', subject), update: can(user.roles, 'risk.update', subject) },
  };
}
