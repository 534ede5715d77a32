import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import type { PortfolioOverview, SteeringGroup, StrategicGoal } from '@gevinst/domain';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, LOADING, type LoadState, PageHeader, Today, describeApiError, loadedValue, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { DashboardApi } from './data-access/dashboard-api';
import { DashboardCharts } from './dashboard-charts';
import { DashboardFiltersBar } from './dashboard-filters';
import {
  type DashboardFilters,
  describeFilters,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  sameFilters,
  treeOptions,
} from './dashboard-state';
import { type DrilldownData, DrilldownDialog } from './drilldown-dialog';
import { type DrillRequest, KeyFigures } from './key-figures';

/**
 * /overblik: the management dashboard the directorate runs a portfolio review from. Key figures that each drill
 * down to the list behind them, charts with table alternatives (loaded after the figures), filters in the URL that
 * apply to everything at once, and a print layout for A4 landscape that states the filters in words.
 */
@Component({
  selector: 'gv-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The print rules must reach the app shell (navigation, header, footer) while this page is shown.
  encapsulation: ViewEncapsulation.None,
  imports: [MatButtonModule, MatProgressBarModule, PageHeader, ErrorBanner, DashboardFiltersBar, KeyFigures, DashboardCharts],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(DashboardApi);
  private readonly dialog = inject(MatDialog);
  private readonly departments = inject(DepartmentsStore);
  private readonly today = inject(Today);
  protected readonly describeApiError = describeApiError;

  private readonly filters$ = this.route.queryParamMap.pipe(map(filtersFromParams), distinctUntilChanged(sameFilters));
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly filters = toSignal(this.filters$, { requireSync: true });

  protected readonly load = toSignal(
    combineLatest([this.filters$, this.retry$]).pipe(switchMap(([filters]) => this.api.overview(filtersToQuery(filters)).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<PortfolioOverview> },
  );
  /** The last overview received; kept while the next loads, so the page does not jump on every filter change. */
  protected readonly overview = linkedSignal<LoadState<PortfolioOverview>, PortfolioOverview | null>({
    source: this.load,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });

  private readonly steeringGroups = toSignal(this.api.steeringGroups().pipe(toLoadState()), { initialValue: LOADING as LoadState<SteeringGroup[]> });
  private readonly strategicGoals = toSignal(this.api.strategicGoals().pipe(toLoadState()), { initialValue: LOADING as LoadState<StrategicGoal[]> });
  protected readonly departmentOptions = computed(() => this.departments.options());
  protected readonly groupOptions = computed(() => treeOptions(loadedValue(this.steeringGroups()) ?? []));
  protected readonly goalOptions = computed(() => loadedValue(this.strategicGoals()) ?? []);
  protected readonly pickersFailed = computed(
    () => this.steeringGroups().status === 'failed' || this.strategicGoals().status === 'failed' || this.departments.state().status === 'failed',
  );

  protected readonly shownYear = computed(() => this.filters().year ?? this.overview()?.query.year ?? this.today.year());
  protected readonly filterText = computed(() => {
    const filters = this.filters();
    return describeFilters(
      filters,
      {
        department: filters.departmentId ? this.departments.names().get(filters.departmentId) : null,
        steeringGroup: this.groupOptions().find((g) => g.id === filters.steeringGroupId)?.name,
        strategicGoal: this.goalOptions().find((g) => g.id === filters.strategicGoalId)?.title,
      },
      this.shownYear(),
    );
  });
  protected readonly printedAt = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long' }).format(this.today.date());

  protected readonly allTables = signal(false);

  protected applyFilters(filters: DashboardFilters): void {
    if (sameFilters(filters, this.filters())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: filtersToParams(filters) });
  }

  protected openDrill(request: DrillRequest): void {
    const data: DrilldownData = { request, query: filtersToQuery(this.filters()), filterText: this.filterText() };
    this.dialog.open(DrilldownDialog, { data, width: '720px', maxWidth: '95vw', autoFocus: 'dialog' });
  }

  protected retry(): void {
    this.retry$.next();
  }

  protected print(): void {
    window.print();
  }
}
