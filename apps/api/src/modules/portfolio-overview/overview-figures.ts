import type { OverviewFigure } from '@gevinst/domain';

/**
 * What each initiative contributes to a figure (risks, overdue points, or 1), as SQL over its rollup row `r`. The
 * overview's figure is the sum over the scope and the drill-down lists the initiatives with a positive count — so
 * the two always agree.
 */
export const FIGURE_COUNT: Record<OverviewFigure, string> = {
  all: '1',
  red_status: 'r.red::int',
  failing_health: '(r.errors + r.warnings > 0)::int',
  open_high_risks: 'r.high_risks',
  overdue_measurements: 'r.overdue',
  missing_status_reports: 'r.missing_report::int',
};
