import type { ParamMap, Params } from '@angular/router';
import type { AuditQuery } from '@gevinst/domain';

export const AUDIT_PAGE_SIZE_OPTIONS: readonly number[] = [25, 50, 100];
export const DEFAULT_AUDIT_PAGE_SIZE = 50;
const PAGE_SIZE_MAX = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isUuid = (value: string) => UUID.test(value);

/** The admin log's filters and page, kept in the URL like the initiative list. */
export interface AuditListState {
  tableName: string | null;
  actorId: string | null;
  rowId: string | null;
  from: string | null;
  to: string | null;
  page: number;
  pageSize: number;
}

export type AuditFilters = Omit<AuditListState, 'page' | 'pageSize'>;

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = value && /^\d+$/.test(value) ? Number(value) : NaN;
  return parsed >= 1 ? Math.min(parsed, max) : fallback;
}

const text = (params: ParamMap, key: string, valid: (v: string) => boolean = () => true) => {
  const value = params.get(key)?.trim();
  return value && valid(value) ? value : null;
};

/** Reads the URL leniently: malformed values are dropped rather than sent to the API. */
export function auditStateFromParams(params: ParamMap): AuditListState {
  return {
    tableName: text(params, 'tableName', (v) => /^[a-z_]{1,63}$/.test(v)),
    actorId: text(params, 'actorId', isUuid),
    rowId: text(params, 'rowId', isUuid),
    from: text(params, 'from', (v) => ISO_DATE.test(v)),
    to: text(params, 'to', (v) => ISO_DATE.test(v)),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_AUDIT_PAGE_SIZE, PAGE_SIZE_MAX),
  };
}

export function auditStateToParams(state: AuditListState): Params {
  return {
    tableName: state.tableName,
    actorId: state.actorId,
    rowId: state.rowId,
    from: state.from,
    to: state.to,
    page: state.page > 1 ? state.page : null,
    pageSize: state.pageSize !== DEFAULT_AUDIT_PAGE_SIZE ? state.pageSize : null,
  };
}

export function auditStateToQuery(state: AuditListState): AuditQuery {
  return {
    tableName: state.tableName ?? undefined,
    actorId: state.actorId ?? undefined,
    rowId: state.rowId ?? undefined,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export function sameAuditState(a: AuditListState, b: AuditListState): boolean {
  return JSON.stringify(auditStateToParams(a)) === JSON.stringify(auditStateToParams(b));
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}
