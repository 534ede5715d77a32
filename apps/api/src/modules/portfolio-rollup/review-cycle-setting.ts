import type { ReviewCycle } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { reviewCycleOf } from '../organisations/organisations.service';

/** The organisation's review cycle (settings.reviewCycle), read as the organisation settings read it. */
export async function reviewCycleOfOrganisation(manager: EntityManager, organisationId: string): Promise<ReviewCycle> {
  const [row]: { settings: Record<string, unknown> | null }[] = await manager.query('SELECT settings FROM organisation WHERE id = $1', [organisationId]);
  return reviewCycleOf(row?.settings);
}
