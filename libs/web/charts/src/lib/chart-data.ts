/**
 * Pure shaping of chart data: what ngx-charts draws and what the table alternative lists come from the same
 * functions, so the picture and the numbers cannot disagree. No Angular here (unit-tested without a browser).
 */

/**
 * Colours for series, each at least 4.5:1 against white (WCAG asks 3:1 of graphical objects); the last, grey, is
 * kept for "Øvrige". Neighbouring stacked segments are also separated by a white line, so colour is never the only
 * boundary, and every chart has a legend in text and a table.
 */
export const CHART_COLOURS = ['#1d4f91', '#a84300', '#2e6b30', '#6b3fa0', '#8a1c4a', '#00646e', '#7a5a00'] as const;
export const OTHER_COLOUR = '#595959';

/** One bar of a single-series chart. */
export interface CategoryDatum {
  label: string;
  value: number;
}

/** A group of bars side by side (e.g. a year), one value per series in the chart's series order. */
export interface BarGroup {
  label: string;
  values: readonly number[];
}

/** One stack of a stacked chart (e.g. a paying department), one value per category (e.g. per year). */
export interface Stack {
  label: string;
  values: readonly number[];
}

/** One bubble: x, y and its size; `label` names it in the table, `key` tells bubbles apart. */
export interface BubblePoint {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
}

export interface NgxSingle {
  name: string;
  value: number;
}
export interface NgxMulti {
  name: string;
  series: NgxSingle[];
}
export interface NgxBubbleSeries {
  name: string;
  series: { name: string; x: number; y: number; r: number }[];
}

export const OTHERS_LABEL = 'Øvrige';

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat('da-DK', { notation: 'compact', maximumFractionDigits: 1 });
const kronerFormat = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });

/** "1.234,5" */
export const formatNumber = (value: number): string => numberFormat.format(value);
/** "1,2 mio." for axis ticks, where space is short; tables carry the full numbers. */
export const formatCompact = (value: number): string => compactFormat.format(value);
/** "1.234.568 kr." in whole kroner. */
export const formatKroner = (value: number): string => kronerFormat.format(Math.round(value));

export function categorySeries(data: readonly CategoryDatum[]): NgxSingle[] {
  return data.map((d) => ({ name: d.label, value: d.value }));
}

/** Grouped bars: each group lists every series, a missing value as 0. */
export function groupedSeries(seriesNames: readonly string[], groups: readonly BarGroup[]): NgxMulti[] {
  return groups.map((group) => ({
    name: group.label,
    series: seriesNames.map((name, i) => ({ name, value: group.values[i] ?? 0 })),
  }));
}

/**
 * Lines over categories (e.g. years), one line per series in the series' order; each group gives the value of every
 * series at its category, a missing value as 0. The same groups, one row each, make the table alternative.
 */
export function categoryLineSeries(seriesNames: readonly string[], groups: readonly BarGroup[]): NgxMulti[] {
  return seriesNames.map((name, i) => ({ name, series: groups.map((group) => ({ name: group.label, value: group.values[i] ?? 0 })) }));
}

const stackTotal = (stack: Stack) => stack.values.reduce((sum, v) => sum + v, 0);

/**
 * At most `max` stacks to draw: the largest `max − 1` by total, the rest summed as "Øvrige" (a chart with twenty
 * colours cannot be read; the table lists every stack). Order: largest first, "Øvrige" last.
 */
export function foldStacks(stacks: readonly Stack[], categories: number, max: number): Stack[] {
  const sorted = [...stacks].sort((a, b) => stackTotal(b) - stackTotal(a) || a.label.localeCompare(b.label, 'da'));
  if (sorted.length <= max) return sorted;
  const kept = sorted.slice(0, max - 1);
  const rest = sorted.slice(max - 1);
  const values = Array.from({ length: categories }, (_, i) => rest.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  return [...kept, { label: `${OTHERS_LABEL} (${rest.length})`, values }];
}

/** Stacked bars: one bar per category, one segment per stack. */
export function stackedSeries(categories: readonly string[], stacks: readonly Stack[]): NgxMulti[] {
  return categories.map((name, i) => ({ name, series: stacks.map((s) => ({ name: s.label, value: s.values[i] ?? 0 })) }));
}

/** The table of a stacked chart: every stack (unfolded, by name) with its row total, and the column totals. */
export function stackTable(categories: readonly string[], stacks: readonly Stack[]): {
  rows: { label: string; values: number[]; total: number }[];
  totals: number[];
  total: number;
} {
  const rows = [...stacks]
    .sort((a, b) => a.label.localeCompare(b.label, 'da'))
    .map((s) => {
      const values = categories.map((_, i) => s.values[i] ?? 0);
      return { label: s.label, values, total: values.reduce((sum, v) => sum + v, 0) };
    });
  const totals = categories.map((_, i) => rows.reduce((sum, r) => sum + r.values[i], 0));
  return { rows, totals, total: totals.reduce((sum, v) => sum + v, 0) };
}

export function bubbleSeries(name: string, points: readonly BubblePoint[]): NgxBubbleSeries[] {
  return [{ name, series: points.map((p) => ({ name: p.label, x: p.x, y: p.y, r: p.size })) }];
}

/** The upper end of an axis: the largest value with some headroom, and never 0 (d3 needs a span). */
export function axisMax(values: readonly number[], floor = 1): number {
  const max = Math.max(floor, ...values);
  return max === floor ? floor : max * 1.1;
}

/** A stable colour per series: palette order, "Øvrige …" always grey. */
export function coloursFor(labels: readonly string[]): string[] {
  return labels.map((label, i) => (label.startsWith(OTHERS_LABEL) ? OTHER_COLOUR : CHART_COLOURS[i % CHART_COLOURS.length]));
}
