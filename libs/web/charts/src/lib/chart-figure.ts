import { ChangeDetectionStrategy, Component, ViewEncapsulation, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

let nextId = 0;

/** A swatch and a name: the chart's legend in text. */
export interface LegendEntry {
  label: string;
  colour: string;
  /** A line chart's entry: the swatch is a short line in this pattern instead of a square. */
  line?: LinePattern;
}

/** How a line is drawn, so lines differ by more than colour. */
export type LinePattern = 'solid' | 'dashed' | 'dotted';

/**
 * The frame every chart of this library shares: a heading and a short Danish caption saying what the chart shows
 * (the figure's accessible name), a legend in text, the plot (hidden from assistive technology) and its table
 * alternative behind a "Vis tabel" toggle. The table carries the same numbers, so the chart is never the only
 * carrier of meaning; the toggle says whether it is expanded and which table it controls.
 */
@Component({
  selector: 'gv-chart-figure',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [MatButtonModule],
  template: `
    <figure class="gv-chart" [attr.aria-labelledby]="id + '-heading'" [attr.aria-describedby]="id + '-caption'">
      <figcaption class="gv-chart__caption">
        <h3 class="gv-chart__heading" [id]="id + '-heading'">{{ heading() }}</h3>
        <p class="gv-chart__description" [id]="id + '-caption'">{{ caption() }}</p>
      </figcaption>
      @if (empty()) {
        <p class="gv-chart__empty">{{ emptyText() }}</p>
      } @else {
        @if (legend().length > 0) {
          <ul class="gv-chart__legend" aria-label="Signaturforklaring">
            @for (entry of legend(); track entry.label) {
              <li>
                @if (entry.line) {
                  <span class="gv-chart__swatch gv-chart__swatch--line" [class]="'gv-chart__swatch--' + entry.line" [style.border-top-color]="entry.colour" aria-hidden="true"></span>
                } @else {
                  <span class="gv-chart__swatch" [style.background]="entry.colour" aria-hidden="true"></span>
                }
                {{ entry.label }}
              </li>
            }
          </ul>
        }
        <div class="gv-chart__plot" [style.height.px]="plotHeight()" aria-hidden="true">
          <ng-content select="[gvChartPlot]" />
        </div>
        <button
          mat-button
          type="button"
          class="gv-chart__toggle"
          [attr.aria-expanded]="tableShown()"
          [attr.aria-controls]="id + '-table'"
          (click)="tableShown.set(!tableShown())"
        >
          {{ tableShown() ? 'Skjul tabel' : 'Vis tabel' }}<span class="cdk-visually-hidden">: {{ heading() }}</span>
        </button>
        <!-- A wide table scrolls sideways; the scroll box is focusable (and named) so the keyboard can scroll it. -->
        <div
          class="gv-chart__table-wrap"
          role="region"
          tabindex="0"
          [attr.aria-label]="'Tabel: ' + heading()"
          [id]="id + '-table'"
          [hidden]="!tableShown()"
        >
          <ng-content select="table" />
        </div>
      }
    </figure>
  `,
  styleUrl: './chart-figure.scss',
})
export class ChartFigure {
  readonly heading = input.required<string>();
  /** A short sentence saying what the chart shows. */
  readonly caption = input.required<string>();
  readonly legend = input<readonly LegendEntry[]>([]);
  readonly plotHeight = input(300);
  /** Nothing to draw: the caption and this text only. */
  readonly empty = input(false);
  readonly emptyText = input('Der er ingen tal at vise med de valgte filtre.');
  /** Whether the table alternative is shown; two-way bindable so a page can show every table at once. */
  readonly tableShown = model(false);

  protected readonly id = `gv-chart-${++nextId}`;
}
