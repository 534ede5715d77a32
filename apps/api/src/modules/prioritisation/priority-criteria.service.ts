import { Injectable } from '@nestjs/common';
import { validateWeights } from '@gevinst/domain';
import type { FieldError, PriorityCriterion } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import type { PriorityCriteriaDto } from './dto/priority.dto';

/**
 * Changing the criteria takes this per-organisation lock exclusively and scoring takes it shared, so a score is never
 * written against a criterion that a concurrent change is removing, and two changes of the set never interleave.
 */
export async function lockCriteria(manager: EntityManager, organisationId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}(hashtext('priority_criteria'), hashtext($1))`, [organisationId]);
}

/** Problems merged per field, in the ApiError's shape. */
export function toFieldErrors(problems: { field: string; message: string }[]): FieldError[] {
  const byField = new Map<string, string[]>();
  for (const { field, message } of problems) byField.set(field, [...(byField.get(field) ?? []), message]);
  return [...byField].map(([field, messages]) => ({ field, messages }));
}

/** The organisation's prioritisation criteria and their weights; admin replaces the whole set at once. */
@Injectable()
export class PriorityCriteriaService {
  constructor(private readonly db: TenantDb) {}

  list(user: AuthUser): Promise<PriorityCriterion[]> {
    return this.db.manager.query(
      `SELECT id, name, description, weight, inverse, position FROM priority_criterion
       WHERE organisation_id = $1 ORDER BY position, id`,
      [user.organisationId],
    );
  }

  /**
   * Replaces the whole set. A criterion sent with its id keeps its scores; one left out is removed with its scores
   * (ON DELETE CASCADE). An invalid set (validateWeights) is 400 with a message per field and changes nothing.
   */
  async replace(user: AuthUser, dto: PriorityCriteriaDto): Promise<PriorityCriterion[]> {
    const { manager } = this.db;
    const organisationId = user.organisationId;
    await lockCriteria(manager, organisationId, 'exclusive');
    const problems: { field: string; message: string }[] = validateWeights(dto.criteria);
    dto.criteria.forEach((criterion, index) => {
      if (criterion.id && dto.criteria.findIndex((other) => other.id === criterion.id) !== index) {
        problems.push({ field: `criteria.${index}.id`, message: 'Det samme kriterium er sendt to gange' });
      }
    });
    if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', toFieldErrors(problems));

    const existing: { id: string }[] = await manager.query('SELECT id FROM priority_criterion WHERE organisation_id = $1', [organisationId]);
    const known = new Set(existing.map((row) => row.id));
    const unknown = dto.criteria.flatMap((criterion, index) =>
      criterion.id && !known.has(criterion.id) ? [{ field: `criteria.${index}.id`, messages: ['Ukendt kriterium'] }] : [],
    );
    if (unknown.length > 0) throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', unknown);

    const rows = dto.criteria.map((criterion, index) => ({
      id: criterion.id ?? null,
      name: criterion.name,
      description: criterion.description ?? null,
      weight: criterion.weight,
      inverse: criterion.inverse ?? false,
      position: index + 1,
    }));
    const kept = rows.filter((row) => row.id !== null);
    const added = rows.filter((row) => row.id === null);
    await manager.query('DELETE FROM priority_criterion WHERE organisation_id = $1 AND id <> ALL ($2::uuid[])', [
      organisationId,
      kept.map((row) => row.id),
    ]);
    if (kept.length > 0) {
      // Only rows that really change are updated, so the audit log records changes, not saves.
      await manager.query(
        `UPDATE priority_criterion c
         SET name = v.name, description = v.description, weight = v.weight, inverse = v.inverse, position = v.position
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, name text, description text, weight smallint, inverse boolean, position smallint)
         WHERE c.organisation_id = $1 AND c.id = v.id
           AND (c.name::text, c.description, c.weight, c.inverse, c.position) IS DISTINCT FROM (v.name, v.description, v.weight, v.inverse, v.position)`,
        [organisationId, JSON.stringify(kept)],
      );
    }
    if (added.length > 0) {
      await manager.query(
        `INSERT INTO priority_criterion (organisation_id, name, description, weight, inverse, position)
         SELECT $1, v.name, v.description, v.weight, v.inverse, v.position
         FROM jsonb_to_recordset($2::jsonb) AS v(name text, description text, weight smallint, inverse boolean, position smallint)`,
        [organisationId, JSON.stringify(added)],
      );
    }
    return this.list(user);
  }
}
