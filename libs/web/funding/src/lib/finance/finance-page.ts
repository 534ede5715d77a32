import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { FUNDING_CATEGORY_LABELS, FUNDING_SOURCE_LABELS, type FinanceOverview } from '@gevinst/domain';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { FundingApi } from '../data-access/funding-api';
import { FinanceNav } from '../shared/finance-nav';
import { formatHours, formatKroner } from '../shared/money';
import { FinanceFiltersBar } from './finance-filters';
import { departmentYearTable, sourceCategoryTable, yearSummary } from './finance-pivot';
import {
  type FinanceState,
  describeFinanceFilters,
  financeStateFromParams,
  financeStateToParams,
  financeStateToQuery,
  sameFinanceState,
} from './finance-state';

/**
 * /finansiering: the funding plans of the portfolio pivoted by paying department and year, by source and category,
 * and per year next to the planned benefits; the filters live in the URL and the exports carry the same filters.
 */
@Component({
  selector: 'gv-finance-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, PageHeader, ErrorBanner, FinanceNav, FinanceFiltersBar],
  templateUrl: './finance-page.html',
  styleUrl: './finance-page.scss',
})
export class FinancePage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(FundingApi);
  protected readonly departments = inject(DepartmentsStore);

  protected readonly kroner = formatKroner;
  protected readonly hours = formatHours;
  protected readonly sourceLabels = FUNDING_SOURCE_LABELS;
  protected readonly categoryLabels = FUNDING_CATEGORY_LABELS;
  protected readonly describeApiError = describeApiError;

  private readonly state$ = this.route.queryParamMap.pipe(map(financeStateFromParams), distinctUntilChanged(sameFinanceState));
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly state = toSignal(this.state$, { requireSync: true });

  protected readonly load = toSignal(
    combineLatest([this.state$, this.retry$]).pipe(switchMap(([state]) => this.api.financeOverview(financeStateToQuery(state)).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<FinanceOverview> },
  );
  /** The last overview received; kept while the next one loads so the tables do not flicker. */
  protected readonly overview = linkedSignal<LoadState<FinanceOverview>, FinanceOverview | null>({
    source: this.load,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });

  protected readonly byDepartment = computed(() => {
    const overview = this.overview();
    return overview ? departmentYearTable(overview) : null;
  });
  protected readonly bySource = computed(() => {
    const overview = this.overview();
    return overview ? sourceCategoryTable(overview) : null;
  });
  protected readonly byYear = computed(() => {
    const overview = this.overview();
    return overview ? yearSummary(overview) : null;
  });

  protected readonly filterText = computed(() => {
    const state = this.state();
    const name = state.departmentId ? (this.departments.names().get(state.departmentId) ?? null) : null;
    return describeFinanceFilters(state, name);
  });
  protected readonly xlsxUrl = computed(() => this.api.exportUrl('xlsx', financeStateToQuery(this.state())));
  protected readonly csvUrl = computed(() => this.api.exportUrl('csv', financeStateToQuery(this.state())));

  protected applyFilters(filters: FinanceState): void {
    if (sameFinanceState(filters, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: financeStateToParams(filters) });
  }

  protected retry(): void {
    this.retry$.next();
  }
}
