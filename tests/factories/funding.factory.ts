import type { FundingLineRequest } from '@gevinst/domain';

/** An acquisition line of 250,000.50 kr. from the own budget. */
export function fundingLineInput(payingDepartmentId: string, overrides: Partial<FundingLineRequest> = {}): FundingLineRequest {
  return { year: 2026, category: 'acquisition', amount: 250_000.5, source: 'own_budget', payingDepartmentId, ...overrides };
}
