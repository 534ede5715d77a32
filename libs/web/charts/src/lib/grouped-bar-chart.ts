import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import { ChartFigure } from './chart-figure';
import { type BarGroup, CHART_COLOURS, formatCompact, formatNumber, groupedSeries } from './chart-data';

/**
 * Bars side by side per group (e.g. planned and realised per year), in the series' order, with a legend in text,
 * a caption and a table alternative (one row per group, one column per series).
 */
@Component({
  selector: 'gv-grouped-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartModule, ChartFigure],
  template: `
    <gv-chart-figure [heading]="heading()" [caption]="caption()" [empty]="empty()" [emptyText]="emptyText()" [legend]="legend()" [(tableShown)]="tableShown">
      <div gvChartPlot class="gv-chart__fill">
        <ngx-charts-bar-vertical-2d
          [results]="series()"
          [scheme]="scheme()"
          [xAxis]="true"
          [yAxis]="true"
          [showYAxisLabel]="true"
          [yAxisLabel]="valueLabel()"
          [tooltipDisabled]="true"
          [roundDomains]="true"
          [noBarWhenZero]="true"
          [groupPadding]="12"
          [barPadding]="4"
          [animations]="animate"
          [yAxisTickFormatting]="formatTick"
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
          @for (group of series(); track group.name) {
            <tr>
              <th scope="row">{{ group.name }}</th>
              @for (bar of group.series; track bar.name) {
                <td class="gv-chart-table__number">{{ formatValue()(bar.value) }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </gv-chart-figure>
  `,
})
export class GroupedBarChart {
  readonly seriesNames = input.required<readonly string[]>();
  readonly groups = input.required<readonly BarGroup[]>();
  readonly heading = input.required<string>();
  readonly caption = input.required<string>();
  readonly groupLabel = input.required<string>();
  readonly valueLabel = input.required<string>();
  readonly formatValue = input<(value: number) => string>(formatNumber);
  readonly tableShown = model(false);
  readonly emptyText = input('Der er ingen tal at vise med de valgte filtre.');

  protected readonly empty = computed(() => this.groups().length === 0);

  protected readonly series = computed(() => groupedSeries(this.seriesNames(), this.groups()));
  private readonly colours = computed(() => this.seriesNames().map((_, i) => CHART_COLOURS[i % CHART_COLOURS.length]));
  protected readonly legend = computed(() => this.seriesNames().map((label, i) => ({ label, colour: this.colours()[i] })));
  protected readonly scheme = computed<Color>(() => ({ name: 'gevinst-grouped', selectable: false, group: ScaleType.Ordinal, domain: this.colours() }));
  protected readonly animate = typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;
  protected readonly formatTick = (value: number): string => formatCompact(value);
}
