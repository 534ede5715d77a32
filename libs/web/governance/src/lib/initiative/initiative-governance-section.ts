import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, type Type, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  type Decision,
  type InitiativeGovernance,
  type InitiativeHealth,
  PHASE_LABELS,
  STEERING_LEVEL_LABELS,
  type StatusReport,
} from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { ErrorBanner, LOADING, type LoadState, confirmAction, describeApiError, isVersionConflict, toApiError, toLoadState } from '@gevinst/web/ui';
import { type Observable, combineLatest, filter, switchMap } from 'rxjs';
import { GovernanceApi } from '../data-access/governance-api';
import { describeGovernanceError } from '../shared/form-errors';
import { describeFindingCount } from '../shared/health-findings';
import { openLazyDialog } from '../shared/open-dialog';
import { haltedPhase } from '../shared/phase-model';
import { formatPeriod } from '../shared/report-period';
import type { DecisionDialogData } from './decision-dialog';
import { DecisionLog } from './decision-log';
import type { GateRequestDialogData } from './gate-request-dialog';
import type { GovernanceDialogData } from './governance-dialog';
import { HealthFindingsList } from './health-findings-list';
import { PhaseSteps } from './phase-steps';
import { StatusReportCard } from './status-report-card';
import type { StatusReportDialogData } from './status-report-dialog';

interface SectionFailure {
  message: string;
  conflict: boolean;
}

/** The last loaded value, kept while a change reloads it, so the content (and the focus in it) stays put. */
function keepLoaded<T>(state: () => LoadState<T>) {
  return linkedSignal<LoadState<T>, T | null>({
    source: state,
    computation: (current, previous) => (current.status === 'loaded' ? current.value : current.status === 'loading' ? (previous?.value ?? null) : null),
  });
}

/**
 * "Styring" on the initiative page: the phase as steps, the steering group and project owner, a gate request with its
 * checklist, the decision log with "Registrér beslutning", the status reports (draft, edit, submit and freeze), and
 * the health check's findings linked to the advice. The page shows the section's h2; `changed` tells it to refresh
 * the phase and the history after a change here.
 */
@Component({
  selector: 'gv-initiative-governance-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatProgressBarModule, ErrorBanner, PhaseSteps, DecisionLog, StatusReportCard, HealthFindingsList],
  templateUrl: './initiative-governance-section.html',
  styleUrl: './initiative-governance-section.scss',
})
export class InitiativeGovernanceSection {
  readonly initiativeId = input.required<string>();
  /** The signed-in user is the initiative's project lead. */
  readonly leadsInitiative = input(false);
  /** Something changed here that may change the initiative (its phase) or its history. */
  readonly changed = output<void>();

  private readonly api = inject(GovernanceApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly levelLabels = STEERING_LEVEL_LABELS;
  protected readonly describeApiError = describeApiError;
  protected readonly describeFindingCount = describeFindingCount;

  private readonly revision = signal(0);
  protected readonly failure = signal<SectionFailure | null>(null);

  private readonly reload$ = combineLatest([toObservable(this.initiativeId), toObservable(this.revision)]);

  protected readonly governanceState = toSignal(this.reload$.pipe(switchMap(([id]) => this.api.governance(id).pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<InitiativeGovernance>,
  });
  protected readonly governance = keepLoaded(this.governanceState);

  protected readonly decisionsState = toSignal(this.reload$.pipe(switchMap(([id]) => this.api.decisions(id).pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<Decision[]>,
  });
  protected readonly decisions = keepLoaded(this.decisionsState);

  protected readonly reportsState = toSignal(this.reload$.pipe(switchMap(([id]) => this.api.statusReports(id).pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<StatusReport[]>,
  });
  protected readonly reports = keepLoaded(this.reportsState);

  protected readonly healthState = toSignal(this.reload$.pipe(switchMap(([id]) => this.api.health(id).pipe(toLoadState()))), {
    initialValue: LOADING as LoadState<InitiativeHealth>,
  });
  protected readonly health = keepLoaded(this.healthState);

  /** The model phase a paused or stopped initiative was in. */
  protected readonly haltedIn = computed(() => {
    const governance = this.governance();
    return governance ? haltedPhase(governance.phase, governance.pausedFromPhase, this.decisions() ?? []) : null;
  });
  protected readonly canWriteReports = computed(() => this.auth.can('status_report.write', { leadsInitiative: this.leadsInitiative() }));

  protected reload(): void {
    this.failure.set(null);
    this.revision.update((n) => n + 1);
  }

  protected editGovernance(governance: InitiativeGovernance): void {
    const data: GovernanceDialogData = { initiativeId: this.initiativeId(), governance };
    this.openDialog(() => import('./governance-dialog').then((m) => m.GovernanceDialog), data, 'Styringen er gemt', '560px');
  }

  protected requestGate(governance: InitiativeGovernance): void {
    const data: GateRequestDialogData = { initiativeId: this.initiativeId(), phase: governance.phase };
    this.openDialog(
      () => import('./gate-request-dialog').then((m) => m.GateRequestDialog),
      data,
      'Anmodningen om fase-gate er sendt til styregruppen',
    );
  }

  protected withdrawGate(governance: InitiativeGovernance): void {
    const to = governance.gateRequest ? this.phaseLabels[governance.gateRequest.toPhase] : '';
    confirmAction(this.dialog, {
      title: 'Træk anmodningen tilbage?',
      message: `Anmodningen om fase-gate til ${to} fjernes. Du kan sende en ny senere.`,
      confirmLabel: 'Træk tilbage',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.run(this.api.withdrawGate(this.initiativeId()), 'Anmodningen er trukket tilbage'));
  }

  protected recordDecision(governance: InitiativeGovernance): void {
    const data: DecisionDialogData = { initiativeId: this.initiativeId(), governance };
    this.openDialog(() => import('./decision-dialog').then((m) => m.DecisionDialog), data, 'Beslutningen er registreret');
  }

  protected openReport(report?: StatusReport): void {
    const data: StatusReportDialogData = { initiativeId: this.initiativeId(), report };
    this.openDialog(
      () => import('./status-report-dialog').then((m) => m.StatusReportDialog),
      data,
      report ? 'Statusrapporten er gemt' : 'Statusrapporten er oprettet som kladde',
      '760px',
    );
  }

  protected submitReport(report: StatusReport): void {
    this.failure.set(null);
    confirmAction(this.dialog, {
      title: 'Indsend statusrapporten?',
      message:
        `Rapporten for ${formatPeriod(report.periodStart, report.periodEnd)} fryses sammen med initiativets nøgletal lige nu ` +
        '(målopfyldelse, gevinster, budget, åbne høje risici og fase). Derefter kan den ikke ændres eller slettes.',
      confirmLabel: 'Indsend',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.run(this.api.submitStatusReport(report.id, report.version), 'Statusrapporten er indsendt og frosset'));
  }

  protected removeReport(report: StatusReport): void {
    this.failure.set(null);
    confirmAction(this.dialog, {
      title: 'Slet kladden?',
      message: `Kladden til statusrapporten for ${formatPeriod(report.periodStart, report.periodEnd)} slettes.`,
      confirmLabel: 'Slet',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.run(this.api.removeStatusReport(report.id, report.version), 'Kladden er slettet'));
  }

  private run(request: Observable<unknown>, done: string): void {
    request.subscribe({
      next: () => this.done(done),
      error: (error: unknown) => {
        const apiError = toApiError(error);
        const conflict = isVersionConflict(apiError);
        this.failure.set({
          message: conflict ? 'Der er sket ændringer, siden du hentede siden. Genindlæs for at se de nyeste oplysninger.' : describeGovernanceError(apiError),
          conflict,
        });
      },
    });
  }

  private openDialog<C, D>(load: () => Promise<Type<C>>, data: D, done: string, width?: string): void {
    this.failure.set(null);
    openLazyDialog<C, D, unknown>(this.dialog, this.injector, load, data, width).subscribe((result) => {
      if (result !== undefined) this.done(done);
    });
  }

  private done(message: string): void {
    this.snackBar.open(message, 'Luk', { duration: 6000 });
    this.revision.update((n) => n + 1);
    this.changed.emit();
  }
}
