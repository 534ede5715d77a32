import type { DepartmentRef, InitiativeDetail, InitiativeSummary, Phase, RadarRing, SizeClass } from '@gevinst/domain';

/** Columns of an initiative list row as selected by InitiativesQueryService (dates already text). */
export interface InitiativeSummaryRow {
  id: string;
  code: string;
  title: string;
  phase: Phase;
  size_class: SizeClass;
  planned_start: string | null;
  planned_end: string | null;
  archived_at: Date | null;
  updated_at: Date;
  lead_id: string;
  lead_code: string;
  lead_name: string;
}

export interface InitiativeDetailRow extends InitiativeSummaryRow {
  purpose: string;
  description: string | null;
  expected_value: string | null;
  technology: string | null;
  radar_ring: RadarRing | null;
  created_at: Date;
  version: number;
  involved: DepartmentRef[];
  project_lead_id: string | null;
  project_lead_name: string | null;
}

/** The SELECT list shared by the list and the detail query. */
export const SUMMARY_COLUMNS = `
  i.id, i.code, i.title, i.phase, i.size_class,
  i.planned_start::text AS planned_start, i.planned_end::text AS planned_end,
  i.archived_at, i.updated_at,
  d.id AS lead_id, d.code AS lead_code, d.name AS lead_name`;

export function toSummary(row: InitiativeSummaryRow): InitiativeSummary {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    phase: row.phase,
    sizeClass: row.size_class,
    leadDepartment: { id: row.lead_id, code: row.lead_code, name: row.lead_name },
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    archived: row.archived_at !== null,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toDetail(row: InitiativeDetailRow, can: InitiativeDetail['can']): InitiativeDetail {
  return {
    ...toSummary(row),
    purpose: row.purpose,
    description: row.description,
    expectedValue: row.expected_value,
    technology: row.technology,
    radarRing: row.radar_ring,
    involvedDepartments: row.involved,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    version: row.version,
    projectLead: row.project_lead_id ? { id: row.project_lead_id, name: row.project_lead_name ?? '' } : null,
    can,
  };
}
