import type { CreateInitiativeRequest } from '@gevinst/domain';

let counter = 0;

/** A valid intake body; override what the test is about. */
export function initiativeInput(leadDepartmentId: string, overrides: Partial<CreateInitiativeRequest> = {}): CreateInitiativeRequest {
  counter += 1;
  return {
    title: `Softwarerobot til bogføring ${counter}`,
    purpose: 'Manuel bogføring af regninger tager tid fra kerneopgaven.',
    leadDepartmentId,
    sizeClass: 'large',
    technology: 'RPA',
    radarRing: 'adopt',
    plannedStart: '2026-01-01',
    plannedEnd: '2026-12-31',
    ...overrides,
  };
}
