import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { type InitiativeDetail, PHASE_LABELS, RADAR_RING_LABELS, SIZE_CLASS_LABELS } from '@gevinst/domain';
import { AuthStore } from '@gevinst/web/auth';
import { BusinessCaseSection } from '@gevinst/web/benefits/business-case';
import { InitiativeBenefitsSection } from '@gevinst/web/benefits/initiative';
import { InitiativeFundingSection } from '@gevinst/web/funding/initiative';
import { InitiativeGovernanceSection } from '@gevinst/web/governance/initiative';
import { InitiativeRisksSection } from '@gevinst/web/risks/initiative';
import {
  ErrorBanner,
  PageHeader,
  confirmAction,
  describeApiError,
  formatPageTitle,
  isNotFound,
  isVersionConflict,
  toApiError,
} from '@gevinst/web/ui';
import { EMPTY, type Observable, catchError, filter, finalize, switchMap } from 'rxjs';
import { loadInitiative } from '../data-access/initiative-loader';
import { InitiativesApi } from '../data-access/initiatives-api';
import { InitiativeHistory } from './initiative-history';
import { InitiativeNotFound } from './initiative-not-found';

interface ActionFailure {
  message: string;
  conflict: boolean;
}

/**
 * /initiativer/:id: the initiative's overview, goals and benefits, business case, risks, funding, governance, and history, with edit, archive and
 * restore for those allowed.
 */
@Component({
  selector: 'gv-initiative-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
    InitiativeNotFound,
    InitiativeHistory,
    // Loaded with @defer: the sections, their charts and dialogs stay out of this page's chunk.
    InitiativeBenefitsSection,
    BusinessCaseSection,
    InitiativeRisksSection,
    InitiativeFundingSection,
    InitiativeGovernanceSection,
  ],
  templateUrl: './initiative-detail-page.html',
  styleUrl: './initiative-detail-page.scss',
})
export class InitiativeDetailPage {
  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  private readonly api = inject(InitiativesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly auth = inject(AuthStore);

  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly sizeLabels = SIZE_CLASS_LABELS;
  protected readonly radarLabels = RADAR_RING_LABELS;
  protected readonly describeApiError = describeApiError;
  protected readonly isNotFound = isNotFound;

  protected readonly initiative = loadInitiative(this.id);
  /** The loaded initiative, replaced by the API's answer after archive/restore. */
  protected readonly detail = linkedSignal<InitiativeDetail | null>(() => {
    const state = this.initiative.state();
    return state.status === 'loaded' ? state.value : null;
  });
  protected readonly busy = signal(false);
  protected readonly actionFailure = signal<ActionFailure | null>(null);
  /** The signed-in user leads this initiative (may manage its goals and benefits). */
  protected readonly leadsInitiative = computed(() => {
    const lead = this.detail()?.projectLead;
    return lead !== undefined && lead !== null && lead.id === this.auth.currentUser()?.id;
  });
  /** Bumped after every change made here, so the history shows it. */
  protected readonly historyRevision = signal(0);

  constructor() {
    effect(() => {
      const detail = this.detail();
      if (detail) this.title.setTitle(formatPageTitle(detail.title));
    });
  }

  protected archive(detail: InitiativeDetail): void {
    confirmAction(this.dialog, {
      title: 'Arkivér initiativet?',
      message:
        'Et arkiveret initiativ vises ikke i listen og overblikket, medmindre man vælger at vise arkiverede. ' +
        'Du kan gendanne det senere.',
      confirmLabel: 'Arkivér',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.run(this.api.archive(detail.id, detail.version))),
      )
      .subscribe((updated) => this.done(updated, 'Initiativet er arkiveret'));
  }

  protected restore(detail: InitiativeDetail): void {
    this.run(this.api.restore(detail.id, detail.version)).subscribe((updated) =>
      this.done(updated, 'Initiativet er gendannet'),
    );
  }

  /** "Genindlæs" (after a version conflict) and "Prøv igen": the latest saved initiative and its history. */
  protected reload(): void {
    this.actionFailure.set(null);
    this.initiative.reload();
    this.historyRevision.update((n) => n + 1);
  }

  /** After a change in "Styring" (a decision may move the phase): the facts and the history, the sections stay. */
  protected governanceChanged(): void {
    this.api.get(this.id()).subscribe({ next: (updated) => this.detail.set(updated), error: () => undefined });
    this.historyRevision.update((n) => n + 1);
  }

  /** Marks the page busy and turns a failure into a banner; completes without a value on error. */
  private run(request: Observable<InitiativeDetail>): Observable<InitiativeDetail> {
    this.busy.set(true);
    this.actionFailure.set(null);
    return request.pipe(
      catchError((error: unknown) => {
        this.fail(error);
        return EMPTY;
      }),
      finalize(() => this.busy.set(false)),
    );
  }

  private done(updated: InitiativeDetail, message: string): void {
    this.detail.set(updated);
    this.historyRevision.update((n) => n + 1);
    this.snackBar.open(message, 'Luk', { duration: 6000 });
  }

  private fail(error: unknown): void {
    const apiError = toApiError(error);
    this.actionFailure.set({ message: describeApiError(apiError), conflict: isVersionConflict(apiError) });
  }
}
