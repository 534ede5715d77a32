import { Injectable } from '@nestjs/common';
import { formatInitiativeCode } from '@gevinst/domain';
import { EntityManager } from 'typeorm';

const MAX_ATTEMPTS = 1000;

/**
 * Hands out the next free code (e.g. BAL-2026-014) inside the caller's transaction. The sequence row's
 * lock serialises concurrent registrations; numbers already taken (imported codes) are skipped.
 */
@Injectable()
export class InitiativeCodeAllocator {
  async next(manager: EntityManager, organisationId: string, prefix: string, year: number): Promise<string> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [{ last_value }]: { last_value: number }[] = await manager.query(
        `INSERT INTO initiative_code_sequence (organisation_id, year, last_value) VALUES ($1, $2, 1)
         ON CONFLICT (organisation_id, year) DO UPDATE SET last_value = initiative_code_sequence.last_value + 1
         RETURNING last_value`,
        [organisationId, year],
      );
      const code = formatInitiativeCode(prefix, year, last_value);
      const taken: unknown[] = await manager.query('SELECT 1 FROM initiative WHERE organisation_id = $1 AND code = $2', [
        organisationId,
        code,
      ]);
      if (taken.length === 0) return code;
    }
    throw new Error(`No free initiative code found for ${prefix}-${year}`);
  }
}
