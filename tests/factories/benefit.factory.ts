import type { BenefitRequest, GoalRequest } from '@gevinst/domain';
import { daysFromToday, thisYear } from '../support/clock';

let counter = 0;

/** Rudersdal's goal: automatically booked invoices from 0 % to 50 %, measured a year and a half ago, due in a year. */
export function goalInput(overrides: Partial<GoalRequest> = {}): GoalRequest {
  counter += 1;
  return {
    title: `Flere automatisk bogførte regninger ${counter}`,
    indicatorName: 'Andel automatisk bogførte regninger',
    unit: '%',
    direction: 'higher',
    baselineValue: 0,
    baselineDate: daysFromToday(-540),
    targetValue: 50,
    targetDate: daysFromToday(365),
    ...overrides,
  };
}

/** A quantified hours benefit with a profile for this year. */
export function benefitInput(overrides: Partial<BenefitRequest> = {}): BenefitRequest {
  counter += 1;
  return {
    title: `Frigjort tid i bogholderiet ${counter}`,
    type: 'time',
    quantified: true,
    unit: 'hours',
    preconditions: 'Robotten er sat i drift',
    measurementMethod: 'Tidsstudie før og efter',
    years: [{ year: thisYear(), planned: 100, realised: null }],
    ...overrides,
  };
}
