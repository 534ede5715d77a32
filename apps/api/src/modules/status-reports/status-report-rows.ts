import { can } from '@gevinst/domain';
import type { Rag, ReportStatus, StatusReport, StatusReportFigures } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';

/** A timestamp as ISO 8601 in UTC (as JSON.stringify writes a Date), built in SQL. */
export const isoTime = (expression: string) => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A status report as JSON in SQL, read from `status_report ${report}` and its author `app_user ${author}`;
 * dates as text, so no time zone shifts them. Shared by the report routes and the review agenda.
 */
export const reportJson = (report = 's', author = 'sa') => `json_build_object(
  'id', ${report}.id, 'initiativeId', ${report}.initiative_id, 'periodStart', ${report}.period_start::text, 'periodEnd', ${report}.period_end::text,
  'overall', ${report}.overall, 'scope', ${report}.scope_rag, 'time', ${report}.time_rag, 'budget', ${report}.budget_rag,
  'benefits', ${report}.benefits_rag, 'risks', ${report}.risks_rag, 'summary', ${report}.summary, 'nextSteps', ${report}.next_steps,
  'decisionRequest', ${report}.decision_request, 'status', ${report}.status,
  'author', CASE WHEN ${author}.id IS NULL THEN NULL ELSE json_build_object('id', ${author}.id, 'name', ${author}.name) END,
  'submittedAt', ${isoTime(`${report}.submitted_at`)}, 'figures', ${report}.figures, 'version', ${report}.version)`;

export interface ReportJson {
  id: string;
  initiativeId: string;
  periodStart: string;
  periodEnd: string;
  overall: Rag;
  scope: Rag;
  time: Rag;
  budget: Rag;
  benefits: Rag;
  risks: Rag;
  summary: string;
  nextSteps: string | null;
  decisionRequest: string | null;
  status: ReportStatus;
  author: { id: string; name: string } | null;
  submittedAt: string | null;
  figures: StatusReportFigures | null;
  version: number;
}

/** The report as the API answers it; only a draft can be edited, by whoever may write the initiative's reports. */
export function toStatusReport(raw: ReportJson, user: AuthUser, projectLeadId: string | null): StatusReport {
  const { scope, time, budget, benefits, risks, ...rest } = raw;
  const writes = can(user.roles, 'status_report.write', { leadsInitiative: projectLeadId !== null && projectLeadId === user.id });
  return { ...rest, dimensions: { scope, time, budget, benefits, risks }, can: { edit: raw.status === 'draft' && writes } };
}
