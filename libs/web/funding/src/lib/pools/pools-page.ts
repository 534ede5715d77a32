import { ChangeDetectionStrategy, Component, Injector, type Type, computed, inject, linkedSignal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS, type ApplicationStatus, type FundingPool, type PoolApplication } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { ErrorBanner, LOADING, type LoadState, PageHeader, describeApiError, injectUrlList, keptWhileLoading, toLoadState } from '@gevinst/web/ui';
import { BehaviorSubject, combineLatest, switchMap } from 'rxjs';
import { ApplicationsTable } from '../applications/applications-table';
import type { DecisionDialogData } from '../applications/decision-dialog';
import { FundingApi } from '../data-access/funding-api';
import { sumKroner } from '../initiative/funding-plan';
import { FinanceNav } from '../shared/finance-nav';
import { formatKroner } from '../shared/money';
import { openLazyDialog } from '../shared/open-dialog';
import { APPLICATION_LIST, applicationStateToQuery } from './applications-state';
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
  private readonly api = inject(FundingApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly kroner = formatKroner;
  protected readonly describeApiError = describeApiError;
  protected readonly statusOptions = APPLICATION_STATUSES.map((value) => ({ value, label: APPLICATION_STATUS_LABELS[value] }));
  protected readonly canManagePools = computed(() => this.auth.can('funding_pool.manage'));
  protected readonly canDecide = computed(() => this.auth.can('application.decide'));

  private readonly revision = signal(0);
  private readonly retry$ = new BehaviorSubject<void>(undefined);
  /** "Prøv igen", a decision or an edited pool fetches the pools and the applications again. */
  private readonly refresh$ = combineLatest([this.retry$, toObservable(this.revision)]);

  protected readonly poolsLoad = toSignal(
    this.refresh$.pipe(switchMap(() => this.api.pools().pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<FundingPool[]> },
  );
  protected readonly pools = linkedSignal({ source: this.poolsLoad, computation: keptWhileLoading<FundingPool[]> });

  protected readonly list = injectUrlList({
    codec: APPLICATION_LIST,
    fetch: (state) => this.api.applications(applicationStateToQuery(state)),
    refresh: this.refresh$,
  });

  protected readonly filters = new FormGroup({
    poolId: new FormControl('', { nonNullable: true }),
    statuses: new FormControl<ApplicationStatus[]>([], { nonNullable: true }),
  });

  constructor() {
    // The filter fields follow the URL (back/forward, a shared link) and write changes back to it.
    this.list.state$.pipe(takeUntilDestroyed()).subscribe((state) =>
      this.filters.setValue({ poolId: state.poolId ?? '', statuses: state.statuses }, { emitEvent: false }),
    );
    this.filters.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const { poolId, statuses } = this.filters.getRawValue();
      this.list.applyFilters({ poolId: poolId || null, statuses: APPLICATION_STATUSES.filter((s) => statuses.includes(s)) });
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
}
