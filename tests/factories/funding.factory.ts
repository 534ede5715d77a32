import type { FundingLineRequest } from '@gevinst/domain';
import { thisYear } from '../support/clock';

/** An acquisition line of 250,000.50 kr. from the own budget, this year. */
export function fundingLineInput(payingDepartmentId: string, overrides: Partial<FundingLineRequest> = {}): FundingLineRequest {
  return { year: thisYear(), category: 'acquisition', amount: 250_000.5, source: 'own_budget', payingDepartmentId, ...overrides };
}
