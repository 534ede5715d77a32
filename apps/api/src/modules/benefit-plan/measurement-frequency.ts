/** Regular follow-up rhythms, with the Danish word used in the benefit realisation plan. */
const RHYTHMS = [
  { months: 1, label: 'Månedlig' },
  { months: 3, label: 'Kvartalsvis' },
  { months: 6, label: 'Halvårlig' },
  { months: 12, label: 'Årlig' },
] as const;

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * "Målefrekvens" from a benefit's evaluation points (YYYY-MM-DD): the rhythm's name when every gap between
 * consecutive points is within 20 % of one month, a quarter, half a year or a year; else the number of points.
 */
export function measurementFrequency(dueDates: readonly string[]): string {
  const days = [...new Set(dueDates)].sort().map((date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  if (days.length === 0) return 'Ingen evalueringspunkter';
  if (days.length === 1) return '1 evalueringspunkt';
  const gaps = days.slice(1).map((day, i) => (day - days[i]) / DAYS_PER_MONTH);
  const rhythm = RHYTHMS.find(({ months }) => gaps.every((gap) => Math.abs(gap - months) <= months * 0.2));
  return rhythm?.label ?? `${days.length} evalueringspunkter`;
}
