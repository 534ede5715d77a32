import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  type AgendaItem,
  DECISION_KIND_LABELS,
  type Decision,
  type DecisionKind,
  type DecisionRequest,
  GOVERNANCE_LIMITS,
  PHASE_LABELS,
  type Phase,
} from '@gevinst/domain';
import { ErrorBanner, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { decisionKindsFor, reasonRequired } from '../../shared/decision-rules';
import { RESUMABLE_PHASES, nextPhase } from '../../shared/phase-model';
import { ReviewsApi } from '../data-access/reviews-api';
import { fieldErrorMessage } from '../shared/form-errors';
import { type SaveFailure, handleSaveFailure } from '../shared/server-messages';

export interface RecordDecisionDialogData {
  reviewId: string;
  item: AgendaItem;
}

/** Pausing, stopping and reprioritising need a reason; the API adds gates passed with open findings. */
const reasonWhenRequired: ValidatorFn = (control: AbstractControl<string>) =>
  reasonRequired((control.parent?.get('kind')?.value as DecisionKind | null) ?? null, 0) && (control.value ?? '').trim() === ''
    ? { required: true }
    : null;

/**
 * "Registrér beslutning" for an agenda item: the kind (godkend fase, fortsæt, omprioritér, sæt på pause, stop,
 * skalér), the phase approved, and why. Recorded as part of the meeting; closes with the decision.
 */
@Component({
  selector: 'gv-record-decision-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, ErrorBanner],
  templateUrl: './record-decision-dialog.html',
  styleUrl: './record-decision-dialog.scss',
})
export class RecordDecisionDialog {
  protected readonly data = inject<RecordDecisionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RecordDecisionDialog, Decision>>(MatDialogRef);
  private readonly api = inject(ReviewsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly initiative = this.data.item.initiative;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly kindOptions = decisionKindsFor(this.initiative.phase).map((value) => ({ value, label: DECISION_KIND_LABELS[value] }));
  protected readonly next = nextPhase(this.initiative.phase);
  protected readonly resumable = RESUMABLE_PHASES;
  /** A gate request on the agenda: approving the next phase is what is asked for. */
  private readonly gateRequested = this.data.item.reasons.includes('gate_request');

  protected readonly form = new FormGroup({
    kind: new FormControl<DecisionKind | null>(this.gateRequested && this.next ? 'approve_phase' : null, Validators.required),
    toPhase: new FormControl<Phase | ''>(this.next ?? '', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true, validators: [reasonWhenRequired, Validators.maxLength(GOVERNANCE_LIMITS.textMax)] }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly needsReason = computed(() => reasonRequired(this.kind(), 0));
  /** Approving names the next phase; continuing a paused initiative may name where it resumes. */
  protected readonly phaseChoice = computed<'approve' | 'resume' | null>(() => {
    const kind = this.kind();
    if (kind === 'approve_phase') return 'approve';
    if (kind === 'continue' && this.initiative.phase === 'paused') return 'resume';
    return null;
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe((kind) => {
      this.form.controls.toPhase.setValue(kind === 'approve_phase' ? (this.next ?? '') : '', { emitEvent: false });
      this.form.controls.reason.updateValueAndValidity();
    });
  }

  protected kindError(): string {
    return fieldErrorMessage(this.form.controls.kind, 'Vælg, hvad der besluttes');
  }

  protected errorFor(control: AbstractControl, required: string): string {
    return fieldErrorMessage(control, required);
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => this.api.recordDecision(this.initiative.id, this.toRequest()),
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (error) => {
        this.failure.set(handleSaveFailure(this.form, error, 'Beslutningen', ''));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }

  private toRequest(): DecisionRequest {
    const { kind, toPhase, reason } = this.form.getRawValue();
    const request: DecisionRequest = { kind: kind as DecisionKind, reviewId: this.data.reviewId, reason: reason.trim() || null };
    if (toPhase && this.phaseChoice() !== null) request.toPhase = toPhase;
    return request;
  }
}
