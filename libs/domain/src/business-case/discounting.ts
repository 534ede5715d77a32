/**
 * Discounting for the simple business case (issue 16): net present value, the cumulative cash curve and the payback
 * year of a yearly cash stream. Amounts are kroner; every result is rounded to øre once, at the end.
 */

/** The Danish Ministry of Finance's real calculation rate (samfundsøkonomisk diskonteringsrente), the default. */
export const DEFAULT_DISCOUNT_RATE = 0.035;
/** Years the business case looks ahead by default, the first year included. */
export const DEFAULT_HORIZON_YEARS = 10;

export interface YearFlow {
  year: number;
  /** Net cash of the year: benefits minus costs, kroner (negative when it costs more than it gives). */
  amount: number;
}

export interface CurvePoint extends YearFlow {
  /** The sum of this and all earlier years' amounts, undiscounted. */
  cumulative: number;
}

const toOre = (amount: number) => Math.round(amount * 100) / 100;

/** Adds flows of the same year and sorts by year; years without a flow are absent (they count as 0). */
export function byYear(flows: readonly YearFlow[]): YearFlow[] {
  const sums = new Map<number, number>();
  for (const { year, amount } of flows) sums.set(year, (sums.get(year) ?? 0) + amount);
  return [...sums].map(([year, amount]) => ({ year, amount })).sort((a, b) => a.year - b.year);
}

/**
 * Net present value at the start of `baseYear`: each year's amount discounted by (1 + rate)^(year − baseYear), the base
 * year itself undiscounted (amounts fall at the year's start, as in the Ministry's guidance for simple cases).
 */
export function netPresentValue(flows: readonly YearFlow[], rate: number, baseYear: number): number {
  if (!Number.isFinite(rate) || rate <= -1) throw new RangeError(`A discount rate must be above -100 %: ${rate}`);
  return toOre(flows.reduce((sum, { year, amount }) => sum + amount / (1 + rate) ** (year - baseYear), 0));
}

/** The cumulative cash curve, one point per year from the first to the last year with a flow (gaps filled with 0). */
export function cumulativeCurve(flows: readonly YearFlow[]): CurvePoint[] {
  const years = byYear(flows);
  if (years.length === 0) return [];
  const amounts = new Map(years.map((y) => [y.year, y.amount]));
  const curve: CurvePoint[] = [];
  let cumulative = 0;
  for (let year = years[0].year; year <= years[years.length - 1].year; year++) {
    const amount = amounts.get(year) ?? 0;
    cumulative += amount;
    curve.push({ year, amount: toOre(amount), cumulative: toOre(cumulative) });
  }
  return curve;
}

/**
 * The first year whose cumulative cash is no longer negative after the investment has been made, and stays so to the
 * end of the stream; null when it never pays back. A stream that never goes below zero pays back in its first
 * positive year; one with no positive year never does.
 */
export function paybackYear(flows: readonly YearFlow[]): number | null {
  const curve = cumulativeCurve(flows);
  if (!curve.some((point) => point.amount > 0)) return null;
  let payback: number | null = null;
  for (const point of curve) {
    if (point.cumulative < 0) payback = null;
    // Reaching zero from below takes a positive year, so payback is never before the first positive year.
    else if (payback === null && point.amount > 0) payback = point.year;
  }
  return payback;
}
