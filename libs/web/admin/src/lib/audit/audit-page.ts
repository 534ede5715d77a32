import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AuditEntry, Page, UserSummary } from '@gevinst/domain';
import {
  AUDIT_ACTION_LABELS,
  AuditChanges,
  type DescribedAuditEntry,
  auditTableLabel,
  describeAuditEntry,
} from '@gevinst/web/audit';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, catchError, combineLatest, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { AuditApi } from '../data-access/audit-api';
import { UsersApi } from '../data-access/users-api';
import { AuditFiltersBar } from './audit-filters';
import {
  AUDIT_PAGE_SIZE_OPTIONS,
  type AuditFilters,
  type AuditListState,
  auditStateFromParams,
  auditStateToParams,
  auditStateToQuery,
  sameAuditState,
} from './audit-list-state';

interface AuditRow {
  entry: AuditEntry;
  table: string;
  action: string;
  described: DescribedAuditEntry;
  /** The initiative page for rows of an initiative (and its involved departments). */
  initiativeLink: string[] | null;
}

const INITIATIVE_TABLES = new Set(['initiative', 'initiative_department']);
const byName = (a: UserSummary, b: UserSummary) => a.name.localeCompare(b.name, 'da');

/** /admin/historik: every recorded change in the organisation, filtered and paged on the server. */
@Component({
  selector: 'gv-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
    AuditFiltersBar,
    AuditChanges,
  ],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
})
export class AuditPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(AuditApi);
  private readonly departments = inject(DepartmentsStore);

  protected readonly columns = ['at', 'actor', 'table', 'action', 'rowId', 'changes'];
  protected readonly pageSizeOptions = AUDIT_PAGE_SIZE_OPTIONS;
  protected readonly describeApiError = describeApiError;

  private readonly state$ = this.route.queryParamMap.pipe(map(auditStateFromParams), distinctUntilChanged(sameAuditState));
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly state = toSignal(this.state$, { requireSync: true });
  protected readonly filters = computed<AuditFilters>(
    () => {
      const { tableName, actorId, rowId, from, to } = this.state();
      return { tableName, actorId, rowId, from, to };
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  /** For the "Hvem" filter and for naming project leads in the changes; the log works without it. */
  protected readonly users = toSignal(
    inject(UsersApi)
      .list()
      .pipe(
        map((users) => [...users].sort(byName)),
        catchError(() => of<UserSummary[]>([])),
      ),
    { initialValue: [] as UserSummary[] },
  );

  protected readonly load = toSignal(
    combineLatest([this.state$, this.retry$]).pipe(
      switchMap(([state]) => this.api.list(auditStateToQuery(state)).pipe(toLoadState())),
    ),
    { initialValue: LOADING as LoadState<Page<AuditEntry>> },
  );

  /** The last page received; kept while the next one loads so the table does not flicker. */
  private readonly page = linkedSignal<LoadState<Page<AuditEntry>>, Page<AuditEntry> | null>({
    source: this.load,
    computation: (load, previous) =>
      load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null,
  });
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly rows = computed<AuditRow[]>(() => {
    const lookups = {
      departments: this.departments.names(),
      users: new Map(this.users().map((u) => [u.id, u.name])),
    };
    return (this.page()?.items ?? []).map((entry) => ({
      entry,
      table: auditTableLabel(entry.tableName),
      action: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      described: describeAuditEntry(entry, lookups),
      initiativeLink: INITIATIVE_TABLES.has(entry.tableName) ? ['/initiativer', entry.rowId] : null,
    }));
  });

  constructor() {
    // A bookmarked page past the end: go to the last page that has rows.
    effect(() => {
      const load = this.load();
      if (load.status !== 'loaded' || load.value.items.length > 0 || load.value.total === 0) return;
      const lastPage = Math.max(1, Math.ceil(load.value.total / this.state().pageSize));
      if (this.state().page > lastPage) this.navigate({ page: lastPage }, true);
    });
  }

  // mat-table's row context is untyped; this keeps the template type-checked.
  protected row(row: AuditRow): AuditRow {
    return row;
  }

  protected applyFilters(filters: AuditFilters): void {
    this.navigate({ ...filters, page: 1 });
  }

  protected pageChange(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.retry$.next();
  }

  private navigate(change: Partial<AuditListState>, replaceUrl = false): void {
    const next = { ...this.state(), ...change };
    if (sameAuditState(next, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: auditStateToParams(next), replaceUrl });
  }
}
