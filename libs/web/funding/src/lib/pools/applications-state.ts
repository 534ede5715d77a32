import type { ParamMap, Params } from '@angular/router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@gevinst/domain';
import type { ApplicationListQuery } from '../data-access/funding-api';

export const APPLICATION_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];
export const DEFAULT_APPLICATION_PAGE_SIZE = 25;

/** The applications list on /finansiering/puljer, kept in the URL. */
export interface ApplicationListState {
  poolId: string | null;
  statuses: ApplicationStatus[];
  page: number;
  pageSize: number;
}

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return parsed >= 1 ? Math.min(parsed, max) : fallback;
}

export function applicationStateFromParams(params: ParamMap): ApplicationListState {
  const given = new Set(params.getAll('status').flatMap((v) => v.split(',')));
  const poolId = params.get('poolId');
  return {
    poolId: poolId && /^[0-9a-f-]{36}$/i.test(poolId) ? poolId : null,
    statuses: APPLICATION_STATUSES.filter((status) => given.has(status)),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_APPLICATION_PAGE_SIZE, 100),
  };
}

export function applicationStateToParams(state: ApplicationListState): Params {
  return {
    poolId: state.poolId,
    status: state.statuses.length > 0 ? state.statuses.join(',') : null,
    page: state.page > 1 ? state.page : null,
    pageSize: state.pageSize !== DEFAULT_APPLICATION_PAGE_SIZE ? state.pageSize : null,
  };
}

export function applicationStateToQuery(state: ApplicationListState): ApplicationListQuery {
  return {
    poolId: state.poolId ?? undefined,
    status: state.statuses.length > 0 ? state.statuses : undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export function sameApplicationState(a: ApplicationListState, b: ApplicationListState): boolean {
  return JSON.stringify(applicationStateToParams(a)) === JSON.stringify(applicationStateToParams(b));
}
