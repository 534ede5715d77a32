import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import { ChartFigure } from './chart-figure';
import { type CategoryDatum, CHART_COLOURS, categorySeries, formatNumber } from './chart-data';

/**
 * One value per category as bars (vertical, or horizontal for long category names), with a caption and a table
 * alternative (see ChartFigure). Only this library imports ngx-charts.
 */
@Component({
  selector: 'gv-category-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartModule, ChartFigure],
  template: `
    <gv-chart-figure [heading]="heading()" [caption]="caption()" [empty]="empty()" [emptyText]="emptyText()" [plotHeight]="height()" [(tableShown)]="tableShown">
      <div gvChartPlot class="gv-chart__fill">
        @if (orientation() === 'horizontal') {
          <ngx-charts-bar-horizontal
            [results]="series()"
            [scheme]="scheme"
            [xAxis]="true"
            [yAxis]="true"
            [showXAxisLabel]="true"
            [xAxisLabel]="valueLabel()"
            [tooltipDisabled]="true"
            [roundDomains]="true"
            [noBarWhenZero]="false"
            [animations]="animate"
            [xAxisTickFormatting]="formatTick"
            [maxYAxisTickLength]="28"
          />
        } @else {
          <ngx-charts-bar-vertical
            [results]="series()"
            [scheme]="scheme"
            [xAxis]="true"
            [yAxis]="true"
            [showYAxisLabel]="true"
            [yAxisLabel]="valueLabel()"
            [tooltipDisabled]="true"
            [roundDomains]="true"
            [noBarWhenZero]="false"
            [animations]="animate"
            [yAxisTickFormatting]="formatTick"
          />
        }
      </div>
      <table class="gv-data-table gv-chart-table">
        <caption>
          Tabel: {{ heading() }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ categoryLabel() }}</th>
            <th scope="col" class="gv-chart-table__number">{{ valueLabel() }}</th>
          </tr>
        </thead>
        <tbody>
          @for (datum of data(); track datum.label) {
            <tr>
              <th scope="row">{{ datum.label }}</th>
              <td class="gv-chart-table__number">{{ formatValue()(datum.value) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </gv-chart-figure>
  `,
})
export class CategoryBarChart {
  readonly data = input.required<readonly CategoryDatum[]>();
  readonly heading = input.required<string>();
  readonly caption = input.required<string>();
  readonly categoryLabel = input.required<string>();
  readonly valueLabel = input.required<string>();
  readonly orientation = input<'vertical' | 'horizontal'>('vertical');
  /** Whole counts by default: ticks without fractions. */
  readonly formatValue = input<(value: number) => string>(formatNumber);
  readonly tableShown = model(false);
  readonly emptyText = input('Der er ingen tal at vise med de valgte filtre.');

  protected readonly empty = computed(() => this.data().length === 0);

  protected readonly series = computed(() => categorySeries(this.data()));
  protected readonly height = computed(() => (this.orientation() === 'horizontal' ? Math.max(200, 40 + this.data().length * 28) : 300));
  protected readonly scheme: Color = { name: 'gevinst', selectable: false, group: ScaleType.Ordinal, domain: [CHART_COLOURS[0]] };
  protected readonly animate = typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;
  protected readonly formatTick = (value: number): string => (Number.isInteger(value) ? this.formatValue()(value) : '');
}
