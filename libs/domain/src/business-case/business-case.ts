/**
 * The simple business case of an initiative (issue 16): yearly cash flows in three scenarios from the funding plan and
 * the benefit profiles, with freed time valued apart from cash, the net present value, the payback year and the
 * cumulative cash curve. Pure: the API reads the inputs in SQL and freezes the result with each gate decision.
 */
import type { BenefitUnit } from '../benefits/benefit-totals';
import { netPresentValue, paybackYear } from './discounting';

export const SCENARIOS = ['pessimistic', 'likely', 'optimistic'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** A funding plan amount of one year, in kroner (positive): running (drift) or one-off (everything else). */
export interface BusinessCaseCost {
  year: number;
  amount: number;
  running: boolean;
}

/** The three-point targets of the goal a benefit serves; the likely figure is the target. */
export interface GoalThreePoint {
  baseline: number | null;
  target: number;
  pessimistic: number | null;
  optimistic: number | null;
}

export interface BusinessCaseBenefitYear {
  year: number;
  planned: number;
  /** The benefit's own pessimistic/optimistic figure for the year (for a dis-benefit: the smaller/larger harm). */
  low: number | null;
  high: number | null;
}

export interface BusinessCaseBenefit {
  quantified: boolean;
  unit: BenefitUnit;
  /** A dis-benefit (ulempe): its amounts count against the case. */
  disBenefit: boolean;
  goal: GoalThreePoint | null;
  years: readonly BusinessCaseBenefitYear[];
}

export interface BusinessCaseInput {
  /** Amounts are discounted to the start of this year; the horizon starts with it. */
  baseYear: number;
  horizonYears: number;
  discountRate: number;
  /** Values freed hours; null: hours are shown, not valued. */
  hourlyRateDkk: number | null;
  costs: readonly BusinessCaseCost[];
  benefits: readonly BusinessCaseBenefit[];
}

/** One year of a scenario. Kroner to the øre; costs and dis-benefits are negative, benefits positive. */
export interface BusinessCaseYear {
  year: number;
  oneOffCosts: number;
  runningCosts: number;
  /** oneOffCosts + runningCosts. */
  costs: number;
  cashBenefits: number;
  disBenefits: number;
  /** costs + cashBenefits + disBenefits: cash only, freed time is never in it. */
  net: number;
  /** The sum of net up to and including this year. */
  cumulative: number;
  /** Hours freed (hour dis-benefits subtracted), to the hundredth. */
  freedHours: number;
  /** freedHours × the hourly rate, kroner; null without a rate. Kept apart from cash. */
  freedHoursValue: number | null;
}

export interface BusinessCaseTotals {
  costs: number;
  cashBenefits: number;
  disBenefits: number;
  net: number;
  freedHours: number;
  freedHoursValue: number | null;
}

export interface BusinessCaseScenario {
  scenario: Scenario;
  /** Every year of the horizon, in order (years without flows are 0). */
  years: BusinessCaseYear[];
  totals: BusinessCaseTotals;
  /** Net present value of the cash (net) at the start of the base year. */
  npv: number;
  paybackYear: number | null;
  /** Present value of the freed hours' value, apart from npv; null without a rate. */
  freedHoursValueNpv: number | null;
}

export interface BusinessCaseSettingsUsed {
  discountRate: number;
  horizonYears: number;
  hourlyRateDkk: number | null;
  baseYear: number;
  lastYear: number;
}

export interface BusinessCaseFigures {
  settings: BusinessCaseSettingsUsed;
  scenarios: BusinessCaseScenario[];
  /** Years with a cost or a counted benefit outside the horizon: left out of every figure. */
  yearsOutsideHorizon: number[];
  /** Benefits the case cannot count: described in words, or in a unit other than DKK and hours. */
  notInFigures: { qualitative: number; otherUnit: number };
}

/**
 * How far the goal's pessimistic and optimistic targets reach, as a share of the likely target's improvement over the
 * baseline (in either direction). Pessimistic is kept within 0–1 and optimistic at 1 or more, so a goal typed the
 * wrong way round never turns the scenarios over. Null where the goal cannot say (no baseline, or target = baseline).
 */
export function goalScenarioFactors(goal: GoalThreePoint | null): { pessimistic: number | null; optimistic: number | null } {
  if (!goal || goal.baseline === null || goal.target === goal.baseline) return { pessimistic: null, optimistic: null };
  const { baseline, target } = goal;
  const share = (point: number | null) => (point === null ? null : (point - baseline) / (target - baseline));
  const pessimistic = share(goal.pessimistic);
  const optimistic = share(goal.optimistic);
  return {
    pessimistic: pessimistic === null ? null : Math.min(1, Math.max(0, pessimistic)),
    optimistic: optimistic === null ? null : Math.max(1, optimistic),
  };
}

/**
 * A benefit's amount of one year in a scenario, in hundredths (not yet rounded). Its own low/high figure comes first;
 * without one, a benefit follows its goal's three-point targets, else the planned figure. A dis-benefit takes its
 * high (larger harm) figure in the pessimistic case and its low one in the optimistic, else the planned; goals
 * describe how far a goal is reached, not how large a harm is, so they never scale a dis-benefit.
 */
export function scenarioAmount(scenario: Scenario, year: BusinessCaseBenefitYear, disBenefit: boolean, goal: GoalThreePoint | null): number {
  const hundredths = (amount: number) => Math.round(amount * 100);
  const planned = hundredths(year.planned);
  if (scenario === 'likely') return planned;
  const worse = scenario === 'pessimistic';
  const own = disBenefit === worse ? year.high : year.low;
  if (own !== null) return hundredths(own);
  if (disBenefit) return planned;
  const factor = goalScenarioFactors(goal)[scenario];
  if (factor === null) return planned;
  // min/max keep a negative planned amount on the right side of the likely one as well.
  return worse ? Math.min(planned, planned * factor) : Math.max(planned, planned * factor);
}

const counted = (benefit: BusinessCaseBenefit) => benefit.quantified && (benefit.unit === 'DKK' || benefit.unit === 'hours');

/**
 * The year amounts are discounted to: the earliest of the planned start and the years with a cost or a counted benefit;
 * this year when there is none of them.
 */
export function businessCaseBaseYear(
  plannedStartYear: number | null,
  flows: Pick<BusinessCaseInput, 'costs' | 'benefits'>,
  currentYear: number,
): number {
  const years = [...flows.costs.map((c) => c.year), ...flows.benefits.filter(counted).flatMap((b) => b.years.map((y) => y.year))];
  if (plannedStartYear !== null) years.push(plannedStartYear);
  return years.length === 0 ? currentYear : Math.min(...years);
}

export function businessCase(input: BusinessCaseInput): BusinessCaseFigures {
  const { baseYear, horizonYears, discountRate, hourlyRateDkk } = input;
  if (!Number.isInteger(baseYear)) throw new RangeError(`The base year must be a whole year: ${baseYear}`);
  if (!Number.isInteger(horizonYears) || horizonYears < 1) throw new RangeError(`The horizon must be at least one whole year: ${horizonYears}`);
  if (hourlyRateDkk !== null && !Number.isFinite(hourlyRateDkk)) throw new RangeError(`The hourly rate must be finite: ${hourlyRateDkk}`);
  const lastYear = baseYear + horizonYears - 1;
  const inHorizon = (year: number) => year >= baseYear && year <= lastYear;
  const benefits = input.benefits.filter(counted);

  const outside = new Set<number>();
  for (const { year } of [...input.costs, ...benefits.flatMap((b) => b.years)]) if (!inHorizon(year)) outside.add(year);

  // Costs are the same in every scenario: whole øre, summed exactly.
  const oneOff = new Map<number, number>();
  const running = new Map<number, number>();
  for (const cost of input.costs) {
    if (!inHorizon(cost.year)) continue;
    const sums = cost.running ? running : oneOff;
    sums.set(cost.year, (sums.get(cost.year) ?? 0) - Math.round(cost.amount * 100));
  }

  const scenarios = SCENARIOS.map((scenario): BusinessCaseScenario => {
    const cash = new Map<number, number>();
    const harm = new Map<number, number>();
    const hours = new Map<number, number>();
    for (const benefit of benefits) {
      for (const year of benefit.years) {
        if (!inHorizon(year.year)) continue;
        const amount = scenarioAmount(scenario, year, benefit.disBenefit, benefit.goal);
        const sums = benefit.unit === 'hours' ? hours : benefit.disBenefit ? harm : cash;
        const signed = benefit.disBenefit ? -amount : amount;
        sums.set(year.year, (sums.get(year.year) ?? 0) + signed);
      }
    }
    // Every figure is kept in hundredths and rounded once, here; sums of the rounded figures stay exact.
    let cumulative = 0;
    const rows = Array.from({ length: horizonYears }, (_, i) => {
      const year = baseYear + i;
      const get = (sums: Map<number, number>) => Math.round(sums.get(year) ?? 0);
      const oneOffCosts = get(oneOff);
      const runningCosts = get(running);
      const cashBenefits = get(cash);
      const disBenefits = get(harm);
      const freedHours = get(hours);
      const net = oneOffCosts + runningCosts + cashBenefits + disBenefits;
      cumulative += net;
      // The value of the hours as shown (to the hundredth), so value = shown hours × rate to the øre.
      const freedHoursValue = hourlyRateDkk === null ? null : Math.round(freedHours * hourlyRateDkk);
      return { year, oneOffCosts, runningCosts, costs: oneOffCosts + runningCosts, cashBenefits, disBenefits, net, cumulative, freedHours, freedHoursValue };
    });
    const kroner = (hundredths: number) => hundredths / 100 + 0; // + 0 turns -0 into 0
    const years: BusinessCaseYear[] = rows.map((r) => ({
      year: r.year,
      oneOffCosts: kroner(r.oneOffCosts),
      runningCosts: kroner(r.runningCosts),
      costs: kroner(r.costs),
      cashBenefits: kroner(r.cashBenefits),
      disBenefits: kroner(r.disBenefits),
      net: kroner(r.net),
      cumulative: kroner(r.cumulative),
      freedHours: kroner(r.freedHours),
      freedHoursValue: r.freedHoursValue === null ? null : kroner(r.freedHoursValue),
    }));
    const total = (pick: (r: (typeof rows)[number]) => number) => kroner(rows.reduce((sum, r) => sum + pick(r), 0));
    const value = years.map((y) => ({ year: y.year, amount: y.freedHoursValue ?? 0 }));
    return {
      scenario,
      years,
      totals: {
        costs: total((r) => r.costs),
        cashBenefits: total((r) => r.cashBenefits),
        disBenefits: total((r) => r.disBenefits),
        net: total((r) => r.net),
        freedHours: total((r) => r.freedHours),
        freedHoursValue: hourlyRateDkk === null ? null : total((r) => r.freedHoursValue ?? 0),
      },
      npv: netPresentValue(years.map((y) => ({ year: y.year, amount: y.net })), discountRate, baseYear) + 0,
      paybackYear: paybackYear(years.map((y) => ({ year: y.year, amount: y.net }))),
      freedHoursValueNpv: hourlyRateDkk === null ? null : netPresentValue(value, discountRate, baseYear) + 0,
    };
  });

  return {
    settings: { discountRate, horizonYears, hourlyRateDkk, baseYear, lastYear },
    scenarios,
    yearsOutsideHorizon: [...outside].sort((a, b) => a - b),
    notInFigures: {
      qualitative: input.benefits.filter((b) => !b.quantified).length,
      otherUnit: input.benefits.filter((b) => b.quantified && !counted(b)).length,
    },
  };
}
