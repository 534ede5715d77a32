import type { CreateInitiativeRequest } from '@gevinst/domain';
import { daysFromToday } from '../support/clock';

let counter = 0;

/** A valid intake body (started four months ago, ending in eight); override what the test is about. */
export function initiativeInput(leadDepartmentId: string, overrides: Partial<CreateInitiativeRequest> = {}): CreateInitiativeRequest {
  counter += 1;
  return {
    title: `Softwarerobot til bogføring ${counter}`,
    purpose: 'Manuel bogføring af regninger tager tid fra kerneopgaven.',
    leadDepartmentId,
    sizeClass: 'large',
    technology: 'RPA',
    radarRing: 'adopt',
    plannedStart: daysFromToday(-120),
    plannedEnd: daysFromToday(240),
    ...overrides,
  };
}
