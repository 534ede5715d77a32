import type { InitiativeSortField, SortDirection } from '@gevinst/domain';
import { DomainError } from '../../common/errors/domain-error';

/**
 * The sort key of each sort field as one non-null SQL expression (missing dates sort last either way), with its
 * type, so a page can continue after a row — keyset pagination: `(key, id) > (cursor)` reads from the index position
 * instead of counting past every earlier row as OFFSET does.
 */
const SORT_KEYS: Record<InitiativeSortField, { asc: string; desc: string; type: string }> = {
  code: { asc: 'i.code', desc: 'i.code', type: 'text' },
  title: { asc: 'lower(i.title)', desc: 'lower(i.title)', type: 'text' },
  phase: { asc: 'i.phase', desc: 'i.phase', type: 'initiative_phase' },
  plannedStart: { asc: `COALESCE(i.planned_start, 'infinity'::date)`, desc: `COALESCE(i.planned_start, '-infinity'::date)`, type: 'date' },
  plannedEnd: { asc: `COALESCE(i.planned_end, 'infinity'::date)`, desc: `COALESCE(i.planned_end, '-infinity'::date)`, type: 'date' },
  updatedAt: { asc: 'i.updated_at', desc: 'i.updated_at', type: 'timestamptz' },
};

export function sortKeyOf(sort: InitiativeSortField, direction: SortDirection): { expression: string; type: string } {
  const key = SORT_KEYS[sort];
  return { expression: direction === 'desc' ? key.desc : key.asc, type: key.type };
}

/** A cursor is opaque to clients: the last row's sort key (as text) and id, base64url-encoded JSON. */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string' || !UUID.test(parsed[1])) {
    throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: 'after', messages: ['after must be a cursor returned as nextCursor by this list'] }]);
  }
  return { sortKey: parsed[0], id: parsed[1] };
}
