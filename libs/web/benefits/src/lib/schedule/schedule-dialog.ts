import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { BENEFIT_LIMITS, type EvaluationPointView, evaluationSchedule } from '@gevinst/domain';
import { AccessibleCalendarHeader, ErrorBanner, focusFirstInvalid, toApiError, toIsoDate } from '@gevinst/web/ui';
import { map, startWith } from 'rxjs';
import { type FollowUpTarget, FollowUpApi } from '../data-access/follow-up-api';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';

export interface ScheduleDialogData {
  target: FollowUpTarget;
  title: string;
}

const MONTHS_MAX = 24;

/** "Planlæg evalueringspunkter": a series of due measurements, e.g. quarterly for two years after go-live. */
@Component({
  selector: 'gv-schedule-dialog',
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
    ErrorBanner,
  ],
  templateUrl: './schedule-dialog.html',
  styleUrl: './schedule-dialog.scss',
})
export class ScheduleDialog {
  protected readonly data = inject<ScheduleDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ScheduleDialog, EvaluationPointView[]>>(MatDialogRef);
  private readonly api = inject(FollowUpApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly earliestDate = new Date(2000, 0, 1);
  protected readonly latestDate = new Date(2099, 11, 31);
  protected readonly monthsMax = MONTHS_MAX;
  protected readonly countMax = BENEFIT_LIMITS.scheduleCountMax;
  protected readonly form = new FormGroup({
    start: new FormControl<Date | null>(null, Validators.required),
    monthsApart: new FormControl<number | null>(3, [Validators.required, Validators.min(1), Validators.max(MONTHS_MAX)]),
    count: new FormControl<number | null>(8, [Validators.required, Validators.min(1), Validators.max(this.countMax)]),
    label: new FormControl('', { nonNullable: true, validators: Validators.maxLength(BENEFIT_LIMITS.titleMax) }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(null), map(() => this.form.getRawValue())), {
    requireSync: true,
  });
  /** The dates the series will get, computed as the API does. */
  protected readonly dates = computed(() => {
    const { start, monthsApart, count } = this.value();
    const iso = toIsoDate(start);
    if (!iso || !this.form.valid || !monthsApart || !count) return [];
    return evaluationSchedule(iso, monthsApart, count);
  });

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: 'start' | 'monthsApart' | 'count' | 'label'): string {
    const control = this.form.controls[name];
    if (control.hasError('min') || control.hasError('max')) {
      const max = name === 'monthsApart' ? MONTHS_MAX : this.countMax;
      return `Skriv et helt tal fra 1 til ${max}`;
    }
    return fieldErrorMessage(control, name === 'start' ? 'Vælg startdatoen' : 'Skriv et tal');
  }

  protected save(): void {
    if (this.busy()) return;
    this.failure.set(null);
    const value = this.form.getRawValue();
    const wholeNumbers = Number.isInteger(value.monthsApart) && Number.isInteger(value.count);
    if (this.form.invalid || !wholeNumbers) {
      if (!Number.isInteger(value.monthsApart)) this.form.controls.monthsApart.setErrors({ min: true });
      if (!Number.isInteger(value.count)) this.form.controls.count.setErrors({ min: true });
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.form);
      return;
    }
    this.busy.set(true);
    const request = {
      start: toIsoDate(value.start) as string,
      monthsApart: value.monthsApart as number,
      count: value.count as number,
      label: value.label.trim() || null,
    };
    this.api.schedule(this.data.target, request).subscribe({
      next: (points) => this.dialogRef.close(points),
      error: (error: unknown) => {
        this.busy.set(false);
        const noun = { subject: 'Evalueringspunkterne', pronoun: 'den' } as const;
        this.failure.set(handleSaveFailure(this.form, toApiError(error), noun));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}
