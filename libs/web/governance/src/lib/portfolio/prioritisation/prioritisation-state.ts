import type { ParamMap, Params } from '@angular/router';
import { FUNDING_LIMITS, PHASES, type Phase, hasAtMostTwoDecimals } from '@gevinst/domain';
import type { PrioritisationQuery } from '../data-access/prioritisation-api';

/** The ranked list's filters, kept in the URL. Unset values let the API choose: this year, the pools' capital. */
export interface PrioritisationState {
  fromYear: number | null;
  toYear: number | null;
  /** DKK available in the years; null: the capital of the organisation's funding pools. */
  available: number | null;
  departmentId: string | null;
  phases: Phase[];
}

export const EMPTY_PRIORITISATION_STATE: PrioritisationState = { fromYear: null, toYear: null, available: null, departmentId: null, phases: [] };

/** Closed and stopped initiatives are never ranked, so they are not offered as a filter. */
export const RANKABLE_PHASES: readonly Phase[] = PHASES.filter((phase) => phase !== 'closed' && phase !== 'stopped');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function year(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= FUNDING_LIMITS.yearMin && parsed <= FUNDING_LIMITS.yearMax ? parsed : null;
}

/** An amount as the URL carries it (plain, with a dot for øre): within the limits and at most two decimals. */
export function validAmount(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value >= 0 && value <= FUNDING_LIMITS.amountMax && hasAtMostTwoDecimals(value);
}

/** Reads the URL leniently: unknown values are dropped; years the wrong way round are swapped. */
export function prioritisationStateFromParams(params: ParamMap): PrioritisationState {
  let fromYear = year(params.get('fromYear'));
  let toYear = year(params.get('toYear'));
  if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  const rawAvailable = params.get('available');
  const available = rawAvailable && /^\d+(\.\d{1,2})?$/.test(rawAvailable) ? Number(rawAvailable) : null;
  const departmentId = params.get('departmentId');
  const given = new Set(params.getAll('phase').flatMap((v) => v.split(',')));
  return {
    fromYear,
    toYear,
    available: validAmount(available) ? available : null,
    departmentId: departmentId && UUID.test(departmentId) ? departmentId : null,
    phases: RANKABLE_PHASES.filter((phase) => given.has(phase)),
  };
}

/** Writes the state back; what is not set is left out. */
export function prioritisationStateToParams(state: PrioritisationState): Params {
  return {
    fromYear: state.fromYear,
    toYear: state.toYear,
    available: state.available,
    departmentId: state.departmentId,
    phase: state.phases.length > 0 ? state.phases.join(',') : null,
  };
}

export function prioritisationStateToQuery(state: PrioritisationState): PrioritisationQuery {
  const query: PrioritisationQuery = {};
  if (state.fromYear !== null) query.fromYear = state.fromYear;
  if (state.toYear !== null) query.toYear = state.toYear;
  if (state.available !== null) query.available = state.available;
  if (state.departmentId) query.departmentId = state.departmentId;
  if (state.phases.length > 0) query.phase = state.phases;
  return query;
}

export function samePrioritisationState(a: PrioritisationState, b: PrioritisationState): boolean {
  return JSON.stringify(prioritisationStateToParams(a)) === JSON.stringify(prioritisationStateToParams(b));
}

export function hasPrioritisationFilters(state: PrioritisationState): boolean {
  return !samePrioritisationState(state, EMPTY_PRIORITISATION_STATE);
}

/** The years offered: five back and ten ahead of this year, plus any year that came in the URL. */
export function yearOptions(state: PrioritisationState, thisYear: number): number[] {
  const years = new Set(Array.from({ length: 16 }, (_, i) => thisYear - 5 + i));
  if (state.fromYear !== null) years.add(state.fromYear);
  if (state.toYear !== null) years.add(state.toYear);
  return [...years].sort((a, b) => a - b);
}
