import type { Decision, DecisionBusinessCase, DecisionKind, Phase } from '@gevinst/domain';

export interface DecisionRow {
  id: string;
  initiative_id: string;
  code: string;
  title: string;
  kind: DecisionKind;
  from_phase: Phase;
  to_phase: Phase;
  reason: string | null;
  open_findings: { ruleId: string; message: string }[];
  decided_by: string | null;
  decider_name: string | null;
  steering_group_id: string | null;
  group_name: string | null;
  review_id: string | null;
  decided_at: Date;
  business_case: DecisionBusinessCase | null;
}

export const DECISION_COLUMNS = `d.id, d.initiative_id, i.code, i.title, d.kind, d.from_phase, d.to_phase, d.reason, d.open_findings,
  d.decided_by, u.name AS decider_name, d.steering_group_id, g.name AS group_name, d.review_id, d.decided_at,
  CASE WHEN d.business_case IS NOT NULL THEN jsonb_build_object(
    'baseYear', d.business_case -> 'settings' -> 'baseYear',
    'scenarios', (SELECT jsonb_agg(jsonb_build_object('scenario', s -> 'scenario', 'npv', s -> 'npv', 'paybackYear', s -> 'paybackYear',
                                                      'freedHoursValueNpv', s -> 'freedHoursValueNpv') ORDER BY n)
                  FROM jsonb_array_elements(d.business_case -> 'scenarios') WITH ORDINALITY AS x (s, n))) END AS business_case`;

export const DECISION_FROM = `decision d JOIN initiative i ON i.id = d.initiative_id
  LEFT JOIN app_user u ON u.id = d.decided_by LEFT JOIN steering_group g ON g.id = d.steering_group_id`;

/** Newest first; the id breaks ties of one transaction's timestamp. */
export const DECISION_ORDER = 'd.decided_at DESC, d.id DESC';

export const toDecision = (row: DecisionRow): Decision => ({
  id: row.id,
  initiative: { id: row.initiative_id, code: row.code, title: row.title },
  kind: row.kind,
  fromPhase: row.from_phase,
  toPhase: row.to_phase,
  reason: row.reason,
  openFindings: row.open_findings,
  decidedBy: row.decided_by ? { id: row.decided_by, name: row.decider_name ?? '' } : null,
  steeringGroup: row.steering_group_id ? { id: row.steering_group_id, name: row.group_name ?? '' } : null,
  reviewId: row.review_id,
  decidedAt: row.decided_at.toISOString(),
  businessCase: row.business_case,
});
