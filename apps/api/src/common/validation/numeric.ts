import type { ValueTransformer } from 'typeorm';

/**
 * pg returns `numeric` as text so no precision is lost silently; our values are bounded (BENEFIT_LIMITS.valueMax)
 * and stored with few decimals, so converting to a JS number here is exact enough and deliberate.
 */
export function toNumber(value: string | number): number;
export function toNumber(value: string | number | null): number | null;
export function toNumber(value: string | number | null): number | null {
  if (value === null) return null;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`numeric value ${String(value)} is not finite`);
  return number;
}

/** For entity columns of type numeric: numbers in, numbers out. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => toNumber(value),
};
