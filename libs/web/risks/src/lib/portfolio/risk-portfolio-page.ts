import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { type Params, RouterLink } from '@angular/router';
import {
  RISK_CATEGORY_LABELS,
  RISK_HANDLER_LABELS,
  RISK_LIMITS,
  RISK_STATUS_LABELS,
  type RiskHeatMap as HeatMapData,
  type RiskListItem,
} from '@gevinst/domain';
import { DepartmentsStore } from '@gevinst/web/departments';
import {
  ErrorBanner,
  LOADING,
  ListTable,
  type LoadState,
  PageHeader,
  describeApiError,
  injectUrlList,
  keptWhileLoading,
  toLoadState,
} from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { RiskOwnerOptions } from '../data-access/owner-options';
import { RisksApi } from '../data-access/risks-api';
import { RiskBandLegend } from '../heat-map/risk-band-legend';
import { RiskHeatMap } from '../heat-map/risk-heat-map';
import { type HeatMapCellFilter, describeCell, riskCount } from '../shared/heat-map-data';
import { RiskBandBadge } from '../shared/risk-band-badge';
import { RiskFiltersBar } from './risk-filters';
import { FILTER_KEYS, RISK_LIST, RISK_SORT, cellParams, riskStateToFilterQuery, riskStateToQuery } from './risk-list-state';

/**
 * /risici: the portfolio's live risks. Heat maps before and after mitigation (a cell links to its risks), and the
 * list, filtered, sorted and paged on the server; the URL is the single source of state.
 */
@Component({
  selector: 'gv-risk-portfolio-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatTableModule,
    MatSortModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
    ListTable,
    RiskFiltersBar,
    RiskHeatMap,
    RiskBandLegend,
    RiskBandBadge,
  ],
  templateUrl: './risk-portfolio-page.html',
  styleUrl: './risk-portfolio-page.scss',
})
export class RiskPortfolioPage {
  private readonly api = inject(RisksApi);
  protected readonly departments = inject(DepartmentsStore);
  protected readonly owners = toSignal(inject(RiskOwnerOptions).load(null), { initialValue: [] });

  protected readonly columns = [
    'initiative',
    'number',
    'title',
    'category',
    'score',
    'residualScore',
    'handler',
    'owner',
    'status',
    'identifiedOn',
    'lastReviewedOn',
    'actions',
  ];
  protected readonly staleDays = RISK_LIMITS.staleDays;
  protected readonly describeApiError = describeApiError;
  protected readonly describeCell = describeCell;
  protected readonly riskCount = riskCount;

  /** "Prøv igen" fetches the list and the heat maps again. */
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly list = injectUrlList({
    codec: RISK_LIST,
    fetch: (state) => this.api.search(riskStateToQuery(state)),
    refresh: this.retry$,
  });
  protected readonly filters = this.list.select(...FILTER_KEYS);

  protected readonly heatMapLoad = toSignal(
    combineLatest([
      this.list.state$.pipe(
        map(riskStateToFilterQuery),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      ),
      this.retry$,
    ]).pipe(switchMap(([query]) => this.api.heatMap(query).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<HeatMapData> },
  );
  protected readonly heatMap = linkedSignal({ source: this.heatMapLoad, computation: keptWhileLoading<HeatMapData> });
  /** A cell's link keeps the other filters. */
  protected readonly cellLink = computed(() => {
    const state = this.list.state();
    return (cell: HeatMapCellFilter): Params => cellParams(state, cell);
  });

  // mat-table's row context is untyped; these keep the lookups type-checked.
  protected categoryLabel(row: RiskListItem): string {
    return RISK_CATEGORY_LABELS[row.category];
  }

  protected handlerLabel(row: RiskListItem): string {
    return row.handler ? RISK_HANDLER_LABELS[row.handler] : 'Ikke angivet';
  }

  protected statusLabel(row: RiskListItem): string {
    return RISK_STATUS_LABELS[row.status];
  }

  protected clearCell(): void {
    this.list.navigate({ cell: null, page: 1 });
  }

  protected sortChange(sort: Sort): void {
    this.list.navigate({ sort: RISK_SORT.fromHeader(sort), page: 1 });
  }

  protected retry(): void {
    this.retry$.next();
  }
}
