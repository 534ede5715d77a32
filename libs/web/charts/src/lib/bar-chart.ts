import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { BarChartModule, type Color, ScaleType } from '@swimlane/ngx-charts';

/** One bar: a category label and its value. */
export interface BarChartDatum {
  label: string;
  value: number;
}

const numberFormat = new Intl.NumberFormat('da-DK');

// Dark blue on white: 7:1, well above the 3:1 WCAG asks of graphical objects.
const BAR_SCHEME: Color = { name: 'gevinst', selectable: false, group: ScaleType.Ordinal, domain: ['#1d4f91'] };

/**
 * A vertical bar chart with a visible data table as its text alternative. The SVG is hidden
 * from assistive technology because the table carries the same numbers in an accessible form.
 * This library is the only place that imports ngx-charts, so a later swap touches one folder.
 */
@Component({
  selector: 'gv-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // ngx-charts renders its own elements; our text colours must reach into them.
  encapsulation: ViewEncapsulation.None,
  imports: [BarChartModule],
  template: `
    <figure class="gv-bar-chart">
      <figcaption class="gv-bar-chart__caption">{{ caption() }}</figcaption>
      <div class="gv-bar-chart__plot" aria-hidden="true">
        <ngx-charts-bar-vertical
          [results]="series()"
          [scheme]="scheme"
          [xAxis]="true"
          [yAxis]="true"
          [showXAxisLabel]="true"
          [showYAxisLabel]="true"
          [xAxisLabel]="xLabel()"
          [yAxisLabel]="yLabel()"
          [tooltipDisabled]="true"
          [roundDomains]="true"
          [noBarWhenZero]="false"
          [animations]="animate"
          [yAxisTickFormatting]="formatTick"
        />
      </div>
      <table class="gv-data-table gv-bar-chart__table">
        <caption>
          Tabel: {{ caption() }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ xLabel() }}</th>
            <th scope="col">{{ yLabel() }}</th>
          </tr>
        </thead>
        <tbody>
          @for (datum of data(); track datum.label) {
            <tr>
              <th scope="row">{{ datum.label }}</th>
              <td>{{ format(datum.value) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </figure>
  `,
  styleUrl: './bar-chart.scss',
})
export class BarChart {
  readonly data = input.required<readonly BarChartDatum[]>();
  readonly xLabel = input.required<string>();
  readonly yLabel = input.required<string>();
  /** A short sentence saying what the chart shows; used for the figure and the table. */
  readonly caption = input.required<string>();

  protected readonly series = computed(() => this.data().map((d) => ({ name: d.label, value: d.value })));
  protected readonly scheme = BAR_SCHEME;
  protected readonly animate =
    typeof matchMedia !== 'function' || !matchMedia('(prefers-reduced-motion: reduce)').matches;

  protected readonly format = (value: number): string => numberFormat.format(value);
  // Counts are whole numbers: hide the fractional ticks d3 adds for small maxima.
  protected readonly formatTick = (value: number): string => (Number.isInteger(value) ? numberFormat.format(value) : '');
}
