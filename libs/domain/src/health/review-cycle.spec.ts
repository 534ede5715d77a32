import type { ReviewCycle } from '../contracts/governance';
import { reviewCycleOf } from './governance-rules';

/** The cycle's first and last day, as the API's missing-reports list and the overview use them. */
const reviewCycleBounds = (cycle: ReviewCycle, today: string) => {
  const { start, end } = reviewCycleOf(cycle, today);
  return { start, end };
};

describe('reviewCycleBounds', () => {
  it('gives the calendar month', () => {
    expect(reviewCycleBounds('month', '2026-02-14')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(reviewCycleBounds('month', '2028-02-29')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(reviewCycleBounds('month', '2026-12-31')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
  });

  it('gives the calendar quarter', () => {
    expect(reviewCycleBounds('quarter', '2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(reviewCycleBounds('quarter', '2026-05-31')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(reviewCycleBounds('quarter', '2026-09-30')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(reviewCycleBounds('quarter', '2026-11-27')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });
});
