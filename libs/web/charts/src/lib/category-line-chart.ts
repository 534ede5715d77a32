import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input, model } from '@angular/core';
import { type Color, LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import { ChartFigure, type LinePattern } from './chart-figure';
import { type BarGroup, CHART_COLOURS, categoryLineSeries, formatCompact, formatNumber } from './chart-data';

/**
 * Lines over categories such as years (e.g. the cumulative cash of three scenarios), drawn in colour and in a pattern
 * per line, with a legend in text, a caption and a table alternative (one row per category, one column per series).
 * The figure is named by its heading and described by the caption, which should sum up what the lines show.
 */
@Component({
  selector: 'gv-category-line-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // ngx-charts renders its own elements; the line patterns must reach into them.
  encapsulation: ViewEncapsulation.None,
  imports: [LineChartModule, ChartFigure],
  template: `
    <gv-chart-figure [heading]="heading()" [caption]="caption()" [empty]="empty()" [emptyText]="emptyText()" [legend]="legend()" [(tableShown)]="tableShown">
      <div gvChartPlot class="gv-chart__fill gv-category-line-chart" [class]="patternClasses()">
        <ngx-charts-line-chart
          [results]="series()"
          [scheme]="scheme()"
          [xAxis]="true"
          [yAxis]="true"
          [showXAxisLabel]="false"
          [showYAxisLabel]="true"
          [yAxisLabel]="valueLabel()"
          [tooltipDisabled]="true"
          [roundDomains]="true"
          [animations]="animate"
          [yAxisTickFormatting]="formatTick()"
          [referenceLines]="zeroLine() ? zeroReference : []"
          [showRefLines]="zeroLine()"
          [showRefLabels]="false"
        />
      </div>
      <table class="gv-data-table gv-chart-table">
        <caption>
          Tabel: {{ heading() }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ groupLabel() }}</th>
            @for (name of seriesNames(); track name) {
              <th scope="col" class="gv-chart-table__number">{{ name }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (value of row.values; track $index) {
                <td class="gv-chart-table__number">{{ formatValue()(value) }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </gv-chart-figure>
  `,
  styleUrl: './category-line-chart.scss',
})
export class CategoryLineChart {
  readonly seriesNames = input.required<readonly string[]>();
  /** One group per category, in order; its values follow seriesNames. */
  readonly groups = input.required<readonly BarGroup[]>();
  readonly heading = input.required<string>();
  /** A sentence or two summing up what the lines show: the figure's description. */
  readonly caption = input.required<string>();
  readonly groupLabel = input.required<string>();
  readonly valueLabel = input.required<string>();
  /** How each line is drawn, by series; solid where left out. */
  readonly patterns = input<readonly LinePattern[]>([]);
  readonly formatValue = input<(value: number) => string>(formatNumber);
  readonly formatTick = input<(value: number) => string>(formatCompact);
  /** Draw a line at 0, e.g. where a cumulative sum turns from loss to gain. */
  readonly zeroLine = input(false);
  readonly tableShown = model(false);
  readonly emptyText = input('Der er ingen tal at vise.');

  protected readonly zeroReference = [{ name: '0', value: 0 }];

  protected readonly empty = computed(() => this.groups().length === 0);
  protected readonly series = computed(() => categoryLineSeries(this.seriesNames(), this.groups()));
  /** The table: the same values as the lines, a missing one as 0. */
  protected readonly rows = computed(() =>
    this.groups().map((group) => ({ label: group.label, values: this.seriesNames().map((_, i) => group.values[i] ?? 0) })),
  );
  private readonly colours = computed(() => this.seriesNames().map((_, i) => CHART_COLOURS[i % CHART_COLOURS.length]));
  private readonly patternOf = (i: number): LinePattern => this.patterns()[i] ?? 'solid';
  protected readonly legend = computed(() =>
    this.seriesNames().map((label, i) => ({ label, colour: this.colours()[i], line: this.patternOf(i) })),
  );
  protected readonly scheme = computed<Color>(() => ({ name: 'gevinst-lines', selectable: false, group: ScaleType.Ordinal, domain: this.colours() }));
  /** Series are sibling groups in ngx-charts' plot; a line's pattern is set by its position (see the stylesheet). */
  protected readonly patternClasses = computed(() =>
    this.seriesNames()
      .map((_, i) => this.patternOf(i))
      .map((pattern, i) => (pattern === 'solid' ? '' : `gv-category-line-chart--${pattern}-${i + 1}`))
      .filter(Boolean)
      .join(' '),
  );
  protected readonly animate = typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;
}
