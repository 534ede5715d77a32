/** Which way an indicator improves. */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Does the target go beyond the baseline in the indicator's direction (the guide: goals must not be self-fulfilling)? */
export function isAmbitiousTarget(baseline: number, target: number, direction: Direction): boolean {
  return direction === 'higher' ? target > baseline : target < baseline;
}

/**
 * Goal achievement in per cent: (latest − baseline) / (target − baseline) × 100. Reported raw: above 100 when the
 * target is passed, negative when the indicator moved the wrong way. With `lower is better` both differences are
 * negative, so the same formula holds. Undefined (null) when target equals baseline or a value is not finite.
 */
export function goalAchievementPercent(baseline: number, target: number, latest: number): number | null {
  if (![baseline, target, latest].every(Number.isFinite)) return null;
  const span = target - baseline;
  if (span === 0) return null;
  return ((latest - baseline) / span) * 100;
}
