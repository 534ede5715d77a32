import type { ParamMap, Params } from '@angular/router';
import {
  FUNDING_LIMITS,
  FUNDING_LINE_STATUSES,
  FUNDING_LINE_STATUS_LABELS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_LABELS,
  type FinanceQuery,
  type FundingLineStatus,
  type FundingSource,
  PHASES,
  PHASE_LABELS,
  type Phase,
} from '@gevinst/domain';

/** The filters of /finansiering, kept in the URL so a view can be bookmarked, shared and exported as seen. */
export interface FinanceState {
  fromYear: number | null;
  toYear: number | null;
  departmentId: string | null;
  phases: Phase[];
  sources: FundingSource[];
  statuses: FundingLineStatus[];
}

export const EMPTY_FINANCE_STATE: FinanceState = {
  fromYear: null,
  toYear: null,
  departmentId: null,
  phases: [],
  sources: [],
  statuses: [],
};

/** Repeated (?phase=idea&phase=analysis) or comma-separated (?phase=idea,analysis): both read; kept in the contract's order. */
function listParam<T extends string>(params: ParamMap, name: string, values: readonly T[]): T[] {
  const given = new Set(params.getAll(name).flatMap((v) => v.split(',')));
  return values.filter((value) => given.has(value));
}

function year(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= FUNDING_LIMITS.yearMin && parsed <= FUNDING_LIMITS.yearMax ? parsed : null;
}

/** Reads the URL leniently: unknown values are dropped; years the wrong way round are swapped. */
export function financeStateFromParams(params: ParamMap): FinanceState {
  let fromYear = year(params.get('fromYear'));
  let toYear = year(params.get('toYear'));
  if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  const departmentId = params.get('departmentId');
  return {
    fromYear,
    toYear,
    departmentId: departmentId && /^[0-9a-f-]{36}$/i.test(departmentId) ? departmentId : null,
    phases: listParam(params, 'phase', PHASES),
    sources: listParam(params, 'source', FUNDING_SOURCES),
    statuses: listParam(params, 'status', FUNDING_LINE_STATUSES),
  };
}

/** Writes the state back; what is not set is left out. Lists are comma-separated, as the API and the export links take them. */
export function financeStateToParams(state: FinanceState): Params {
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(',') : null);
  return {
    fromYear: state.fromYear,
    toYear: state.toYear,
    departmentId: state.departmentId,
    phase: list(state.phases),
    source: list(state.sources),
    status: list(state.statuses),
  };
}

export function financeStateToQuery(state: FinanceState): FinanceQuery {
  const query: FinanceQuery = {};
  if (state.fromYear !== null) query.fromYear = state.fromYear;
  if (state.toYear !== null) query.toYear = state.toYear;
  if (state.departmentId) query.departmentId = state.departmentId;
  if (state.phases.length > 0) query.phase = state.phases;
  if (state.sources.length > 0) query.source = state.sources;
  if (state.statuses.length > 0) query.status = state.statuses;
  return query;
}

export function sameFinanceState(a: FinanceState, b: FinanceState): boolean {
  return JSON.stringify(financeStateToParams(a)) === JSON.stringify(financeStateToParams(b));
}

export function hasFinanceFilters(state: FinanceState): boolean {
  return !sameFinanceState(state, EMPTY_FINANCE_STATE);
}

function years(state: FinanceState): string {
  const { fromYear, toYear } = state;
  if (fromYear !== null && toYear !== null) return fromYear === toYear ? `${fromYear}` : `${fromYear}–${toYear}`;
  if (fromYear !== null) return `fra ${fromYear}`;
  if (toYear !== null) return `til og med ${toYear}`;
  return 'alle';
}

const labels = <T extends string>(values: readonly T[], names: Record<T, string>) =>
  values.length > 0 ? values.map((value) => names[value]).join(', ') : 'alle';

/**
 * The filters in words, for the overview's caption and the screen-reader summary:
 * "År: 2026–2028 · Forvaltning: Økonomi (med underafdelinger) · Fase: alle · Kilde: Pulje · Status: Bekræftet".
 */
export function describeFinanceFilters(state: FinanceState, departmentName: string | null): string {
  const department = state.departmentId ? `${departmentName ?? 'den valgte forvaltning'} (med underliggende områder)` : 'alle';
  return [
    `År: ${years(state)}`,
    `Forvaltning: ${department}`,
    `Fase: ${labels(state.phases, PHASE_LABELS)}`,
    `Kilde: ${labels(state.sources, FUNDING_SOURCE_LABELS)}`,
    `Status: ${labels(state.statuses, FUNDING_LINE_STATUS_LABELS)}`,
  ].join(' · ');
}
