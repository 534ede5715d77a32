import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { BubbleChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import { ChartFigure } from './chart-figure';
import { type BubblePoint, CHART_COLOURS, axisMax, bubbleSeries, formatCompact, formatNumber } from './chart-data';

/**
 * Bubbles on two measures with a third as their size (e.g. value × risk, size = budget), with a caption and a
 * table alternative listing every bubble with all three numbers.
 */
@Component({
  selector: 'gv-bubble-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BubbleChartModule, ChartFigure],
  template: `
    <gv-chart-figure [heading]="heading()" [caption]="caption()" [empty]="empty()" [emptyText]="emptyText()" [plotHeight]="340" [(tableShown)]="tableShown">
      <div gvChartPlot class="gv-chart__fill">
        <ngx-charts-bubble-chart
          [results]="series()"
          [scheme]="scheme"
          [xAxis]="true"
          [yAxis]="true"
          [showXAxisLabel]="true"
          [showYAxisLabel]="true"
          [xAxisLabel]="xLabel()"
          [yAxisLabel]="yLabel()"
          [xScaleMin]="0"
          [xScaleMax]="xMax()"
          [yScaleMin]="0"
          [yScaleMax]="yMax()"
          [minRadius]="4"
          [maxRadius]="18"
          [tooltipDisabled]="true"
          [animations]="animate"
          [xAxisTickFormatting]="formatTick"
          [yAxisTickFormatting]="formatTick"
        />
      </div>
      <table class="gv-data-table gv-chart-table">
        <caption>
          Tabel: {{ heading() }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ pointLabel() }}</th>
            <th scope="col" class="gv-chart-table__number">{{ xLabel() }}</th>
            <th scope="col" class="gv-chart-table__number">{{ yLabel() }}</th>
            <th scope="col" class="gv-chart-table__number">{{ sizeLabel() }}</th>
          </tr>
        </thead>
        <tbody>
          @for (point of points(); track point.key) {
            <tr>
              <th scope="row">{{ point.label }}</th>
              <td class="gv-chart-table__number">{{ formatX()(point.x) }}</td>
              <td class="gv-chart-table__number">{{ formatY()(point.y) }}</td>
              <td class="gv-chart-table__number">{{ formatSize()(point.size) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </gv-chart-figure>
  `,
})
export class BubbleChart {
  readonly points = input.required<readonly BubblePoint[]>();
  readonly heading = input.required<string>();
  readonly caption = input.required<string>();
  /** Heading of the table's first column, e.g. "Initiativ". */
  readonly pointLabel = input.required<string>();
  readonly xLabel = input.required<string>();
  readonly yLabel = input.required<string>();
  readonly sizeLabel = input.required<string>();
  /** Fixed upper ends of the axes (e.g. 100 for a score, 25 for a risk score); otherwise the data's maximum. */
  readonly xScaleMax = input<number | null>(null);
  readonly yScaleMax = input<number | null>(null);
  readonly formatX = input<(value: number) => string>(formatNumber);
  readonly formatY = input<(value: number) => string>(formatNumber);
  readonly formatSize = input<(value: number) => string>(formatNumber);
  readonly tableShown = model(false);
  readonly emptyText = input('Der er ingen tal at vise med de valgte filtre.');

  protected readonly empty = computed(() => this.points().length === 0);

  protected readonly series = computed(() => bubbleSeries(this.heading(), this.points()));
  protected readonly xMax = computed(() => this.xScaleMax() ?? axisMax(this.points().map((p) => p.x)));
  protected readonly yMax = computed(() => this.yScaleMax() ?? axisMax(this.points().map((p) => p.y)));
  protected readonly scheme: Color = { name: 'gevinst-bubbles', selectable: false, group: ScaleType.Ordinal, domain: [CHART_COLOURS[0]] };
  protected readonly animate = typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;
  protected readonly formatTick = (value: number): string => formatCompact(value);
}
