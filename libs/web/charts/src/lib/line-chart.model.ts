/** One point of a line: a calendar date (YYYY-MM-DD) and its value; `label` names it in the table. */
export interface LineChartPoint {
  date: string;
  value: number;
  label?: string;
  /** Drawn, but left out of the table (e.g. a shared start point already listed by another line). */
  hideInTable?: boolean;
}

export interface LineChartSeries {
  name: string;
  points: readonly LineChartPoint[];
  /** Draw the line dashed, so lines differ by more than colour. */
  dashed?: boolean;
}

export interface LineChartTableRow {
  series: string;
  date: string;
  value: number;
  label: string;
}

/** The table alternative: every listed point, line by line, in date order. */
export function tableRows(series: readonly LineChartSeries[]): LineChartTableRow[] {
  return series.flatMap((s) =>
    s.points
      .filter((p) => !p.hideInTable)
      .map((p) => ({ series: s.name, date: p.date, value: p.value, label: p.label ?? '' }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  );
}

/** At least two different dates among all points: a time axis needs a span. */
export function hasTimeSpan(series: readonly LineChartSeries[]): boolean {
  return new Set(series.flatMap((s) => s.points.map((p) => p.date))).size >= 2;
}

/** dd.MM.yyyy for a 'YYYY-MM-DD' string or a Date (read as a local calendar date). */
export function formatChartDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00`) : value;
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
