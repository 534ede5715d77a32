import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MEASUREMENT_KINDS, MEASUREMENT_KIND_LABELS, type Measurement, type MeasurementKind, addDays } from '@gevinst/domain';
import { AccessibleCalendarHeader, ErrorBanner, Today, focusFirstInvalid, fromIsoDate, submitDialogForm } from '@gevinst/web/ui';
import { type FollowUpTarget, FollowUpApi } from '../data-access/follow-up-api';
import { formatNumber } from '../shared/danish-number';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import {
  type MeasurementForm,
  createMeasurementForm,
  measurementField,
  timeStudyPreview,
  toMeasurementRequest,
} from './measurement-form.model';

export interface MeasurementDialogData {
  target: FollowUpTarget;
  /** The goal's or benefit's title, shown under the dialog's heading. */
  title: string;
  /** The indicator's unit in words ("timer", "kr.", "%"); empty when it has none. */
  unitText: string;
  /** Benefits counted in hours may use the time-study helper. */
  hours: boolean;
  /** The kind preselected: "Før" for a first measurement, else "Efter". */
  defaultKind: MeasurementKind | null;
  openPoints: readonly { id: string; dueDate: string; label: string | null; overdue: boolean }[];
}

const REQUIRED: Record<string, string> = {
  kind: 'Vælg, om målingen er før, undervejs eller efter',
  measuredOn: 'Vælg datoen for målingen',
  value: 'Skriv den målte værdi',
  minutesBefore: 'Skriv minutter pr. sag før',
  minutesAfter: 'Skriv minutter pr. sag efter',
  casesPerYear: 'Skriv antal sager pr. år',
};

/** "Registrér måling" on a goal or a benefit; closes with the recorded measurement. */
@Component({
  selector: 'gv-measurement-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    ErrorBanner,
  ],
  templateUrl: './measurement-dialog.html',
  styleUrl: './measurement-dialog.scss',
})
export class MeasurementDialog {
  protected readonly data = inject<MeasurementDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MeasurementDialog, Measurement>>(MatDialogRef);
  private readonly api = inject(FollowUpApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly today = inject(Today);

  protected readonly kinds = MEASUREMENT_KINDS.map((value) => ({ value, label: MEASUREMENT_KIND_LABELS[value] }));
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly earliestDate = new Date(2000, 0, 1);
  /** The API accepts dates up to one day ahead. */
  protected readonly latestDate = fromIsoDate(addDays(this.today.today(), 1)) as Date;
  protected readonly form: MeasurementForm = createMeasurementForm(this.data.defaultKind, this.today.date());
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  protected readonly preview = signal(timeStudyPreview(this.form));
  protected readonly formatNumber = formatNumber;

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => {
      this.preview.set(timeStudyPreview(this.form));
      changeDetector.markForCheck();
    });
  }

  protected errorFor(name: keyof MeasurementForm['controls']): string {
    if (name === 'measuredOn' && this.form.controls.measuredOn.hasError('matDatepickerMax')) {
      return 'Datoen må højst ligge én dag ude i fremtiden';
    }
    return fieldErrorMessage(this.form.controls[name], REQUIRED[name]);
  }

  protected showKindError(): boolean {
    const kind = this.form.controls.kind;
    return kind.invalid && (kind.touched || this.submitted());
  }

  protected save(): void {
    this.submitted.set(true);
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => this.api.record(this.data.target, toMeasurementRequest(this.form)),
      onSaved: (measurement) => this.dialogRef.close(measurement),
      onFailed: (apiError) => {
        const noun = { subject: 'Målingen', pronoun: 'den' } as const;
        this.failure.set(handleSaveFailure(this.form, apiError, noun, measurementField));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}
