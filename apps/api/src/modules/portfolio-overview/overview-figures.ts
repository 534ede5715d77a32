import { LIVE_RISK_STATUSES, RISK_BAND_RANGES } from '@gevinst/domain';
import type { Phase } from '@gevinst/domain';

/** The figures counted in SQL; failing health comes from the health check's engine. */
export const SQL_FIGURES = ['red_status', 'open_high_risks', 'overdue_measurements', 'missing_status_reports'] as const;
export type SqlFigure = (typeof SQL_FIGURES)[number];

/** Phases in which an initiative reports every review cycle. */
export const REPORTING_PHASES: Phase[] = ['implementation', 'realisation'];

export interface FigureContext {
  /** Today in Denmark (YYYY-MM-DD). */
  today: string;
  cycle: { start: string; end: string };
}

/**
 * Per figure: the initiatives in `scope` it concerns and how many items each contributes (risks, evaluation points,
 * or 1). The overview's figure is the sum; its drill-down lists these rows — so the two always agree.
 * `param` adds a query parameter and returns its placeholder.
 */
export const FIGURE_ROWS: Record<SqlFigure, (param: (value: unknown) => string, context: FigureContext) => string> = {
  // The latest submitted report is the one the initiative's page lists first: newest period start (overlapping periods,
  // e.g. after a change from quarterly to monthly cycles, must not let an older, longer report win on its end date).
  red_status: () => `
    SELECT s.id AS initiative_id, 1 AS count FROM scope s
    WHERE (SELECT r.overall FROM status_report r WHERE r.initiative_id = s.id AND r.status = 'submitted'
           ORDER BY r.period_start DESC, r.period_end DESC, r.submitted_at DESC LIMIT 1) = 'red'`,
  open_high_risks: (param) => `
    SELECT r.initiative_id, count(*)::int AS count FROM risk r JOIN scope s ON s.id = r.initiative_id
    WHERE r.status = ANY(${param(LIVE_RISK_STATUSES)}::risk_status[]) AND r.probability * r.consequence >= ${RISK_BAND_RANGES.high[0]}
    GROUP BY r.initiative_id`,
  overdue_measurements: (param, { today }) => `
    SELECT COALESCE(g.initiative_id, b.initiative_id) AS initiative_id, count(*)::int AS count
    FROM evaluation_point e LEFT JOIN goal g ON g.id = e.goal_id LEFT JOIN benefit b ON b.id = e.benefit_id
    WHERE COALESCE(g.initiative_id, b.initiative_id) IN (SELECT id FROM scope)
      AND e.measurement_id IS NULL AND e.due_date < ${param(today)}::date
    GROUP BY 1`,
  missing_status_reports: (param, { cycle }) => `
    SELECT s.id AS initiative_id, 1 AS count FROM scope s JOIN initiative i ON i.id = s.id
    WHERE i.phase = ANY(${param(REPORTING_PHASES)}::initiative_phase[]) AND NOT EXISTS (
      SELECT 1 FROM status_report r WHERE r.initiative_id = i.id AND r.status = 'submitted'
        AND r.period_start <= ${param(cycle.end)}::date AND r.period_end >= ${param(cycle.start)}::date)`,
};
