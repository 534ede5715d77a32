import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import {
  type Page,
  RISK_CATEGORY_LABELS,
  RISK_HANDLER_LABELS,
  RISK_LIMITS,
  RISK_SORT_FIELDS,
  RISK_STATUS_LABELS,
  type RiskHeatMap as HeatMapData,
  type RiskListItem,
  type RiskSortField,
} from '@gevinst/domain';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { RiskOwnerOptions } from '../data-access/owner-options';
import { RisksApi } from '../data-access/risks-api';
import { RiskBandLegend } from '../heat-map/risk-band-legend';
import { RiskHeatMap } from '../heat-map/risk-heat-map';
import { type HeatMapCellFilter, describeCell, riskCount } from '../shared/heat-map-data';
import { RiskBandBadge } from '../shared/risk-band-badge';
import { RiskFiltersBar } from './risk-filters';
import {
  DEFAULT_DIRECTION,
  DEFAULT_SORT,
  PAGE_SIZE_OPTIONS,
  type RiskFilters,
  type RiskListState,
  cellParams,
  riskStateFromParams,
  riskStateToFilterQuery,
  riskStateToParams,
  riskStateToQuery,
  sameRiskState,
} from './risk-list-state';

const isSortField = (value: string): value is RiskSortField => (RISK_SORT_FIELDS as readonly string[]).includes(value);

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
    MatPaginatorModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
    RiskFiltersBar,
    RiskHeatMap,
    RiskBandLegend,
    RiskBandBadge,
  ],
  templateUrl: './risk-portfolio-page.html',
  styleUrl: './risk-portfolio-page.scss',
})
export class RiskPortfolioPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
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
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly staleDays = RISK_LIMITS.staleDays;
  protected readonly describeApiError = describeApiError;
  protected readonly describeCell = describeCell;
  protected readonly riskCount = riskCount;

  private readonly state$ = this.route.queryParamMap.pipe(map(riskStateFromParams), distinctUntilChanged(sameRiskState));
  private readonly retry$ = new BehaviorSubject<void>(undefined);

  protected readonly state = toSignal(this.state$, { requireSync: true });
  protected readonly filters = computed<RiskFilters>(
    () => {
      const { bands, categories, handlers, ownerUserId, departmentId, overdueActions, notReviewedDays } = this.state();
      return { bands, categories, handlers, ownerUserId, departmentId, overdueActions, notReviewedDays };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  protected readonly load = toSignal(
    combineLatest([this.state$, this.retry$]).pipe(switchMap(([state]) => this.api.search(riskStateToQuery(state)).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<Page<RiskListItem>> },
  );

  protected readonly heatMapLoad = toSignal(
    combineLatest([
      this.state$.pipe(
        map(riskStateToFilterQuery),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      ),
      this.retry$,
    ]).pipe(switchMap(([query]) => this.api.heatMap(query).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<HeatMapData> },
  );

  /** The last page received; kept while the next one loads so the table does not flicker. */
  protected readonly page = linkedSignal<LoadState<Page<RiskListItem>>, Page<RiskListItem> | null>({
    source: this.load,
    computation: (load, previous) =>
      load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null,
  });
  protected readonly heatMap = linkedSignal<LoadState<HeatMapData>, HeatMapData | null>({
    source: this.heatMapLoad,
    computation: (load, previous) =>
      load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null,
  });
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  /** A cell's link keeps the other filters. */
  protected readonly cellLink = computed(() => {
    const state = this.state();
    return (cell: HeatMapCellFilter): Params => cellParams(state, cell);
  });

  constructor() {
    // A bookmarked page past the end (the list has shrunk): go to the last page that has rows.
    effect(() => {
      const load = this.load();
      if (load.status !== 'loaded' || load.value.items.length > 0 || load.value.total === 0) return;
      const lastPage = Math.max(1, Math.ceil(load.value.total / this.state().pageSize));
      if (this.state().page > lastPage) this.navigate({ page: lastPage }, true);
    });
  }

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

  protected applyFilters(filters: RiskFilters): void {
    this.navigate({ ...filters, page: 1 });
  }

  protected clearCell(): void {
    this.navigate({ cell: null, page: 1 });
  }

  protected sortChange(sort: Sort): void {
    // A third click clears Material's sort: back to the default, highest score first.
    const field = sort.direction && isSortField(sort.active) ? sort.active : DEFAULT_SORT;
    const direction = sort.direction ? sort.direction : DEFAULT_DIRECTION;
    this.navigate({ sort: field, direction, page: 1 });
  }

  protected pageChange(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.retry$.next();
  }

  private navigate(change: Partial<RiskListState>, replaceUrl = false): void {
    const next = { ...this.state(), ...change };
    if (sameRiskState(next, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: riskStateToParams(next), replaceUrl });
  }
}
