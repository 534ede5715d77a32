import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';
import { ChartFigure } from './chart-figure';
import { type Stack, coloursFor, foldStacks, formatCompact, formatNumber, stackTable, stackedSeries } from './chart-data';

/**
 * Stacked bars: one bar per category (e.g. a year), one segment per stack (e.g. a paying department). At most
 * `maxStacks` segments are drawn (the rest as "Øvrige"); the table lists every stack with row and column totals.
 */
@Component({
  selector: 'gv-stacked-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartModule, ChartFigure],
  template: `
    <gv-chart-figure [heading]="heading()" [caption]="caption()" [empty]="empty()" [emptyText]="emptyText()" [legend]="legend()" [(tableShown)]="tableShown">
      <div gvChartPlot class="gv-chart__fill">
        <ngx-charts-bar-vertical-stacked
          [results]="series()"
          [scheme]="scheme()"
          [xAxis]="true"
          [yAxis]="true"
          [showYAxisLabel]="true"
          [yAxisLabel]="valueLabel()"
          [tooltipDisabled]="true"
          [roundDomains]="true"
          [noBarWhenZero]="true"
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
            <th scope="col">{{ stackLabel() }}</th>
            @for (category of categories(); track category) {
              <th scope="col" class="gv-chart-table__number">{{ category }}</th>
            }
            <th scope="col" class="gv-chart-table__number">I alt</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table().rows; track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (value of row.values; track $index) {
                <td class="gv-chart-table__number">{{ formatValue()(value) }}</td>
              }
              <td class="gv-chart-table__number">{{ formatValue()(row.total) }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">I alt</th>
            @for (value of table().totals; track $index) {
              <td class="gv-chart-table__number">{{ formatValue()(value) }}</td>
            }
            <td class="gv-chart-table__number">{{ formatValue()(table().total) }}</td>
          </tr>
        </tfoot>
      </table>
    </gv-chart-figure>
  `,
})
export class StackedBarChart {
  readonly categories = input.required<readonly string[]>();
  readonly stacks = input.required<readonly Stack[]>();
  readonly heading = input.required<string>();
  readonly caption = input.required<string>();
  /** Heading of the table's first column, e.g. "Betalende forvaltning". */
  readonly stackLabel = input.required<string>();
  readonly valueLabel = input.required<string>();
  readonly maxStacks = input(7);
  readonly formatValue = input<(value: number) => string>(formatNumber);
  readonly tableShown = model(false);
  readonly emptyText = input('Der er ingen tal at vise med de valgte filtre.');

  protected readonly empty = computed(() => this.categories().length === 0 || this.stacks().length === 0);

  private readonly drawn = computed(() => foldStacks(this.stacks(), this.categories().length, this.maxStacks()));
  protected readonly series = computed(() => stackedSeries(this.categories(), this.drawn()));
  protected readonly table = computed(() => stackTable(this.categories(), this.stacks()));
  private readonly colours = computed(() => coloursFor(this.drawn().map((s) => s.label)));
  protected readonly legend = computed(() => this.drawn().map((s, i) => ({ label: s.label, colour: this.colours()[i] })));
  protected readonly scheme = computed<Color>(() => ({ name: 'gevinst-stacked', selectable: false, group: ScaleType.Ordinal, domain: this.colours() }));
  protected readonly animate = typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;
  protected readonly formatTick = (value: number): string => formatCompact(value);
}
