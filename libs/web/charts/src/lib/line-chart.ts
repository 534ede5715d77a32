import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { type Color, LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import { type LineChartSeries, type LineChartTableRow, formatChartDate, hasTimeSpan, tableRows } from './line-chart.model';

export type { LineChartPoint, LineChartSeries } from './line-chart.model';

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

// Dark blue and dark orange on white: 7:1 and 5.6:1, above the 3:1 WCAG asks of graphical objects.
// The second and later lines can also be dashed, so colour is never the only difference.
const COLOURS = ['#1d4f91', '#a84300', '#2e6b30', '#6b3fa0'];

/**
 * A line chart over dates with a visible data table as its text alternative (the SVG is hidden from
 * assistive technology; the table carries the same numbers). Only this library imports ngx-charts.
 */
@Component({
  selector: 'gv-line-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // ngx-charts renders its own elements; our text colours and dashes must reach into them.
  encapsulation: ViewEncapsulation.None,
  imports: [LineChartModule],
  templateUrl: './line-chart.html',
  styleUrl: './line-chart.scss',
})
export class LineChart {
  readonly series = input.required<readonly LineChartSeries[]>();
  /** A short sentence saying what the chart shows; used for the figure and the table. */
  readonly caption = input.required<string>();
  readonly yLabel = input.required<string>();
  readonly xLabel = input('Dato');
  /** Heading of the table's column naming each point, e.g. "Måling". */
  readonly pointLabel = input('Punkt');
  /** Formats a value for the table and the y axis; Danish number format by default. */
  readonly formatValue = input<(value: number) => string>((value) => numberFormat.format(value));

  protected readonly colours = COLOURS;
  protected readonly plotted = computed(() =>
    this.series().map((s) => ({
      name: s.name,
      series: [...s.points]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((p) => ({ name: new Date(`${p.date}T00:00:00`), value: p.value })),
    })),
  );
  protected readonly scheme = computed<Color>(() => ({
    name: 'gevinst-lines',
    selectable: false,
    group: ScaleType.Ordinal,
    domain: this.series().map((_, i) => COLOURS[i % COLOURS.length]),
  }));
  /** d3 needs two different dates for a time axis; with fewer, only the table is shown. */
  protected readonly canPlot = computed(() => hasTimeSpan(this.series()));
  protected readonly rows = computed<LineChartTableRow[]>(() => tableRows(this.series()));
  protected readonly dashClasses = computed(() =>
    this.series()
      .map((s, i) => (s.dashed ? `gv-line-chart--dash-${i + 1}` : ''))
      .filter(Boolean)
      .join(' '),
  );
  protected readonly animate =
    typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;

  protected readonly formatDate = formatChartDate;
  protected readonly formatXTick = (value: Date): string => formatChartDate(value);
  protected readonly formatYTick = (value: number): string => this.formatValue()(value);
}
