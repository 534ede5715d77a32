import type { ParamMap, Params } from '@angular/router';
import { DECISION_KINDS, type DecisionKind } from '@gevinst/domain';
import type { DecisionLogQuery } from '../data-access/reviews-api';

export const DECISION_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];
export const DEFAULT_DECISION_PAGE_SIZE = 25;

/** The decision log's filters and page, kept in the URL so a view can be bookmarked and shared. */
export interface DecisionLogState {
  kinds: DecisionKind[];
  steeringGroupId: string | null;
  /** Danish calendar days, both included: 'YYYY-MM-DD'. */
  from: string | null;
  to: string | null;
  page: number;
  pageSize: number;
}

export type DecisionFilters = Pick<DecisionLogState, 'kinds' | 'steeringGroupId' | 'from' | 'to'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return parsed >= 1 ? Math.min(parsed, max) : fallback;
}

const day = (value: string | null) => (value && ISO_DAY.test(value) ? value : null);

/** Reads the URL leniently: unknown values are dropped; dates the wrong way round are swapped. */
export function decisionStateFromParams(params: ParamMap): DecisionLogState {
  const given = new Set(params.getAll('kind').flatMap((v) => v.split(',')));
  const groupId = params.get('steeringGroupId');
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    kinds: DECISION_KINDS.filter((kind) => given.has(kind)),
    steeringGroupId: groupId && UUID.test(groupId) ? groupId : null,
    from,
    to,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_DECISION_PAGE_SIZE, 100),
  };
}

/** Writes the state back; defaults are left out to keep URLs short. */
export function decisionStateToParams(state: DecisionLogState): Params {
  return {
    kind: state.kinds.length > 0 ? state.kinds.join(',') : null,
    steeringGroupId: state.steeringGroupId,
    from: state.from,
    to: state.to,
    page: state.page > 1 ? state.page : null,
    pageSize: state.pageSize !== DEFAULT_DECISION_PAGE_SIZE ? state.pageSize : null,
  };
}

export function decisionStateToQuery(state: DecisionLogState): DecisionLogQuery {
  return {
    kind: state.kinds.length > 0 ? state.kinds : undefined,
    steeringGroupId: state.steeringGroupId ?? undefined,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export function sameDecisionState(a: DecisionLogState, b: DecisionLogState): boolean {
  return JSON.stringify(decisionStateToParams(a)) === JSON.stringify(decisionStateToParams(b));
}

export function hasDecisionFilters(filters: DecisionFilters): boolean {
  return filters.kinds.length > 0 || filters.steeringGroupId !== null || filters.from !== null || filters.to !== null;
}

/** "1 beslutning", "1.250 beslutninger". */
export function decisionCount(count: number): string {
  return count === 1 ? '1 beslutning' : `${count.toLocaleString('da-DK')} beslutninger`;
}
