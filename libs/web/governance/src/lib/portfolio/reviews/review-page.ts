import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, effect, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  AGENDA_REASON_LABELS,
  type AgendaItem,
  type Decision,
  GOVERNANCE_LIMITS,
  type MissingReport,
  PHASE_LABELS,
  type PortfolioReview,
  REPORT_DIMENSIONS,
  REPORT_DIMENSION_LABELS,
  REVIEW_STATUS_LABELS,
  STEERING_LEVEL_LABELS,
} from '@gevinst/domain';
import {
  ErrorBanner,
  LOADING,
  type LoadState,
  PageHeader,
  confirmAction,
  describeApiError,
  isVersionConflict,
  toApiError,
  toLoadState,
} from '@gevinst/web/ui';
import { type Observable, combineLatest, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { formatHours, formatKroner, formatPercent } from '../../shared/format';
import { openLazyDialog } from '../../shared/open-dialog';
import { RagChip } from '../../shared/rag-chip';
import { formatPeriod } from '../../shared/report-period';
import { ReviewsApi } from '../data-access/reviews-api';
import { decidedBy, describeDecision } from '../shared/decision-text';
import { GovernanceNav } from '../shared/governance-nav';
import { describeGovernanceError } from '../shared/server-messages';
import type { RecordDecisionDialogData } from './record-decision-dialog';

const CONFLICT = 'Mødet er blevet ændret af en anden, siden du åbnede det. Siden viser nu de nyeste oplysninger; skriv dine ændringer igen.';

/**
 * /styring/moeder/:reviewId: one portfolio review. The agenda with why each initiative is on it, its frozen status
 * report and key figures, and the decisions recorded in the meeting; the reports still missing for the cycle; notes;
 * "Markér som afholdt"; and the print-ready minutes.
 */
@Component({
  selector: 'gv-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PageHeader,
    ErrorBanner,
    GovernanceNav,
    RagChip,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  private readonly api = inject(ReviewsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly reasonLabels = AGENDA_REASON_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly statusLabels = REVIEW_STATUS_LABELS;
  protected readonly levelLabels = STEERING_LEVEL_LABELS;
  protected readonly dimensions = REPORT_DIMENSIONS;
  protected readonly dimensionLabels = REPORT_DIMENSION_LABELS;
  protected readonly kroner = formatKroner;
  protected readonly hours = formatHours;
  protected readonly percent = formatPercent;
  protected readonly period = formatPeriod;
  protected readonly describeDecision = describeDecision;
  protected readonly decidedBy = decidedBy;
  protected readonly describeApiError = describeApiError;

  private readonly reviewId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('reviewId') ?? '')), {
    requireSync: true,
  });
  private readonly revision = signal(0);
  protected readonly load = toSignal(
    combineLatest([toObservable(this.reviewId), toObservable(this.revision)]).pipe(switchMap(([id]) => this.api.get(id).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<PortfolioReview> },
  );
  /** The meeting as last read or saved; kept while it reloads so the page does not flicker. */
  protected readonly review = linkedSignal<LoadState<PortfolioReview>, PortfolioReview | null>({
    source: this.load,
    computation: (load, previous) => (load.status === 'loaded' ? load.value : load.status === 'loading' ? (previous?.value ?? null) : null),
  });
  private readonly groupId = computed(() => this.review()?.steeringGroup.id ?? null);
  protected readonly missing = toSignal(
    toObservable(this.groupId).pipe(
      distinctUntilChanged(),
      switchMap((id): Observable<LoadState<MissingReport[]>> => (id ? this.api.missingReports(id).pipe(toLoadState()) : of(LOADING))),
    ),
    { initialValue: LOADING as LoadState<MissingReport[]> },
  );
  protected readonly minutesUrl = computed(() => this.api.minutesUrl(this.reviewId()));
  protected readonly cardsUrl = computed(() => this.api.cardsUrl(this.reviewId()));

  protected readonly notes = new FormControl('', { nonNullable: true, validators: Validators.maxLength(GOVERNANCE_LIMITS.textMax) });
  protected readonly notesForm = new FormGroup({ notes: this.notes });
  protected readonly saving = signal(false);
  protected readonly actionError = signal<{ message: string; conflict: boolean } | null>(null);

  constructor() {
    // The notes follow the meeting as read, unless the user is writing.
    effect(() => {
      const review = this.review();
      if (review && !this.notes.dirty) this.notes.setValue(review.notes ?? '');
    });
  }

  protected reload(): void {
    this.actionError.set(null);
    this.revision.update((n) => n + 1);
  }

  protected saveNotes(): void {
    if (this.notes.invalid) return;
    const notes = this.notes.value.trim();
    this.patch({ notes: notes === '' ? null : notes }, 'Noterne er gemt');
  }

  protected markHeld(): void {
    this.patch({ status: 'held' }, 'Mødet er markeret som afholdt');
  }

  protected recordDecision(item: AgendaItem): void {
    const review = this.review();
    if (!review) return;
    const data: RecordDecisionDialogData = { reviewId: review.id, item };
    openLazyDialog<unknown, RecordDecisionDialogData, Decision>(
      this.dialog,
      this.injector,
      () => import('./record-decision-dialog').then((m) => m.RecordDecisionDialog),
      data,
      '640px',
    ).subscribe((decision) => {
      if (!decision) return;
      this.snackBar.open('Beslutningen er registreret', 'Luk', { duration: 6000 });
      this.reload();
    });
  }

  protected removeItem(item: AgendaItem): void {
    const review = this.review();
    if (!review) return;
    confirmAction(this.dialog, {
      title: 'Fjern fra dagsordenen',
      message: `Vil du fjerne ${item.initiative.code} ${item.initiative.title} fra dagsordenen?`,
      confirmLabel: 'Fjern',
    })
      .pipe(switchMap((confirmed) => (confirmed ? this.api.removeItem(review.id, item.id) : [])))
      .subscribe({
        next: () => {
          this.snackBar.open('Punktet er fjernet fra dagsordenen', 'Luk', { duration: 6000 });
          this.reload();
        },
        error: (error: unknown) => this.actionError.set({ message: describeGovernanceError(toApiError(error)), conflict: false }),
      });
  }

  private patch(change: { notes?: string | null; status?: 'held' }, done: string): void {
    const review = this.review();
    if (!review || this.saving()) return;
    this.saving.set(true);
    this.actionError.set(null);
    this.api.update(review.id, { version: review.version, ...change }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.notes.markAsPristine();
        this.review.set(saved);
        this.snackBar.open(done, 'Luk', { duration: 6000 });
      },
      error: (failure: unknown) => {
        this.saving.set(false);
        const error = toApiError(failure);
        const conflict = isVersionConflict(error);
        this.actionError.set({ message: conflict ? CONFLICT : describeGovernanceError(error), conflict });
        if (conflict) {
          this.notes.markAsPristine();
          this.revision.update((n) => n + 1);
        }
      },
    });
  }
}
