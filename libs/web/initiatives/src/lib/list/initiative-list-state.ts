import { INITIATIVE_LIMITS, INITIATIVE_SORT_FIELDS, type InitiativeListQuery, PHASES } from '@gevinst/domain';
import {
  type ListStateOf,
  flagParam,
  idParam,
  listCodec,
  listParam,
  pageParam,
  pageSizeParam,
  sortParam,
  textParam,
} from '@gevinst/web/ui/list-state';

export const INITIATIVE_SORT = sortParam(INITIATIVE_SORT_FIELDS, null);

/** Everything the list shows, kept in the URL so a view can be bookmarked, shared and revisited with Back. */
const schema = {
  q: textParam('q', INITIATIVE_LIMITS.searchMax),
  phases: listParam('phase', PHASES),
  departmentId: idParam('departmentId'),
  includeArchived: flagParam('archived'),
  sort: INITIATIVE_SORT,
  page: pageParam,
  pageSize: pageSizeParam(INITIATIVE_LIMITS.pageSizeMax),
};
export type InitiativeListState = ListStateOf<typeof schema>;
export const INITIATIVE_LIST = listCodec<InitiativeListState>(schema);

/** The filter part of the state; changing any of it starts again on page 1. */
export const FILTER_KEYS = ['q', 'phases', 'departmentId', 'includeArchived'] as const;
export type InitiativeFilters = Pick<InitiativeListState, (typeof FILTER_KEYS)[number]>;

export function listStateToQuery(state: InitiativeListState): InitiativeListQuery {
  return {
    q: state.q || undefined,
    phase: state.phases.length > 0 ? state.phases : undefined,
    departmentId: state.departmentId ?? undefined,
    includeArchived: state.includeArchived || undefined,
    sort: state.sort?.field,
    direction: state.sort?.direction,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export const hasActiveFilters = (filters: InitiativeFilters): boolean => INITIATIVE_LIST.anySet(filters, FILTER_KEYS);
