import { addMonths } from '../calculations/calendar';

export interface EvaluationPoint {
  /** YYYY-MM-DD */
  dueDate: string;
  /** When a measurement fulfilled the point (YYYY-MM-DD), or null while open. */
  measuredOn: string | null;
}

/** Open evaluation points whose due date has passed (date-only strings compare correctly as text). */
export function overdueEvaluationPoints<T extends EvaluationPoint>(points: readonly T[], today: string): T[] {
  return points.filter((point) => point.measuredOn === null && point.dueDate < today);
}

/** A schedule: one point every `monthsApart` months from `start` (YYYY-MM-DD), `count` points, end-of-month safe. */
export function evaluationSchedule(start: string, monthsApart: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(start, monthsApart * (i + 1)));
}
