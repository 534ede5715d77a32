import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type Type,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  RISK_CATEGORY_LABELS,
  RISK_HANDLER_LABELS,
  RISK_LIMITS,
  RISK_STATUS_LABELS,
  type Risk,
  type RiskImportPreview,
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
import { combineLatest, filter, switchMap } from 'rxjs';
import { RisksApi } from '../data-access/risks-api';
import { RiskBandLegend } from '../heat-map/risk-band-legend';
import { RiskHeatMap } from '../heat-map/risk-heat-map';
import type { ImportDialogData } from '../import/import-dialog';
import type { RiskDialogData } from '../risk-form/risk-dialog';
import { RISK_CONFLICT_MESSAGE } from '../shared/form-errors';
import { type HeatMapCellFilter, describeCell, heatMapOf, inCell, riskCount } from '../shared/heat-map-data';
import { openLazyDialog } from '../shared/open-dialog';
import { RiskBandBadge } from '../shared/risk-band-badge';

interface SectionFailure {
  message: string;
  conflict: boolean;
}

/**
 * "Risici" on the initiative page: the heat maps before and after mitigation (a cell filters the log below), the
 * risk log, Excel export and template, and for those allowed creating, editing, deleting and importing risks.
 * The page shows the section's h2; this component renders what is under it.
 */
@Component({
  selector: 'gv-initiative-risks-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatProgressBarModule, ErrorBanner, RiskHeatMap, RiskBandLegend, RiskBandBadge],
  templateUrl: './initiative-risks-section.html',
  styleUrl: './initiative-risks-section.scss',
})
export class InitiativeRisksSection {
  readonly initiativeId = input.required<string>();
  /** The signed-in user is the initiative's project lead. */
  readonly leadsInitiative = input(false);

  private readonly api = inject(RisksApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly handlerLabels = RISK_HANDLER_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly staleDays = RISK_LIMITS.staleDays;
  protected readonly describeApiError = describeApiError;
  protected readonly describeCell = describeCell;
  protected readonly riskCount = riskCount;

  private readonly revision = signal(0);
  protected readonly failure = signal<SectionFailure | null>(null);
  /** The heat-map cell the log is filtered to. */
  protected readonly cellFilter = signal<HeatMapCellFilter | null>(null);

  protected readonly state = toSignal(
    combineLatest([toObservable(this.initiativeId), toObservable(this.revision)]).pipe(
      switchMap(([id]) => this.api.listForInitiative(id).pipe(toLoadState())),
    ),
    { initialValue: LOADING as LoadState<Risk[]> },
  );

  /** The last loaded log, kept while a change reloads it so the table (and the focus in it) stays put. */
  protected readonly risks = linkedSignal<LoadState<Risk[]>, Risk[] | null>({
    source: this.state,
    computation: (state, previous) => {
      if (state.status === 'loaded') return state.value;
      return state.status === 'loading' ? (previous?.value ?? null) : null;
    },
  });
  protected readonly heatMap = computed(() => heatMapOf(this.risks() ?? []));
  protected readonly shown = computed(() => {
    const risks = this.risks() ?? [];
    const cell = this.cellFilter();
    return cell ? risks.filter((risk) => inCell(risk, cell)) : risks;
  });
  protected readonly canManage = computed(() => this.auth.can('risk.manage', { leadsInitiative: this.leadsInitiative() }));
  protected readonly anyDeletable = computed(() => (this.risks() ?? []).some((risk) => risk.can.manage));
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.initiativeId()));
  protected readonly templateUrl = this.api.templateUrl();

  constructor() {
    // A cell that no longer has risks (after an edit) stops filtering.
    effect(() => {
      const cell = this.cellFilter();
      const risks = this.risks();
      if (cell && risks && !risks.some((risk) => inCell(risk, cell))) untracked(() => this.cellFilter.set(null));
    });
  }

  protected selectCell(cell: HeatMapCellFilter): void {
    const current = this.cellFilter();
    const same = current?.matrix === cell.matrix && current.probability === cell.probability && current.consequence === cell.consequence;
    // Focus stays on the cell (pressed again, it clears the filter); the log's status line announces the change.
    this.cellFilter.set(same ? null : cell);
  }

  protected clearCell(): void {
    this.cellFilter.set(null);
    this.host.nativeElement.querySelector<HTMLElement>('#risk-log-heading')?.focus();
  }

  protected reload(): void {
    this.failure.set(null);
    this.revision.update((n) => n + 1);
  }

  protected open(risk?: Risk): void {
    const data: RiskDialogData = { initiativeId: this.initiativeId(), risk };
    const saved = risk ? 'Risikoen er gemt' : 'Risikoen er oprettet';
    this.openDialog(() => import('../risk-form/risk-dialog').then((m) => m.RiskDialog), data, () => saved);
  }

  protected importRisks(): void {
    const data: ImportDialogData = { initiativeId: this.initiativeId(), templateUrl: this.templateUrl };
    this.openDialog(
      () => import('../import/import-dialog').then((m) => m.RiskImportDialog),
      data,
      (result) => {
        const rows = (result as RiskImportPreview).rows.length;
        return rows === 1 ? '1 risiko er importeret' : `${rows} risici er importeret`;
      },
      '960px',
    );
  }

  protected remove(risk: Risk): void {
    this.failure.set(null);
    confirmAction(this.dialog, {
      title: `Slet risiko ${risk.number} "${risk.title}"?`,
      message: 'Risikoens tiltag slettes også. Vil du hellere bevare den i loggen, så sæt status til Lukket.',
      confirmLabel: 'Slet',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(risk.id, risk.version)),
      )
      .subscribe({
        next: () => this.changed('Risikoen er slettet'),
        error: (error: unknown) => {
          const apiError = toApiError(error);
          const conflict = isVersionConflict(apiError);
          this.failure.set({ message: conflict ? RISK_CONFLICT_MESSAGE : describeApiError(apiError), conflict });
        },
      });
  }

  protected overdueCount(risk: Risk): number {
    return risk.actions.filter((action) => action.overdue).length;
  }

  private openDialog<C, D>(load: () => Promise<Type<C>>, data: D, done: (result: unknown) => string, width?: string): void {
    this.failure.set(null);
    openLazyDialog<C, D, unknown>(this.dialog, this.injector, load, data, width).subscribe((result) => {
      if (result === undefined) return;
      this.changed(done(result));
    });
  }

  private changed(message: string): void {
    this.snackBar.open(message, 'Luk', { duration: 6000 });
    this.revision.update((n) => n + 1);
  }
}
