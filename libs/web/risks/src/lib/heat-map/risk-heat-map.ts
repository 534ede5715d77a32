import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type Params, RouterLink } from '@angular/router';
import { type HeatMapCell, type HeatMapMatrix, RISK_BAND_LABELS, RISK_SCALE } from '@gevinst/domain';
import { type HeatMapCellFilter, type HeatMapGridCell, heatMapGrid } from '../shared/heat-map-data';

/**
 * The 5×5 risk matrix as a table: probability down the side (5 at the top), consequence along the top. It is its
 * own text alternative: every cell is a table cell with its headers, and a cell with risks is a button (`toggle`:
 * the parent filters its list) or a link (`link`: the page navigates with the cell in the URL).
 * Each cell names its band in text; the colours only add to it.
 */
@Component({
  selector: 'gv-risk-heat-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './risk-heat-map.html',
  styleUrl: './risk-heat-map.scss',
})
export class RiskHeatMap {
  readonly cells = input.required<readonly HeatMapCell[]>();
  readonly matrix = input.required<HeatMapMatrix>();
  readonly caption = input.required<string>();
  /** The cell now chosen as a filter (shown pressed / current). */
  readonly selected = input<HeatMapCellFilter | null>(null);
  readonly mode = input<'toggle' | 'link'>('toggle');
  /** For `link`: the query parameters of a cell's link. */
  readonly queryParamsFor = input<(cell: HeatMapCellFilter) => Params>(() => ({}));
  /** For `toggle`: a cell with risks was activated. */
  readonly cellSelect = output<HeatMapCellFilter>();

  protected readonly consequences = RISK_SCALE;
  protected readonly bandLabels = RISK_BAND_LABELS;
  protected readonly rows = computed(() => heatMapGrid(this.cells()));

  protected isSelected(cell: HeatMapGridCell): boolean {
    const selected = this.selected();
    return (
      selected !== null &&
      selected.matrix === this.matrix() &&
      selected.probability === cell.probability &&
      selected.consequence === cell.consequence
    );
  }

  protected filterOf(cell: HeatMapGridCell): HeatMapCellFilter {
    return { matrix: this.matrix(), probability: cell.probability, consequence: cell.consequence };
  }

  protected suffix(count: number): string {
    return count === 1 ? ' risiko' : ' risici';
  }
}
