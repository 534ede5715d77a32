import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { type ApiError, FUNDING_CATEGORY_LABELS, FUNDING_LIMITS, type PoolApplication } from '@gevinst/domain';
import { ErrorBanner, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { FundingApi } from '../data-access/funding-api';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import { formatKroner } from '../shared/money';

export interface DecisionDialogData {
  application: PoolApplication;
  /** What is left in the pool that year, when known. */
  remaining: number | null;
}

type Decision = 'granted' | 'rejected';

const CONFLICT = 'Ansøgningen er blevet ændret af en anden, siden du åbnede den. Luk, og åbn den igen fra den opdaterede liste.';
const ALREADY_DECIDED = 'Ansøgningen er allerede afgjort. Luk dialogen for at se afgørelsen i listen.';

/** Reason is required when rejecting: the applicant is told why. */
const reasonWhenRejected: ValidatorFn = (control: AbstractControl<string>) =>
  control.parent?.get('decision')?.value === 'rejected' && (control.value ?? '').trim() === '' ? { required: true } : null;

/** Finance grants (the grant becomes a confirmed funding line) or rejects with a reason. Closes with the decided application. */
@Component({
  selector: 'gv-decision-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorBanner],
  templateUrl: './decision-dialog.html',
  styleUrl: './decision-dialog.scss',
})
export class DecisionDialog {
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DecisionDialog, PoolApplication>>(MatDialogRef);
  private readonly api = inject(FundingApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly application = this.data.application;
  protected readonly categoryLabels = FUNDING_CATEGORY_LABELS;
  protected readonly kroner = formatKroner;
  protected readonly aboveRemaining = this.data.remaining !== null && this.application.amount > this.data.remaining;

  protected readonly form = new FormGroup({
    decision: new FormControl<Decision | null>(null, Validators.required),
    reason: new FormControl('', { nonNullable: true, validators: [reasonWhenRejected, Validators.maxLength(FUNDING_LIMITS.reasonMax)] }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    this.form.controls.decision.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.reason.updateValueAndValidity());
  }

  protected decisionError(): string {
    return fieldErrorMessage(this.form.controls.decision, 'Vælg, om ansøgningen bevilges eller afslås');
  }

  protected reasonError(): string {
    return fieldErrorMessage(this.form.controls.reason, 'Skriv en begrundelse til ansøgeren');
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const { decision, reason } = this.form.getRawValue();
        return this.api.decide(this.application.id, {
          version: this.application.version,
          decision: decision as Decision,
          reason: reason.trim() === '' ? null : reason.trim(),
        });
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (error) => {
        this.failure.set(this.failureOf(error));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }

  private failureOf(error: ApiError): SaveFailure {
    if (error.code === 'INVALID_STATE' && !(error.details?.length)) return { message: ALREADY_DECIDED, details: [], conflict: false };
    // No "Genindlæs" here: the list behind the dialog reloads when it closes.
    return { ...handleSaveFailure(this.form, error, 'Afgørelsen', CONFLICT), conflict: false };
  }
}
