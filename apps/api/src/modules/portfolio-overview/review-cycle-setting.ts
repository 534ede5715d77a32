import type { ReviewCycle } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';

/** The organisation's review cycle (settings.reviewCycle), quarter unless set to month. */
export async function reviewCycleOfOrganisation(manager: EntityManager, organisationId: string): Promise<ReviewCycle> {
  const [row]: { cycle: string | null }[] = await manager.query(`SELECT settings ->> 'reviewCycle' AS cycle FROM organisation WHERE id = $1`, [organisationId]);
  return row?.cycle === 'month' ? 'month' : 'quarter';
}
