/** Date-only strings (YYYY-MM-DD) compare correctly as strings; an open end is always valid. */
export function isValidPlannedPeriod(start: string | null | undefined, end: string | null | undefined): boolean {
  if (!start || !end) return true;
  return start <= end;
}
