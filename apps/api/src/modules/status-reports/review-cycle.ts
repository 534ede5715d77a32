import type { ReviewCycle } from '@gevinst/domain';

/** First and last day (YYYY-MM-DD) of the calendar month or quarter that contains `today` (a Danish date). */
export function reviewCycleBounds(cycle: ReviewCycle, today: string): { start: string; end: string } {
  const [year, month] = today.split('-').map(Number);
  const firstMonth = cycle === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const lastMonth = cycle === 'month' ? month : firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}
