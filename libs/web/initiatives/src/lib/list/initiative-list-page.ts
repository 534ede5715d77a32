import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  INITIATIVE_SORT_FIELDS,
  type InitiativeSortField,
  type InitiativeSummary,
  PHASE_LABELS,
  type Page,
  SIZE_CLASS_LABELS,
} from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { InitiativesApi } from '../data-access/initiatives-api';
import { InitiativeFiltersBar } from './initiative-filters';
import {
  type InitiativeFilters,
  type InitiativeListState,
  PAGE_SIZE_OPTIONS,
  listStateFromParams,
  listStateToParams,
  listStateToQuery,
  sameListState,
} from './initiative-list-state';

const isSortField = (value: string): value is InitiativeSortField =>
  (INITIATIVE_SORT_FIELDS as readonly string[]).includes(value);

/** /initiativer: server-side filtered, sorted and paged list; the URL is the single source of state. */
@Component({
  selector: 'gv-initiative-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
    InitiativeFiltersBar,
  ],
  templateUrl: './initiative-list-page.html',
  styleUrl: './initiative-list-page.scss',
})
export class InitiativeListPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(InitiativesApi);
  protected readonly departments = inject(DepartmentsStore);
  private readonly auth = inject(AuthStore);
  protected readonly canCreate = computed(() => this.auth.canSometimes('initiative.create'));

  protected readonly columns = ['code', 'title', 'phase', 'leadDepartment', 'sizeClass', 'plannedStart', 'plannedEnd'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly describeApiError = describeApiError;

  private readonly state$ = this.route.queryParamMap.pipe(map(listStateFromParams), distinctUntilChanged(sameListState));
  private readonly retry$ = new BehaviorSubject<void>(undefined);

  protected readonly state = toSignal(this.state$, { requireSync: true });
  protected readonly filters = computed<InitiativeFilters>(
    () => {
      const { q, phases, departmentId, includeArchived } = this.state();
      return { q, phases, departmentId, includeArchived };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  protected readonly load = toSignal(
    combineLatest([this.state$, this.retry$]).pipe(
      switchMap(([state]) => this.api.list(listStateToQuery(state)).pipe(toLoadState())),
    ),
    { initialValue: LOADING as LoadState<Page<InitiativeSummary>> },
  );

  /** The last page received; kept while the next one loads so the table does not flicker. */
  protected readonly page = linkedSignal<LoadState<Page<InitiativeSummary>>, Page<InitiativeSummary> | null>({
    source: this.load,
    computation: (load, previous) =>
      load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null,
  });
  protected readonly rows = computed(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);

  constructor() {
    // A bookmarked page past the end (the list has shrunk): go to the last page that has rows.
    effect(() => {
      const load = this.load();
      if (load.status !== 'loaded' || load.value.items.length > 0 || load.value.total === 0) return;
      const lastPage = Math.max(1, Math.ceil(load.value.total / this.state().pageSize));
      if (this.state().page > lastPage) this.navigate({ page: lastPage }, true);
    });
  }

  // mat-table's row context is untyped; these keep the label lookups type-checked.
  protected phaseLabel(row: InitiativeSummary): string {
    return PHASE_LABELS[row.phase];
  }

  protected sizeLabel(row: InitiativeSummary): string {
    return SIZE_CLASS_LABELS[row.sizeClass];
  }

  protected applyFilters(filters: InitiativeFilters): void {
    this.navigate({ ...filters, page: 1 });
  }

  protected sortChange(sort: Sort): void {
    const field = sort.direction && isSortField(sort.active) ? sort.active : null;
    this.navigate({ sort: field, direction: sort.direction === 'desc' ? 'desc' : 'asc', page: 1 });
  }

  protected pageChange(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.retry$.next();
  }

  private navigate(change: Partial<InitiativeListState>, replaceUrl = false): void {
    const next = { ...this.state(), ...change };
    if (sameListState(next, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: listStateToParams(next), replaceUrl });
  }
}
