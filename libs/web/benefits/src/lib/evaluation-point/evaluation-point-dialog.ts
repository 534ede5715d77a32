import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { BENEFIT_LIMITS, type EvaluationPointView } from '@gevinst/domain';
import {
  AccessibleCalendarHeader,
  ErrorBanner,
  focusFirstInvalid,
  fromIsoDate,
  submitDialogForm,
  toIsoDate,
} from '@gevinst/web/ui';
import { FollowUpApi } from '../data-access/follow-up-api';
import { POINT_NOUN, type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';

export interface EvaluationPointDialogData {
  point: EvaluationPointView;
  /** The goal or benefit the point belongs to. */
  title: string;
}

/** "Redigér evalueringspunkt": moves or renames one open (not yet measured) point. */
@Component({
  selector: 'gv-evaluation-point-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ErrorBanner,
  ],
  templateUrl: './evaluation-point-dialog.html',
  styleUrl: './evaluation-point-dialog.scss',
})
export class EvaluationPointDialog {
  protected readonly data = inject<EvaluationPointDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<EvaluationPointDialog, EvaluationPointView>>(MatDialogRef);
  private readonly api = inject(FollowUpApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly earliestDate = new Date(2000, 0, 1);
  protected readonly latestDate = new Date(2099, 11, 31);
  protected readonly form = new FormGroup({
    dueDate: new FormControl<Date | null>(fromIsoDate(this.data.point.dueDate), Validators.required),
    label: new FormControl(this.data.point.label ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(BENEFIT_LIMITS.titleMax),
    }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: 'dueDate' | 'label'): string {
    return fieldErrorMessage(this.form.controls[name], name === 'dueDate' ? 'Vælg fristen' : 'Feltet skal udfyldes');
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const value = this.form.getRawValue();
        const request = { dueDate: toIsoDate(value.dueDate) as string, label: value.label.trim() || null };
        return this.api.updatePoint(this.data.point.id, request);
      },
      onSaved: (point) => this.dialogRef.close(point),
      onFailed: (apiError) => {
        this.failure.set(handleSaveFailure(this.form, apiError, POINT_NOUN));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}
