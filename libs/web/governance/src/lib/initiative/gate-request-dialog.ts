import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { GOVERNANCE_LIMITS, HEALTH_SEVERITY_LABELS, type HealthFinding, type InitiativeGovernance, type InitiativeHealth, PHASE_LABELS, type Phase } from '@gevinst/domain';
import { ErrorBanner, LOADING, type LoadState, describeApiError, focusFirstInvalid, submitDialogForm, toLoadState } from '@gevinst/web/ui';
import { GovernanceApi } from '../data-access/governance-api';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import { describeFindingCount } from '../shared/health-findings';
import { nextPhase } from '../shared/phase-model';

export interface GateRequestDialogData {
  initiativeId: string;
  phase: Phase;
}

/**
 * "Anmod om fase-gate": the gate's checklist (the health check's open findings for the initiative's phase and size)
 * shown before the request is sent, and an optional note to the steering group. Closes with the API's answer.
 */
@Component({
  selector: 'gv-gate-request-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ErrorBanner],
  template: `
    <h2 mat-dialog-title>Anmod om fase-gate</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate>
      <mat-dialog-content class="gov-form">
        <p class="gov-form__text">
          Du beder styregruppen eller direktionen om at godkende, at initiativet går fra
          <strong>{{ phaseLabels[data.phase] }}</strong> til <strong>{{ to ? phaseLabels[to] : '' }}</strong>.
        </p>
        @if (failure(); as failure) {
          <gv-error-banner [message]="failure.message" [details]="failure.details" />
        }
        @let state = health();
        @if (state.status === 'loaded') {
          <section class="gov-form__checklist" aria-labelledby="gate-checklist-heading">
            <h3 id="gate-checklist-heading">Tjekliste for fase-gaten</h3>
            @if (state.value.findings.length === 0) {
              <p class="gov-form__text">Alle {{ state.value.rules.length }} regler, der gælder nu, er opfyldt. Der er ingen åbne fund.</p>
            } @else {
              <p class="gov-form__text">
                {{ state.value.rules.length }} regler gælder nu; der er {{ count(state.value.findings) }}. Styregruppen kan godkende
                fasen alligevel, men skal så begrunde det. Ret gerne fundene først.
              </p>
              <ul>
                @for (finding of state.value.findings; track finding.ruleId + $index) {
                  <li>
                    <span class="gov-form__rule">{{ severityLabels[finding.severity] }} · {{ finding.ruleId }}:</span> {{ finding.message }}
                    <span class="gov-form__advice">Det kan I gøre: {{ finding.advice }}</span>
                  </li>
                }
              </ul>
            }
          </section>
        } @else if (state.status === 'failed') {
          <gv-error-banner [message]="'Tjeklisten kunne ikke hentes. ' + describeApiError(state.error)" />
        } @else {
          <mat-progress-bar mode="indeterminate" aria-label="Henter tjeklisten" />
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Note til styregruppen</mat-label>
          <textarea matInput formControlName="note" rows="3" [maxlength]="limits.textMax"></textarea>
          <mat-hint>Valgfri. Fx hvad der er nået, eller hvorfor et fund kan vente.</mat-hint>
          <mat-error>{{ errorFor('note') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Annullér</button>
        <button mat-flat-button type="submit" [disabled]="busy() || health().status === 'loading'" disabledInteractive>Send anmodning</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './governance-dialogs.scss',
})
export class GateRequestDialog {
  protected readonly data = inject<GateRequestDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<GateRequestDialog, { governance: InitiativeGovernance; checklist: HealthFinding[] }>>(MatDialogRef);
  private readonly api = inject(GovernanceApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly severityLabels = HEALTH_SEVERITY_LABELS;
  protected readonly limits = GOVERNANCE_LIMITS;
  protected readonly describeApiError = describeApiError;
  protected readonly count = describeFindingCount;
  protected readonly to = nextPhase(this.data.phase);

  /** Fetched fresh: the checklist as it is when the request is sent. */
  protected readonly health = toSignal(this.api.health(this.data.initiativeId).pipe(toLoadState()), {
    initialValue: LOADING as LoadState<InitiativeHealth>,
  });

  protected readonly form = new FormGroup({
    note: new FormControl<string>('', { nonNullable: true, validators: [Validators.maxLength(GOVERNANCE_LIMITS.textMax)] }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof typeof this.form.controls): string {
    return fieldErrorMessage(this.form.controls[name]);
  }

  protected send(): void {
    const to = this.to;
    if (!to || this.health().status === 'loading') return;
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => this.api.requestGate(this.data.initiativeId, { toPhase: to, note: this.form.controls.note.value.trim() || null }),
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.failure.set(handleSaveFailure(this.form, apiError, 'Anmodningen blev ikke sendt', ''));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}
