import { type Goal, MEASUREMENT_KIND_LABELS, type Measurement } from '@gevinst/domain';
import type { LineChartPoint, LineChartSeries } from '@gevinst/web/charts';

export const MEASURED_SERIES = 'Målt';
export const TARGET_SERIES = 'Forløb mod målet';

/**
 * A goal's line chart: the baseline followed by the measurements in date order, and a dashed line from the
 * baseline to the target. The baseline is listed once in the table (under the measured line).
 */
export function goalChartSeries(goal: Goal, measurements: readonly Measurement[]): LineChartSeries[] {
  const baseline: LineChartPoint | null =
    goal.baselineValue !== null && goal.baselineDate
      ? { date: goal.baselineDate, value: goal.baselineValue, label: 'Baseline' }
      : null;
  const measured: LineChartPoint[] = [
    ...(baseline ? [baseline] : []),
    ...[...measurements]
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.recordedAt.localeCompare(b.recordedAt))
      .map((m) => ({ date: m.measuredOn, value: m.value, label: `Måling (${MEASUREMENT_KIND_LABELS[m.kind].toLowerCase()})` })),
  ];
  const target: LineChartPoint[] = [
    ...(baseline ? [{ ...baseline, hideInTable: true }] : []),
    { date: goal.targetDate, value: goal.targetValue, label: 'Mål' },
  ];
  return [
    { name: MEASURED_SERIES, points: measured },
    { name: TARGET_SERIES, points: target, dashed: true },
  ].filter((series) => series.points.length > 0);
}
