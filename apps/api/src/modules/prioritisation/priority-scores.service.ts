import { Injectable } from '@nestjs/common';
import { priorityScore } from '@gevinst/domain';
import type { PriorityScores } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { staleVersion } from '../goals/initiative-access';
import type { PriorityScoresDto } from './dto/priority.dto';
import { lockCriteria } from './priority-criteria.service';

interface CriterionScoreRow {
  id: string;
  weight: number;
  inverse: boolean;
  score: number | null;
}

/**
 * The version of an initiative's scores. Scores have no row of their own to count versions on, so the version is a
 * fingerprint of the saved set (FNV-1a over the sorted criterion:score pairs, 1…2^31−1): any change of the scores,
 * including a criterion removed with its score, gives another version; writing the same scores again keeps it.
 */
export function scoresVersion(scores: { criterionId: string; score: number }[]): number {
  const text = scores
    .map((s) => `${s.criterionId}:${s.score}`)
    .sort()
    .join(';');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 0x7ffffffe) + 1;
}

/** An initiative's scores on the organisation's criteria (directorate and admin score; everyone reads). */
@Injectable()
export class PriorityScoresService {
  constructor(private readonly db: TenantDb) {}

  async get(user: AuthUser, initiativeId: string): Promise<PriorityScores> {
    await this.initiative(user, initiativeId, false);
    return this.current(user, initiativeId);
  }

  /**
   * Replaces the initiative's scores with the set sent: a criterion left out loses its score. A criterion not of the
   * organisation is 422; a version that is not the current one is 409 with the current scores.
   */
  async replace(user: AuthUser, initiativeId: string, dto: PriorityScoresDto): Promise<PriorityScores> {
    const { manager } = this.db;
    const organisationId = user.organisationId;
    await lockCriteria(manager, organisationId, 'shared');
    // The initiative's row lock serialises concurrent scorings of it, so the version check below holds until commit.
    await this.initiative(user, initiativeId, true);
    const duplicates = dto.scores.flatMap((s, index) =>
      dto.scores.findIndex((other) => other.criterionId === s.criterionId) !== index
        ? [{ field: `scores.${index}.criterionId`, messages: ['Kriteriet er scoret to gange'] }]
        : [],
    );
    if (duplicates.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', duplicates);
    const rows = await this.rows(user, initiativeId);
    const known = new Set(rows.map((row) => row.id));
    const unknown = dto.scores.flatMap((s, index) => (known.has(s.criterionId) ? [] : [{ field: `scores.${index}.criterionId`, messages: ['Ukendt kriterium'] }]));
    if (unknown.length > 0) throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', unknown);
    const current = toScores(initiativeId, rows);
    if (dto.version !== undefined && dto.version !== current.version) throw staleVersion('priority score', current);

    await manager.query('DELETE FROM priority_score WHERE organisation_id = $1 AND initiative_id = $2 AND criterion_id <> ALL ($3::uuid[])', [
      organisationId,
      initiativeId,
      dto.scores.map((s) => s.criterionId),
    ]);
    if (dto.scores.length > 0) {
      // Unchanged scores are left alone, so the audit log records changes, not saves.
      await manager.query(
        `INSERT INTO priority_score (initiative_id, criterion_id, organisation_id, score)
         SELECT $2, v."criterionId", $1, v.score FROM jsonb_to_recordset($3::jsonb) AS v("criterionId" uuid, score smallint)
         ON CONFLICT (initiative_id, criterion_id) DO UPDATE SET score = EXCLUDED.score
         WHERE priority_score.score IS DISTINCT FROM EXCLUDED.score`,
        [organisationId, initiativeId, JSON.stringify(dto.scores.map(({ criterionId, score }) => ({ criterionId, score })))],
      );
    }
    return this.current(user, initiativeId);
  }

  private async initiative(user: AuthUser, initiativeId: string, lock: boolean): Promise<void> {
    const rows: unknown[] = await this.db.manager.query(
      `SELECT 1 FROM initiative WHERE organisation_id = $1 AND id = $2${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [user.organisationId, initiativeId],
    );
    if (rows.length === 0) throw notFound('Initiative');
  }

  private async current(user: AuthUser, initiativeId: string): Promise<PriorityScores> {
    return toScores(initiativeId, await this.rows(user, initiativeId));
  }

  /** Every criterion of the organisation with the initiative's score on it (null: not scored), in criterion order. */
  private rows(user: AuthUser, initiativeId: string): Promise<CriterionScoreRow[]> {
    return this.db.manager.query(
      `SELECT c.id, c.weight, c.inverse, s.score
       FROM priority_criterion c
       LEFT JOIN priority_score s ON s.organisation_id = $1 AND s.initiative_id = $2 AND s.criterion_id = c.id
       WHERE c.organisation_id = $1 ORDER BY c.position, c.id`,
      [user.organisationId, initiativeId],
    );
  }
}

function toScores(initiativeId: string, rows: CriterionScoreRow[]): PriorityScores {
  const scores = rows.flatMap((row) => (row.score === null ? [] : [{ criterionId: row.id, score: row.score }]));
  return { initiativeId, scores, total: priorityScore(rows, scores), version: scoresVersion(scores) };
}
