import { can } from '@gevinst/domain';
import type { Action, PermissionSubject } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';

/** The project lead of an initiative of the user's organisation; 404 when there is none such. */
export async function initiativeLead(manager: EntityManager, user: AuthUser, initiativeId: string): Promise<string | null> {
  const rows: { project_lead_id: string | null }[] = await manager.query(
    'SELECT project_lead_id FROM initiative WHERE organisation_id = $1 AND id = $2',
    [user.organisationId, initiativeId],
  );
  if (rows.length === 0) throw notFound('Initiative');
  return rows[0].project_lead_id;
}

/** Object-level rule after the guard's role check: 403 when this user may not act on this object. */
export function authorise(user: AuthUser, action: Action, subject: PermissionSubject, message = 'You may not do this'): void {
  if (!can(user.roles, action, subject)) throw new DomainError('FORBIDDEN', message);
}

/** Field-level 400 (VALIDATION_FAILED) or 422 (UNKNOWN_REFERENCE). */
export const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field, messages: [message] }]);
export const unknownReference = (field: string, message: string) =>
  new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', [{ field, messages: [message] }]);

/** 409 with the current state, so the client can show what changed and reload. */
export const staleVersion = (what: string, current: { version: number }) =>
  new DomainError('VERSION_CONFLICT', `The ${what} was changed by someone else (current version is ${current.version}); reload and try again`, undefined, current);

/** `?version=` of a DELETE: a positive integer, else 400 with the field. */
export function parseVersion(raw: unknown): number {
  const version = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(version) || version < 1) throw invalid('version', 'version is required as a query parameter (a positive integer)');
  return version;
}

/**
 * Measurements are the record of what an initiative achieved, and none is ever deleted: so a goal or benefit that
 * carries any cannot be deleted either (422, naming how many).
 */
export async function refuseIfMeasured(manager: EntityManager, user: AuthUser, target: 'goal' | 'benefit', id: string): Promise<void> {
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM measurement WHERE organisation_id = $1 AND ${target}_id = $2`,
    [user.organisationId, id],
  );
  if (count > 0) {
    throw new DomainError('INVALID_STATE', `The ${target} carries ${count} measurement${count === 1 ? '' : 's'} and cannot be deleted: measurements are the record of what was achieved`);
  }
}
