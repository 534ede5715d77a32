import { GOVERNANCE_LIMITS, LIVE_RISK_STATUSES } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';

const LIVE = LIVE_RISK_STATUSES.map((status) => `'${status}'`).join(', ');

/** The latest submitted (frozen) report of initiative `i`: latest period, then latest submission. */
export const LATEST_SUBMITTED = `
  SELECT s.id, s.overall, s.decision_request FROM status_report s
  WHERE s.initiative_id = i.id AND s.status = 'submitted' ORDER BY s.period_start DESC, s.period_end DESC, s.submitted_at DESC LIMIT 1`;

/**
 * Builds a new review's agenda in one INSERT … SELECT: the live initiatives steered by the group or any group below
 * it (WITH RECURSIVE over steering_group.parent_id) that are due, each with why and its latest submitted report.
 * Reasons: a pending gate request; red or amber overall status and a request for a decision in the latest submitted
 * report; an open evaluation point past its due date or a live risk with an action past its deadline. Gate requests
 * come first, then red, amber, the rest; by code within each. At most GOVERNANCE_LIMITS.agendaMax items.
 *
 * $1 organisation, $2 steering group, $3 review, $4 today (Danish date).
 */
export async function buildAgenda(manager: EntityManager, organisationId: string, steeringGroupId: string, reviewId: string, today: string): Promise<void> {
  await manager.query(
    `WITH RECURSIVE subtree AS (
       SELECT id FROM steering_group WHERE organisation_id = $1 AND id = $2
       UNION
       SELECT g.id FROM steering_group g JOIN subtree t ON g.parent_id = t.id WHERE g.organisation_id = $1),
     due AS (
       SELECT i.id AS initiative_id, i.code, latest.id AS report_id,
              array_remove(ARRAY[
                CASE WHEN ig.requested_phase IS NOT NULL THEN 'gate_request' END,
                CASE WHEN latest.overall = 'red' THEN 'red_status' END,
                CASE WHEN latest.overall = 'amber' THEN 'amber_status' END,
                CASE WHEN latest.decision_request IS NOT NULL THEN 'decision_requested' END,
                CASE WHEN EXISTS (
                       SELECT 1 FROM goal g JOIN evaluation_point e ON e.goal_id = g.id
                       WHERE g.initiative_id = i.id AND e.measurement_id IS NULL AND e.due_date < $4::date)
                     OR EXISTS (
                       SELECT 1 FROM benefit b JOIN evaluation_point e ON e.benefit_id = b.id
                       WHERE b.initiative_id = i.id AND e.measurement_id IS NULL AND e.due_date < $4::date)
                     OR EXISTS (
                       SELECT 1 FROM risk r JOIN risk_action a ON a.risk_id = r.id
                       WHERE r.initiative_id = i.id AND r.status IN (${LIVE}) AND a.status <> 'done' AND a.deadline < $4::date)
                     THEN 'overdue_follow_up' END
              ], NULL)::agenda_reason[] AS reasons
       FROM initiative_governance ig
       JOIN initiative i ON i.id = ig.initiative_id
       LEFT JOIN LATERAL (${LATEST_SUBMITTED}) latest ON true
       WHERE ig.organisation_id = $1 AND ig.steering_group_id IN (SELECT id FROM subtree)
         AND i.archived_at IS NULL AND i.phase NOT IN ('closed', 'stopped')),
     ranked AS (
       SELECT *, CASE WHEN 'gate_request' = ANY(reasons) THEN 0 WHEN 'red_status' = ANY(reasons) THEN 1
                      WHEN 'amber_status' = ANY(reasons) THEN 2 ELSE 3 END AS rank
       FROM due WHERE cardinality(reasons) > 0
       ORDER BY rank, code LIMIT ${GOVERNANCE_LIMITS.agendaMax})
     INSERT INTO review_item (organisation_id, review_id, initiative_id, position, reasons, status_report_id)
     SELECT $1, $3, initiative_id, (row_number() OVER (ORDER BY rank, code))::smallint, reasons, report_id FROM ranked`,
    [organisationId, steeringGroupId, reviewId, today],
  );
}
