/**
 * Exact money. Amounts are kroner with at most two decimals; they are stored and summed as whole øre, so no sum ever
 * passes through floating point. Øre stay far below 2^53 (FUNDING_LIMITS.amountMax is 10^10 kr = 10^12 øre), so
 * a JavaScript number holds any amount and any realistic sum exactly.
 */

/** True when `amount` is a finite number of kroner with at most two decimals (e.g. 1234.5, 0.29; not 0.291). */
export function hasAtMostTwoDecimals(amount: number): boolean {
  return Number.isFinite(amount) && Math.round(amount * 100) / 100 === amount;
}

/** Kroner → whole øre. Refuses amounts with more than two decimals rather than rounding them silently. */
export function kronerToOre(amount: number): number {
  if (!hasAtMostTwoDecimals(amount)) throw new RangeError(`${amount} has more than two decimals`);
  return Math.round(amount * 100);
}

/** Whole øre (a number, or the text pg returns for bigint and numeric sums) → kroner. */
export function oreToKroner(ore: number | string): number {
  const value = typeof ore === 'string' ? Number(ore) : ore;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${String(ore)} is not a whole number of øre`);
  return value / 100;
}

/** An exact sum of amounts with at most two decimals (benefit amounts in any unit, kroner): added as whole hundredths. */
export function sumInHundredths(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0) / 100;
}
