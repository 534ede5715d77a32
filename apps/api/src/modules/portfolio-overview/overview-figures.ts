import type { OverviewFigure } from '@gevinst/domain';

/**
 * What each initiative contributes to a figure (risks, overdue points, or 1), as SQL over its rollup row `r`. The
 * overview's figure is the sum over the scope and the drill-down lists the initiatives with a positive count — so
 * the two always agree.
 */
export const FIGURE_COUNT: Record<OverviewFigure, string> = {
  all: '1',
  red_status: `CASE WHEN (r.figures ->> 'red')::boolean THEN 1 ELSE 0 END`,
  failing_health: `CASE WHEN jsonb_array_length(r.findings) > 0 THEN 1 ELSE 0 END`,
  open_high_risks: `(r.figures ->> 'highRisks')::int`,
  overdue_measurements: `(r.figures ->> 'overdue')::int`,
  missing_status_reports: `CASE WHEN (r.figures ->> 'missingReport')::boolean THEN 1 ELSE 0 END`,
};
