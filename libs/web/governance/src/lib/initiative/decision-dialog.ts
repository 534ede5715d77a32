import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  DECISION_KIND_LABELS,
  type Decision,
  type DecisionKind,
  GOVERNANCE_LIMITS,
  type InitiativeGovernance,
  type InitiativeHealth,
  PHASE_LABELS,
  type Phase,
} from '@gevinst/domain';
import { ErrorBanner, LOADING, type LoadState, describeApiError, focusFirstInvalid, submitDialogForm, toLoadState } from '@gevinst/web/ui';
import { GovernanceApi } from '../data-access/governance-api';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import { decisionKindsFor, reasonRequired, toPhaseFor } from '../shared/decision-rules';
import { RESUMABLE_PHASES } from '../shared/phase-model';

export interface DecisionDialogData {
  initiativeId: string;
  governance: InitiativeGovernance;
}

const KIND_HELP: Record<DecisionKind, string> = {
  approve_phase: 'Initiativet går videre til næste fase. En fase kan ikke springes over.',
  continue: 'Initiativet fortsætter som planlagt; et initiativ på pause genoptages.',
  reprioritise: 'Initiativets prioritet ændres. Skriv hvordan og hvorfor.',
  pause: 'Initiativet sættes på pause og kan senere genoptages.',
  stop: 'Initiativet stoppes endeligt og kan ikke få flere beslutninger.',
  scale: 'Initiativet udbredes eller skaleres op.',
};

/**
 * "Registrér beslutning": the kind, the new phase when approving a phase (only the next one), and the reason, which
 * is required to pause, stop or reprioritise, and to pass a gate while the checklist has open findings (listed here).
 * Closes with the recorded decision.
 */
@Component({
  selector: 'gv-decision-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, ErrorBanner],
  template: `
    <h2 mat-dialog-title>Registrér beslutning</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="gov-form">
        <p class="gov-form__text">
          Initiativet er i fasen <strong>{{ phaseLabels[data.governance.phase] }}</strong>.
          @if (data.governance.gateRequest; as gate) {
            Projektlederen har anmodet om fase-gate til <strong>{{ phaseLabels[gate.toPhase] }}</strong>.
          }
        </p>
        @if (failure(); as failure) {
          <gv-error-banner [message]="failure.message" [details]="failure.details" />
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Beslutning</mat-label>
          <mat-select formControlName="kind" required>
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ kindLabels[kind] }}</mat-option>
            }
          </mat-select>
          @if (kind(); as chosen) {
            <mat-hint>{{ kindHelp[chosen] }}</mat-hint>
          }
          <mat-error>{{ errorFor('kind', 'Vælg en beslutning') }}</mat-error>
        </mat-form-field>

        @if (phaseChoices().length > 0) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ kind() === 'approve_phase' ? 'Ny fase' : 'Genoptag i fasen' }}</mat-label>
            <mat-select formControlName="toPhase" required>
              @for (phase of phaseChoices(); track phase) {
                <mat-option [value]="phase">{{ phaseLabels[phase] }}</mat-option>
              }
            </mat-select>
            @if (kind() === 'approve_phase') {
              <mat-hint>Kun den næste fase kan godkendes.</mat-hint>
            }
            <mat-error>{{ errorFor('toPhase', 'Vælg fasen') }}</mat-error>
          </mat-form-field>
        }

        @if (kind() === 'approve_phase') {
          @let state = health();
          @if (state.status === 'loaded') {
            @if (state.value.findings.length > 0) {
              <section class="gov-form__checklist" aria-labelledby="decision-findings-heading">
                <h3 id="decision-findings-heading">Åbne fund i tjeklisten ({{ state.value.findings.length }})</h3>
                <p class="gov-form__text">Fasen kan godkendes alligevel, men beslutningen skal begrundes. Fundene gemmes med beslutningen.</p>
                <ul>
                  @for (finding of state.value.findings; track finding.ruleId + $index) {
                    <li><span class="gov-form__rule">{{ finding.ruleId }}:</span> {{ finding.message }}</li>
                  }
                </ul>
              </section>
            } @else {
              <p class="gov-form__text">Tjeklisten er opfyldt: der er ingen åbne fund.</p>
            }
          } @else if (state.status === 'failed') {
            <gv-error-banner [message]="'Tjeklisten kunne ikke hentes. ' + describeApiError(state.error)" />
          } @else {
            <mat-progress-bar mode="indeterminate" aria-label="Henter tjeklisten" />
          }
        }

        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Begrundelse</mat-label>
          <textarea matInput formControlName="reason" rows="4" [required]="needsReason()" [maxlength]="limits.textMax"></textarea>
          <mat-hint>{{ needsReason() ? 'Skal udfyldes for denne beslutning.' : 'Valgfri, men gør beslutningen lettere at forstå senere.' }}</mat-hint>
          <mat-error>{{ errorFor('reason', 'Skriv en begrundelse') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Annullér</button>
        <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>Registrér beslutning</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './governance-dialogs.scss',
})
export class DecisionDialog {
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DecisionDialog, Decision>>(MatDialogRef);
  private readonly api = inject(GovernanceApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly kindLabels = DECISION_KIND_LABELS;
  protected readonly kindHelp = KIND_HELP;
  protected readonly limits = GOVERNANCE_LIMITS;
  protected readonly describeApiError = describeApiError;
  protected readonly kinds = decisionKindsFor(this.data.governance.phase);

  /** The checklist now: open findings make a reason required to pass the gate. */
  protected readonly health = toSignal(this.api.health(this.data.initiativeId).pipe(toLoadState()), {
    initialValue: LOADING as LoadState<InitiativeHealth>,
  });
  private readonly openFindings = computed(() => {
    const state = this.health();
    return state.status === 'loaded' ? state.value.findings.length : 0;
  });

  protected readonly form = new FormGroup({
    // A pending gate request suggests approving it.
    kind: new FormControl<DecisionKind | null>(this.data.governance.gateRequest && this.kinds.includes('approve_phase') ? 'approve_phase' : null, Validators.required),
    toPhase: new FormControl<Phase | null>(null),
    reason: new FormControl<string>('', { nonNullable: true, validators: [(c: AbstractControl) => this.reasonError(c), Validators.maxLength(GOVERNANCE_LIMITS.textMax)] }),
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly needsReason = computed(() => reasonRequired(this.kind(), this.openFindings()));
  /** The phases the decision may name: the next one when approving; where to resume when that is unknown. */
  protected readonly phaseChoices = computed((): Phase[] => {
    const to = toPhaseFor(this.kind(), this.data.governance.phase, this.data.governance.pausedFromPhase);
    if (to === undefined) return [];
    return to === null ? [...RESUMABLE_PHASES] : [to];
  });

  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.syncFields());
    this.syncFields();
  }

  protected errorFor(name: keyof typeof this.form.controls, required: string): string {
    return fieldErrorMessage(this.form.controls[name], required);
  }

  protected save(): void {
    // The findings may have loaded since the reason was last validated.
    this.form.controls.reason.updateValueAndValidity();
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const { kind, toPhase, reason } = this.form.getRawValue();
        return this.api.recordDecision(this.data.initiativeId, {
          kind: kind as DecisionKind,
          ...(this.phaseChoices().length > 0 && toPhase ? { toPhase } : {}),
          reason: reason.trim() || null,
        });
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.failure.set(handleSaveFailure(this.form, apiError, 'Beslutningen blev ikke registreret', ''));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }

  private reasonError(control: AbstractControl): ValidationErrors | null {
    // Called once while the form is built, before the signals below exist.
    if (!this.form) return null;
    return this.needsReason() && String(control.value ?? '').trim() === '' ? { required: true } : null;
  }

  /** The phase control follows the kind: the next phase preset when approving, required when a phase is named. */
  private syncFields(): void {
    const choices = this.phaseChoices();
    const toPhase = this.form.controls.toPhase;
    toPhase.setValidators(choices.length > 0 ? Validators.required : null);
    toPhase.setValue(choices.length === 1 ? choices[0] : choices.includes(toPhase.value as Phase) ? toPhase.value : null);
    if (this.form.controls.reason.touched) this.form.controls.reason.updateValueAndValidity();
  }
}
