import { ChangeDetectionStrategy, Component, Injector, type Type, computed, inject, linkedSignal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus,
  type FundingPool,
  type Page,
  type PoolApplication,
} from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, switchMap } from 'rxjs';
import { ApplicationsTable } from '../applications/applications-table';
import type { DecisionDialogData } from '../applications/decision-dialog';
import { FundingApi } from '../data-access/funding-api';
import { sumKroner } from '../initiative/funding-plan';
import { FinanceNav } from '../shared/finance-nav';
import { formatKroner } from '../shared/money';
import { openLazyDialog } from '../shared/open-dialog';
import {
  APPLICATION_PAGE_SIZES,
  type ApplicationListState,
  applicationStateFromParams,
  applicationStateToParams,
  applicationStateToQuery,
  sameApplicationState,
} from './applications-state';
import type { PoolDialogData } from './pool-dialog';

/**
 * /finansiering/puljer: the pools with their capital, grants and what remains per year (finance creates and edits
 * them), and the applications, filtered by pool and status in the URL; finance decides the open ones.
 */
@Component({
  selector: 'gv-pools-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatPaginatorModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
    FinanceNav,
    ApplicationsTable,
  ],
  templateUrl: './pools-page.html',
  styleUrl: './pools-page.scss',
})
export class PoolsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(FundingApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly kroner = formatKroner;
  protected readonly describeApiError = describeApiError;
  protected readonly pageSizes = APPLICATION_PAGE_SIZES;
  protected readonly statusOptions = APPLICATION_STATUSES.map((value) => ({ value, label: APPLICATION_STATUS_LABELS[value] }));
  protected readonly canManagePools = computed(() => this.auth.can('funding_pool.manage'));
  protected readonly canDecide = computed(() => this.auth.can('application.decide'));

  private readonly revision = signal(0);
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  private readonly state$ = this.route.queryParamMap.pipe(map(applicationStateFromParams), distinctUntilChanged(sameApplicationState));
  protected readonly state = toSignal(this.state$, { requireSync: true });

  protected readonly poolsLoad = toSignal(
    combineLatest([this.retry$, toObservable(this.revision)]).pipe(switchMap(() => this.api.pools().pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<FundingPool[]> },
  );
  protected readonly pools = linkedSignal<LoadState<FundingPool[]>, FundingPool[] | null>({
    source: this.poolsLoad,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });

  protected readonly applicationsLoad = toSignal(
    combineLatest([this.state$, this.retry$, toObservable(this.revision)]).pipe(
      switchMap(([state]) => this.api.applications(applicationStateToQuery(state)).pipe(toLoadState())),
    ),
    { initialValue: LOADING as LoadState<Page<PoolApplication>> },
  );
  protected readonly applications = linkedSignal<LoadState<Page<PoolApplication>>, Page<PoolApplication> | null>({
    source: this.applicationsLoad,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });

  protected readonly filters = new FormGroup({
    poolId: new FormControl('', { nonNullable: true }),
    statuses: new FormControl<ApplicationStatus[]>([], { nonNullable: true }),
  });

  constructor() {
    // The filter fields follow the URL (back/forward, a shared link) and write changes back to it.
    this.state$.pipe(takeUntilDestroyed()).subscribe((state) =>
      this.filters.setValue({ poolId: state.poolId ?? '', statuses: state.statuses }, { emitEvent: false }),
    );
    this.filters.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const { poolId, statuses } = this.filters.getRawValue();
      this.navigate({ poolId: poolId || null, statuses: APPLICATION_STATUSES.filter((s) => statuses.includes(s)), page: 1 });
    });
  }

  protected poolTotals(pool: FundingPool): { capital: number; granted: number; remaining: number } {
    return {
      capital: sumKroner(pool.years.map((y) => y.capital)),
      granted: sumKroner(pool.years.map((y) => y.granted)),
      remaining: sumKroner(pool.years.map((y) => y.remaining)),
    };
  }

  protected retry(): void {
    this.retry$.next();
  }

  protected pageChange(event: PageEvent): void {
    this.navigate({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected openPool(pool?: FundingPool): void {
    const data: PoolDialogData = { pool };
    this.openDialog(() => import('./pool-dialog').then((m) => m.PoolDialog), data, pool ? 'Puljen er gemt' : 'Puljen er oprettet');
  }

  protected decide(application: PoolApplication): void {
    const pool = this.pools()?.find((p) => p.id === application.pool.id);
    const remaining = pool?.years.find((y) => y.year === application.year)?.remaining ?? null;
    const data: DecisionDialogData = { application, remaining };
    this.openDialog(() => import('../applications/decision-dialog').then((m) => m.DecisionDialog), data, 'Afgørelsen er gemt');
  }

  private openDialog<C, D>(load: () => Promise<Type<C>>, data: D, done: string): void {
    openLazyDialog<C, D, unknown>(this.dialog, this.injector, load, data, '640px').subscribe((result) => {
      // A decision changes what remains in the pool, and an edited pool the list's names: reload both.
      if (result !== undefined) this.snackBar.open(done, 'Luk', { duration: 6000 });
      this.revision.update((n) => n + 1);
    });
  }

  private navigate(change: Partial<ApplicationListState>): void {
    const next = { ...this.state(), ...change };
    if (sameApplicationState(next, this.state())) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: applicationStateToParams(next) });
  }
}
