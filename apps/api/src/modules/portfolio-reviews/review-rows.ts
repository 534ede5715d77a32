import { can } from '@gevinst/domain';
import type { AgendaItem, AgendaReason, Decision, Phase, PortfolioReview, ReviewStatus, SteeringLevel } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { isoTime, ReportJson, reportJson, toStatusReport } from '../status-reports/status-report-rows';

/** A review in the list: the meeting without its agenda. */
export interface PortfolioReviewSummary {
  id: string;
  steeringGroup: { id: string; name: string; level: SteeringLevel };
  title: string;
  heldOn: string;
  status: ReviewStatus;
  itemCount: number;
  decisionCount: number;
  version: number;
}

/**
 * Whether user `$user` chairs or sits in group `groupId` (a SQL expression) or a group above it: the groups that
 * decide for a group's initiatives. Parents are walked with UNION, so even a cyclic chain ends.
 * The inner aliases are unlike any outer one on purpose: `groupId` names a column of the outer query.
 */
export const inGroupChain = (groupId: string, user: string) => `EXISTS (
  WITH RECURSIVE chain AS (
    SELECT chain_start.id, chain_start.parent_id, chain_start.chair_user_id FROM steering_group chain_start WHERE chain_start.id = ${groupId}
    UNION
    SELECT chain_up.id, chain_up.parent_id, chain_up.chair_user_id FROM steering_group chain_up JOIN chain ON chain_up.id = chain.parent_id)
  SELECT 1 FROM chain
  WHERE chain.chair_user_id = ${user}
     OR EXISTS (SELECT 1 FROM steering_group_member chain_member WHERE chain_member.group_id = chain.id AND chain_member.user_id = ${user}))`;

/** The decisions recorded in review `r` for the initiative `i` of an agenda item, oldest first. */
const DECISIONS_JSON = `COALESCE((
  SELECT json_agg(json_build_object(
    'id', d.id, 'initiative', json_build_object('id', i.id, 'code', i.code, 'title', i.title), 'kind', d.kind,
    'fromPhase', d.from_phase, 'toPhase', d.to_phase, 'reason', d.reason, 'openFindings', d.open_findings,
    'decidedBy', CASE WHEN du.id IS NULL THEN NULL ELSE json_build_object('id', du.id, 'name', du.name) END,
    'steeringGroup', CASE WHEN dg.id IS NULL THEN NULL ELSE json_build_object('id', dg.id, 'name', dg.name) END,
    'reviewId', d.review_id, 'decidedAt', ${isoTime('d.decided_at')}) ORDER BY d.decided_at, d.id)
  FROM decision d LEFT JOIN app_user du ON du.id = d.decided_by LEFT JOIN steering_group dg ON dg.id = d.steering_group_id
  WHERE d.organisation_id = r.organisation_id AND d.review_id = r.id AND d.initiative_id = i.id), '[]'::json)`;

/** The agenda of review `r`, in order, each item with its frozen report and the decisions of this meeting. */
const AGENDA_JSON = `COALESCE((
  SELECT json_agg(json_build_object(
    'id', it.id, 'position', it.position, 'initiative', json_build_object('id', i.id, 'code', i.code, 'title', i.title, 'phase', i.phase),
    'reasons', to_json(it.reasons), 'leadId', i.project_lead_id,
    'report', CASE WHEN s.id IS NULL THEN NULL ELSE ${reportJson('s', 'sa')} END,
    'decisions', ${DECISIONS_JSON}) ORDER BY it.position)
  FROM review_item it JOIN initiative i ON i.id = it.initiative_id
  LEFT JOIN status_report s ON s.id = it.status_report_id LEFT JOIN app_user sa ON sa.id = s.author_id
  WHERE it.organisation_id = r.organisation_id AND it.review_id = r.id), '[]'::json)`;

/** One query for a whole review: the meeting, its group, whether the user is in the group chain, and the agenda. */
export const REVIEW_SQL = `
  SELECT r.id, r.title, r.held_on::text AS held_on, r.status, r.notes, r.version,
         json_build_object('id', sg.id, 'name', sg.name, 'level', sg.level) AS steering_group,
         ${inGroupChain('r.steering_group_id', '$3')} AS in_group,
         ${AGENDA_JSON} AS agenda
  FROM portfolio_review r JOIN steering_group sg ON sg.id = r.steering_group_id
  WHERE r.organisation_id = $1 AND r.id = $2`;

export interface ReviewRow {
  id: string;
  title: string;
  held_on: string;
  status: ReviewStatus;
  notes: string | null;
  version: number;
  steering_group: PortfolioReview['steeringGroup'];
  in_group: boolean;
  agenda: {
    id: string;
    position: number;
    initiative: { id: string; code: string; title: string; phase: Phase };
    reasons: AgendaReason[];
    leadId: string | null;
    report: ReportJson | null;
    decisions: Decision[];
  }[];
}

/** Who may change a review: admin and the directorate, or a member or chair of the group (or a group above it). */
export const mayManageReview = (user: AuthUser, inGroup: boolean) => can(user.roles, 'review.manage', { inSteeringGroup: inGroup });

export function toPortfolioReview(row: ReviewRow, user: AuthUser): PortfolioReview {
  const agenda: AgendaItem[] = row.agenda.map(({ leadId, report, ...item }) => ({
    ...item,
    report: report ? toStatusReport(report, user, leadId) : null,
  }));
  return {
    id: row.id,
    steeringGroup: row.steering_group,
    title: row.title,
    heldOn: row.held_on,
    status: row.status,
    notes: row.notes,
    agenda,
    version: row.version,
    can: { manage: mayManageReview(user, row.in_group), decide: can(user.roles, 'decision.record', { inSteeringGroup: row.in_group }) },
  };
}
