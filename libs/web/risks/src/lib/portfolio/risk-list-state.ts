import type { ParamMap, Params } from '@angular/router';
import {
  HEAT_MAP_MATRICES,
  type HeatMapMatrix,
  RISK_BANDS,
  RISK_CATEGORIES,
  RISK_HANDLERS,
  RISK_LIMITS,
  RISK_SORT_FIELDS,
  type RiskBand,
  type RiskCategory,
  type RiskHandler,
  type RiskListQuery,
  type RiskRating,
  type RiskSortField,
  isRiskRating,
} from '@gevinst/domain';
import type { RiskFilterQuery } from '../data-access/risks-api';
import type { HeatMapCellFilter } from '../shared/heat-map-data';

export const PAGE_SIZE_OPTIONS: readonly number[] = [10, 25, 50, 100];
export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_SORT: RiskSortField = 'score';
export const DEFAULT_DIRECTION = 'desc';
const PAGE_SIZE_MAX = 100;

/** Everything the portfolio risk page shows, kept in the URL so a view can be bookmarked, shared and revisited. */
export interface RiskListState {
  bands: RiskBand[];
  categories: RiskCategory[];
  handlers: RiskHandler[];
  ownerUserId: string | null;
  departmentId: string | null;
  overdueActions: boolean;
  /** Live risks not reviewed for at least this many days. */
  notReviewedDays: number | null;
  /** A heat-map cell. */
  cell: HeatMapCellFilter | null;
  sort: RiskSortField;
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** The filter part of the state (without the cell); changing any of it starts again on page 1. */
export type RiskFilters = Pick<
  RiskListState,
  'bands' | 'categories' | 'handlers' | 'ownerUserId' | 'departmentId' | 'overdueActions' | 'notReviewedDays'
>;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

/** Repeated (?band=high&band=medium) or comma-separated (?band=high,medium): both read. */
function listParam<T extends string>(params: ParamMap, name: string, values: readonly T[]): T[] {
  const all = params.getAll(name).flatMap((v) => v.split(','));
  return [...new Set(all.filter(oneOf(values)))];
}

function positiveInt(value: string | null, fallback: number | null, max = Number.MAX_SAFE_INTEGER): number | null {
  const parsed = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return parsed >= 1 ? Math.min(parsed, max) : fallback;
}

function rating(value: string | null): RiskRating | null {
  const parsed = value && /^\d$/.test(value) ? Number(value) : NaN;
  return isRiskRating(parsed) ? parsed : null;
}

/** Reads the URL leniently: unknown or malformed values fall back to defaults instead of failing. */
export function riskStateFromParams(params: ParamMap): RiskListState {
  const sort = params.get('sort') ?? '';
  const probability = rating(params.get('probability'));
  const consequence = rating(params.get('consequence'));
  const matrix = params.get('matrix') ?? 'before';
  return {
    bands: listParam(params, 'band', RISK_BANDS),
    categories: listParam(params, 'category', RISK_CATEGORIES),
    handlers: listParam(params, 'handler', RISK_HANDLERS),
    ownerUserId: params.get('ownerUserId') || null,
    departmentId: params.get('departmentId') || null,
    overdueActions: params.get('overdueActions') === 'true',
    notReviewedDays: positiveInt(params.get('notReviewedDays'), null, RISK_LIMITS.notReviewedDaysMax),
    cell:
      probability && consequence && oneOf<HeatMapMatrix>(HEAT_MAP_MATRICES)(matrix)
        ? { matrix, probability, consequence }
        : null,
    sort: oneOf(RISK_SORT_FIELDS)(sort) ? sort : DEFAULT_SORT,
    direction: params.get('direction') === 'asc' ? 'asc' : params.get('direction') === 'desc' ? 'desc' : DEFAULT_DIRECTION,
    page: positiveInt(params.get('page'), 1) as number,
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, PAGE_SIZE_MAX) as number,
  };
}

/** Writes the state back; defaults are omitted to keep URLs short. Lists repeat, as on the initiative list. */
export function riskStateToParams(state: RiskListState): Params {
  const defaultSort = state.sort === DEFAULT_SORT && state.direction === DEFAULT_DIRECTION;
  return {
    band: state.bands.length > 0 ? state.bands : null,
    category: state.categories.length > 0 ? state.categories : null,
    handler: state.handlers.length > 0 ? state.handlers : null,
    ownerUserId: state.ownerUserId,
    departmentId: state.departmentId,
    overdueActions: state.overdueActions ? 'true' : null,
    notReviewedDays: state.notReviewedDays,
    probability: state.cell?.probability ?? null,
    consequence: state.cell?.consequence ?? null,
    matrix: state.cell?.matrix ?? null,
    sort: defaultSort ? null : state.sort,
    direction: defaultSort ? null : state.direction,
    page: state.page > 1 ? state.page : null,
    pageSize: state.pageSize !== DEFAULT_PAGE_SIZE ? state.pageSize : null,
  };
}

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
    sort: state.sort,
    direction: state.direction,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export function sameRiskState(a: RiskListState, b: RiskListState): boolean {
  return JSON.stringify(riskStateToParams(a)) === JSON.stringify(riskStateToParams(b));
}

export function hasActiveFilters(filters: RiskFilters): boolean {
  return (
    filters.bands.length > 0 ||
    filters.categories.length > 0 ||
    filters.handlers.length > 0 ||
    filters.ownerUserId !== null ||
    filters.departmentId !== null ||
    filters.overdueActions ||
    filters.notReviewedDays !== null
  );
}

/** The URL parameters of a heat-map cell's link: the current filters, the cell, page 1. */
export function cellParams(state: RiskListState, cell: HeatMapCellFilter): Params {
  return riskStateToParams({ ...state, cell, page: 1 });
}
