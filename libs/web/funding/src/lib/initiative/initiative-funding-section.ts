import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  type Type,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  FUNDING_CATEGORY_LABELS,
  type FundingLine,
  type FundingPool,
  type HealthFinding,
  type Page,
  type PayersAndGainers,
  type PoolApplication,
} from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import {
  ErrorBanner,
  LOADING,
  type LoadState,
  confirmAction,
  describeApiError,
  isVersionConflict,
  toApiError,
  toLoadState,
} from '@gevinst/web/ui';
import { type Observable, catchError, combineLatest, filter, map, of, switchMap } from 'rxjs';
import { ApplicationsTable } from '../applications/applications-table';
import { ApplyForm } from '../applications/apply-form';
import type { DecisionDialogData } from '../applications/decision-dialog';
import { FundingApi } from '../data-access/funding-api';
import type { FundingLineDialogData } from '../line-form/funding-line-dialog';
import { LINE_CONFLICT_MESSAGE } from '../shared/form-errors';
import { formatHours, formatKroner } from '../shared/money';
import { openLazyDialog } from '../shared/open-dialog';
import { FundingStatusChip } from '../shared/status-chip';
import { describeLine, describeSource, fundingPlanOf, sortPayerRows } from './funding-plan';

interface SectionFailure {
  message: string;
  conflict: boolean;
}

/**
 * "Finansiering" on the initiative page: the funding plan by year with subtotals, who pays and who gains, the funding
 * findings of the health check, a short form to apply to a pool, and the initiative's applications. Finance adds,
 * changes and confirms lines; the project lead proposes them. The page shows the section's h2.
 */
@Component({
  selector: 'gv-initiative-funding-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, ErrorBanner, FundingStatusChip, ApplicationsTable, ApplyForm],
  templateUrl: './initiative-funding-section.html',
  styleUrl: './initiative-funding-section.scss',
})
export class InitiativeFundingSection {
  readonly initiativeId = input.required<string>();
  /** The signed-in user is the initiative's project lead. */
  readonly leadsInitiative = input(false);

  private readonly api = inject(FundingApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly categoryLabels = FUNDING_CATEGORY_LABELS;
  protected readonly kroner = formatKroner;
  protected readonly hours = formatHours;
  protected readonly describeSource = describeSource;
  protected readonly describeApiError = describeApiError;

  private readonly revision = signal(0);
  protected readonly failure = signal<SectionFailure | null>(null);

  protected readonly finance = computed(() => this.auth.can('funding.manage'));
  protected readonly canPropose = computed(() => this.auth.can('funding.propose', { leadsInitiative: this.leadsInitiative() }));
  protected readonly canApply = computed(() => this.auth.can('application.create', { leadsInitiative: this.leadsInitiative() }));
  protected readonly canDecide = computed(() => this.auth.can('application.decide'));

  private readonly reload$ = combineLatest([toObservable(this.initiativeId), toObservable(this.revision)]);

  protected readonly state = toSignal(
    this.reload$.pipe(switchMap(([id]) => this.api.lines(id).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<FundingLine[]> },
  );
  /** The last loaded plan, kept while a change reloads it so the table (and the focus in it) stays put. */
  protected readonly lines = linkedSignal<LoadState<FundingLine[]>, FundingLine[] | null>({
    source: this.state,
    computation: (state, previous) => (state.status === 'loaded' ? state.value : state.status === 'loading' ? (previous?.value ?? null) : null),
  });
  protected readonly plan = computed(() => fundingPlanOf(this.lines() ?? []));
  protected readonly anyActions = computed(() => (this.lines() ?? []).some((line) => line.can.manage));

  protected readonly payers = toSignal(
    this.reload$.pipe(switchMap(([id]) => this.api.payersAndGainers(id).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<PayersAndGainers> },
  );
  protected readonly payerRows = computed(() => {
    const payers = this.payers();
    return payers.status === 'loaded' ? sortPayerRows(payers.value.rows) : [];
  });

  /** The funding rules' findings; the notice is an extra, so a failure leaves it out. */
  protected readonly findings = toSignal(
    this.reload$.pipe(
      switchMap(([id]) => this.api.fundingFindings(id).pipe(map((result) => result.findings), catchError(() => of<HealthFinding[]>([])))),
    ),
    { initialValue: [] as HealthFinding[] },
  );

  protected readonly applications = toSignal(
    this.reload$.pipe(switchMap(([id]) => this.api.applications({ initiativeId: id, pageSize: 100 }).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<Page<PoolApplication>> },
  );

  /** The pools, for those who may apply to them or decide applications (what remains in a year). */
  protected readonly pools = toSignal(
    combineLatest([toObservable(computed(() => this.canApply() || this.canDecide())), toObservable(this.revision)]).pipe(
      switchMap(([needed]) => (needed ? this.api.pools().pipe(toLoadState()) : of(LOADING as LoadState<FundingPool[]>))),
    ),
    { initialValue: LOADING as LoadState<FundingPool[]> },
  );

  protected reload(): void {
    this.failure.set(null);
    this.revision.update((n) => n + 1);
  }

  protected lineName(line: FundingLine): string {
    return describeLine(line, formatKroner(line.amount));
  }

  protected open(line?: FundingLine): void {
    const data: FundingLineDialogData = { initiativeId: this.initiativeId(), line, finance: this.finance() };
    this.openDialog(
      () => import('../line-form/funding-line-dialog').then((m) => m.FundingLineDialog),
      data,
      line ? 'Linjen er gemt' : 'Linjen er tilføjet',
      '640px',
    );
  }

  protected confirm(line: FundingLine): void {
    this.failure.set(null);
    this.run(this.api.updateLine(line.id, { version: line.version, status: 'confirmed' }), 'Linjen er bekræftet');
  }

  protected remove(line: FundingLine): void {
    this.failure.set(null);
    confirmAction(this.dialog, {
      title: 'Slet finansieringslinjen?',
      message: `${this.lineName(line)} fjernes fra finansieringsplanen.`,
      confirmLabel: 'Slet',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.run(this.api.removeLine(line.id, line.version), 'Linjen er slettet'));
  }

  protected decide(application: PoolApplication): void {
    const pool = this.pools();
    const remaining =
      pool.status === 'loaded'
        ? (pool.value.find((p) => p.id === application.pool.id)?.years.find((y) => y.year === application.year)?.remaining ?? null)
        : null;
    const data: DecisionDialogData = { application, remaining };
    this.openDialog(() => import('../applications/decision-dialog').then((m) => m.DecisionDialog), data, 'Afgørelsen er gemt', '640px');
  }

  protected applied(): void {
    this.changed('Ansøgningen er sendt. Du kan følge den i listen nedenfor.');
  }

  private run(request: Observable<unknown>, done: string): void {
    request.subscribe({
      next: () => this.changed(done),
      error: (error: unknown) => {
        const apiError = toApiError(error);
        const conflict = isVersionConflict(apiError);
        this.failure.set({ message: conflict ? LINE_CONFLICT_MESSAGE : describeApiError(apiError), conflict });
      },
    });
  }

  private openDialog<C, D>(load: () => Promise<Type<C>>, data: D, done: string, width?: string): void {
    this.failure.set(null);
    openLazyDialog<C, D, unknown>(this.dialog, this.injector, load, data, width).subscribe((result) => {
      if (result !== undefined) this.changed(done);
    });
  }

  private changed(message: string): void {
    this.snackBar.open(message, 'Luk', { duration: 6000 });
    this.revision.update((n) => n + 1);
  }
}
