import type { ParamMap, Params } from '@angular/router';
import {
  INITIATIVE_LIMITS,
  INITIATIVE_SORT_FIELDS,
  type InitiativeListQuery,
  type InitiativeSortField,
  PHASES,
  type Phase,
  type SortDirection,
} from '@gevinst/domain';

export const PAGE_SIZE_OPTIONS: readonly number[] = [10, 25, 50, 100];
export const DEFAULT_PAGE_SIZE = 25;

/** Everything the list shows, kept in the URL so a view can be bookmarked, shared and revisited with Back. */
export interface InitiativeListState {
  q: string;
  phases: Phase[];
  departmentId: string | null;
  includeArchived: boolean;
  sort: InitiativeSortField | null;
  direction: SortDirection;
  page: number;
  pageSize: number;
}

/** The filter part of the state; changing any of it starts again on page 1. */
export type InitiativeFilters = Pick<InitiativeListState, 'q' | 'phases' | 'departmentId' | 'includeArchived'>;

const isPhase = (value: string): value is Phase => (PHASES as readonly string[]).includes(value);
const isSortField = (value: string | null): value is InitiativeSortField =>
  value !== null && (INITIATIVE_SORT_FIELDS as readonly string[]).includes(value);

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return parsed >= 1 ? Math.min(parsed, max) : fallback;
}

/** Reads the URL leniently: unknown or malformed values fall back to defaults instead of failing. */
export function listStateFromParams(params: ParamMap): InitiativeListState {
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, INITIATIVE_LIMITS.searchMax),
    phases: [...new Set(params.getAll('phase').filter(isPhase))],
    departmentId: params.get('departmentId') || null,
    includeArchived: params.get('archived') === 'true',
    sort: isSortField(sort) ? sort : null,
    direction: params.get('direction') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, INITIATIVE_LIMITS.pageSizeMax),
  };
}

/** Writes the state back; defaults are omitted to keep URLs short. */
export function listStateToParams(state: InitiativeListState): Params {
  return {
    q: state.q || null,
    phase: state.phases.length > 0 ? state.phases : null,
    departmentId: state.departmentId,
    archived: state.includeArchived ? 'true' : null,
    sort: state.sort,
    direction: state.sort ? state.direction : null,
    page: state.page > 1 ? state.page : null,
    pageSize: state.pageSize !== DEFAULT_PAGE_SIZE ? state.pageSize : null,
  };
}

export function listStateToQuery(state: InitiativeListState): InitiativeListQuery {
  return {
    q: state.q || undefined,
    phase: state.phases.length > 0 ? state.phases : undefined,
    departmentId: state.departmentId ?? undefined,
    includeArchived: state.includeArchived || undefined,
    sort: state.sort ?? undefined,
    direction: state.sort ? state.direction : undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export function sameListState(a: InitiativeListState, b: InitiativeListState): boolean {
  return JSON.stringify(listStateToParams(a)) === JSON.stringify(listStateToParams(b));
}

export function hasActiveFilters(filters: InitiativeFilters): boolean {
  return filters.q !== '' || filters.phases.length > 0 || filters.departmentId !== null || filters.includeArchived;
}
