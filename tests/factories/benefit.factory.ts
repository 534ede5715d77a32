import type { BenefitRequest, GoalRequest } from '@gevinst/domain';

let counter = 0;

/** Rudersdal's goal: automatically booked invoices from 0 % to 50 %. */
export function goalInput(overrides: Partial<GoalRequest> = {}): GoalRequest {
  counter += 1;
  return {
    title: `Flere automatisk bogførte regninger ${counter}`,
    indicatorName: 'Andel automatisk bogførte regninger',
    unit: '%',
    direction: 'higher',
    baselineValue: 0,
    baselineDate: '2025-06-01',
    targetValue: 50,
    targetDate: '2026-12-31',
    ...overrides,
  };
}

/** A quantified hours benefit with a two-year profile. */
export function benefitInput(overrides: Partial<BenefitRequest> = {}): BenefitRequest {
  counter += 1;
  return {
    title: `Frigjort tid i bogholderiet ${counter}`,
    type: 'time',
    quantified: true,
    unit: 'hours',
    preconditions: 'Robotten er sat i drift',
    measurementMethod: 'Tidsstudie før og efter',
    years: [
      { year: 2026, planned: 100, realised: null },
    ],
    ...overrides,
  };
}
