import type { Params } from '@angular/router';
import {
  HEAT_MAP_MATRICES,
  type HeatMapMatrix,
  RISK_BANDS,
  RISK_CATEGORIES,
  RISK_HANDLERS,
  RISK_LIMITS,
  RISK_SORT_FIELDS,
  type RiskListQuery,
  type RiskRating,
  isRiskRating,
} from '@gevinst/domain';
import {
  type ListStateOf,
  type ParamCodec,
  countParam,
  flagParam,
  idParam,
  listCodec,
  listParam,
  pageParam,
  pageSizeParam,
  sortParam,
} from '@gevinst/web/ui/list-state';
import type { RiskFilterQuery } from '../data-access/risks-api';
import type { HeatMapCellFilter } from '../shared/heat-map-data';

/** Highest score first, unless the user sorts otherwise. */
export const RISK_SORT = sortParam(RISK_SORT_FIELDS, { field: 'score', direction: 'desc' });

const isMatrix = (value: string): value is HeatMapMatrix => (HEAT_MAP_MATRICES as readonly string[]).includes(value);

function rating(value: string | null): RiskRating | null {
  const parsed = value && /^\d$/.test(value) ? Number(value) : NaN;
  return isRiskRating(parsed) ? parsed : null;
}

/** A heat-map cell: `?probability=4&consequence=5&matrix=after` (the matrix defaults to before mitigation). */
const cellParam: ParamCodec<HeatMapCellFilter | null> = {
  read: (params) => {
    const probability = rating(params.get('probability'));
    const consequence = rating(params.get('consequence'));
    const matrix = params.get('matrix') ?? 'before';
    return probability && consequence && isMatrix(matrix) ? { matrix, probability, consequence } : null;
  },
  write: (cell) => ({ probability: cell?.probability ?? null, consequence: cell?.consequence ?? null, matrix: cell?.matrix ?? null }),
};

/** Everything the portfolio risk page shows, kept in the URL so a view can be bookmarked, shared and revisited. */
const schema = {
  bands: listParam('band', RISK_BANDS),
  categories: listParam('category', RISK_CATEGORIES),
  handlers: listParam('handler', RISK_HANDLERS),
  ownerUserId: idParam('ownerUserId'),
  departmentId: idParam('departmentId'),
  overdueActions: flagParam('overdueActions'),
  /** Live risks not reviewed for at least this many days. */
  notReviewedDays: countParam('notReviewedDays', RISK_LIMITS.notReviewedDaysMax),
  cell: cellParam,
  sort: RISK_SORT,
  page: pageParam,
  pageSize: pageSizeParam(),
};
export type RiskListState = ListStateOf<typeof schema>;
export const RISK_LIST = listCodec<RiskListState>(schema);

/** The filter part of the state (without the cell); changing any of it starts again on page 1. */
export const FILTER_KEYS = ['bands', 'categories', 'handlers', 'ownerUserId', 'departmentId', 'overdueActions', 'notReviewedDays'] as const;
export type RiskFilters = Pick<RiskListState, (typeof FILTER_KEYS)[number]>;

/** The heat maps' query: the filters without the cell. */
export function riskStateToFilterQuery(state: RiskListState): RiskFilterQuery {
  return {
    band: state.bands.length > 0 ? state.bands : undefined,
    category: state.categories.length > 0 ? state.categories : undefined,
    handler: state.handlers.length > 0 ? state.handlers : undefined,
    ownerUserId: state.ownerUserId ?? undefined,
    departmentId: state.departmentId ?? undefined,
    overdueActions: state.overdueActions || undefined,
    notReviewedDays: state.notReviewedDays ?? undefined,
  };
}

/** The list's query: the filters, the cell, sorting and paging. */
export function riskStateToQuery(state: RiskListState): RiskListQuery {
  return {
    ...riskStateToFilterQuery(state),
    probability: state.cell?.probability,
    consequence: state.cell?.consequence,
    matrix: state.cell?.matrix,
    sort: state.sort?.field,
    direction: state.sort?.direction,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export const hasActiveFilters = (filters: RiskFilters): boolean => RISK_LIST.anySet(filters, FILTER_KEYS);

/** The URL parameters of a heat-map cell's link: the current filters, the cell, page 1. */
export function cellParams(state: RiskListState, cell: HeatMapCellFilter): Params {
  return RISK_LIST.write({ ...state, cell, page: 1 });
}
