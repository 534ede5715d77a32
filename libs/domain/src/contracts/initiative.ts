import type { Department } from './department';

/** Phases after the state's it-projektmodel, plus paused and stopped. */
export const PHASES = ['idea', 'analysis', 'implementation', 'realisation', 'closed', 'paused', 'stopped'] as const;
export type Phase = (typeof PHASES)[number];

/** Small initiatives follow a lighter model (fewer health rules). */
export const SIZE_CLASSES = ['small', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Technology radar ring: klar / afprøv / hold øje / afvent. */
export const RADAR_RINGS = ['adopt', 'trial', 'assess', 'hold'] as const;
export type RadarRing = (typeof RADAR_RINGS)[number];

export const INITIATIVE_SORT_FIELDS = ['code', 'title', 'phase', 'plannedStart', 'plannedEnd', 'updatedAt'] as const;
export type InitiativeSortField = (typeof INITIATIVE_SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

/** Field limits shared by the API's validation and the web form. */
export const INITIATIVE_LIMITS = {
  titleMax: 200,
  purposeMax: 4000,
  descriptionMax: 10000,
  expectedValueMax: 4000,
  technologyMax: 200,
  involvedDepartmentsMax: 50,
  searchMax: 200,
  pageSizeMax: 100,
} as const;

export type DepartmentRef = Pick<Department, 'id' | 'code' | 'name'>;

/** One row of the initiative list. */
export interface InitiativeSummary {
  id: string;
  code: string;
  title: string;
  phase: Phase;
  sizeClass: SizeClass;
  leadDepartment: DepartmentRef;
  plannedStart: string | null;
  plannedEnd: string | null;
  archived: boolean;
  updatedAt: string;
}

/** The full initiative as shown on its page. Dates are ISO strings (date-only as YYYY-MM-DD). */
export interface InitiativeDetail extends InitiativeSummary {
  purpose: string;
  description: string | null;
  expectedValue: string | null;
  technology: string | null;
  radarRing: RadarRing | null;
  involvedDepartments: DepartmentRef[];
  archivedAt: string | null;
  createdAt: string;
  /** Optimistic-locking version: send it back with every change. */
  version: number;
  /** The project lead (a user), set to the registering project lead. */
  projectLead: { id: string; name: string } | null;
  /** What the signed-in user may do with this initiative. */
  can: { update: boolean; archive: boolean };
}

/** Idea intake: what a project lead registers. */
export interface CreateInitiativeRequest {
  title: string;
  purpose: string;
  description?: string | null;
  expectedValue?: string | null;
  leadDepartmentId: string;
  involvedDepartmentIds?: string[];
  sizeClass: SizeClass;
  technology?: string | null;
  radarRing?: RadarRing | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
}

/** A change: any intake field plus the version the client last saw. */
export interface UpdateInitiativeRequest extends Partial<CreateInitiativeRequest> {
  version: number;
}

export interface VersionedRequest {
  version: number;
}

export interface InitiativeListQuery {
  phase?: Phase[];
  departmentId?: string;
  q?: string;
  includeArchived?: boolean;
  sort?: InitiativeSortField;
  direction?: SortDirection;
  page?: number;
  pageSize?: number;
  /** Keyset paging: the `nextCursor` of the previous page (instead of `page`). */
  after?: string;
}

/** Number of (non-archived) initiatives per phase, for the overview chart. */
export interface PhaseCount {
  phase: Phase;
  count: number;
}
