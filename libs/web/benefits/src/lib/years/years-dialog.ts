import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { BENEFIT_LIMITS, type Benefit } from '@gevinst/domain';
import { ErrorBanner, Today, describeApiError, hasFieldErrors, isVersionConflict, toApiError } from '@gevinst/web/ui';
import { BenefitsApi } from '../data-access/benefits-api';
import { BENEFIT_NOUN, type SaveFailure, conflictMessage, fieldErrorMessage } from '../shared/form-errors';
import { toDanishFieldMessage } from '../shared/server-messages';
import { unitName } from '../shared/units';
import { type YearRow, type YearsForm, createYearsForm, nextYear, toYears, yearRow } from './years-form.model';

export interface YearsDialogData {
  benefit: Benefit;
}

/**
 * "Redigér årsprofil": planned and realised amount per year. Project leads and admins change everything; the
 * benefit owner records realised amounts (the API refuses other changes from them).
 */
@Component({
  selector: 'gv-years-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ErrorBanner,
  ],
  templateUrl: './years-dialog.html',
  styleUrl: './years-dialog.scss',
})
export class YearsDialog {
  protected readonly data = inject<YearsDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<YearsDialog, Benefit>>(MatDialogRef);
  private readonly api = inject(BenefitsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly injector = inject(Injector);
  private readonly today = inject(Today);

  protected benefit = this.data.benefit;
  /** Owners record realised amounts only. */
  protected readonly realisedOnly = !this.benefit.can.manage;
  protected readonly unit = unitName(this.benefit.unit, this.benefit.unitLabel);
  protected readonly maxYears = BENEFIT_LIMITS.yearsMax;
  protected form: YearsForm = this.createForm(this.benefit);
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private latest: Benefit | null = null;

  constructor() {
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => this.changeDetector.markForCheck());
  }

  protected get rows(): YearRow[] {
    return this.form.controls.years.controls;
  }

  protected label(row: YearRow, index: number): string {
    return row.controls.year.value.trim() || `række ${index + 1}`;
  }

  protected errorFor(row: YearRow, name: 'year' | 'planned' | 'realised'): string {
    const control = row.controls[name];
    if (control.hasError('duplicateYear')) return 'Året står der allerede';
    return fieldErrorMessage(control, name === 'year' ? 'Skriv året' : 'Skriv det planlagte beløb');
  }

  protected addYear(): void {
    this.form.controls.years.push(yearRow({ year: nextYear(this.form, this.today.year()), planned: null, realised: null }));
    // Focus the new row's planned amount: the year is filled in already.
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLInputElement>('tbody tr:last-child input[data-planned]')?.focus(),
      { injector: this.injector },
    );
  }

  protected removeYear(index: number): void {
    this.form.controls.years.removeAt(index);
    this.host.nativeElement.querySelector<HTMLButtonElement>('.years-form__add')?.focus();
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    this.benefit = this.latest;
    this.form = this.createForm(this.latest);
    this.form.events.subscribe(() => this.changeDetector.markForCheck());
    this.failure.set(null);
  }

  protected save(): void {
    if (this.busy()) return;
    this.failure.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.host.nativeElement.querySelector<HTMLInputElement>('input.ng-invalid')?.focus();
      return;
    }
    this.busy.set(true);
    this.api.putYears(this.benefit.id, this.benefit.version, toYears(this.form)).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => this.fail(error),
    });
  }

  private createForm(benefit: Benefit): YearsForm {
    const form = createYearsForm(benefit.years);
    if (!benefit.can.manage) {
      for (const row of form.controls.years.controls) {
        row.controls.year.disable();
        row.controls.planned.disable();
      }
    }
    return form;
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    const apiError = toApiError(error);
    if (isVersionConflict(apiError)) {
      const current = apiError.current as Partial<Benefit> | null;
      this.latest = typeof current?.id === 'string' && Array.isArray(current.years) ? (current as Benefit) : null;
      this.failure.set({ message: conflictMessage(BENEFIT_NOUN), details: [], conflict: true });
      return;
    }
    if (!hasFieldErrors(apiError)) {
      this.failure.set({ message: describeApiError(apiError), details: [], conflict: false });
      return;
    }
    const unmatched: string[] = [];
    for (const detail of apiError.details ?? []) {
      const match = /^years\.(\d+)\.(year|planned|realised)$/.exec(detail.field);
      const control = match ? this.rows[Number(match[1])]?.controls[match[2] as 'year'] : undefined;
      const message = detail.messages.map(toDanishFieldMessage).join('. ');
      if (control) {
        control.setErrors({ server: message });
        control.markAsTouched();
      } else unmatched.push(message);
    }
    this.failure.set({
      message: 'Årsprofilen blev ikke gemt. Ret de markerede felter, og prøv igen.',
      details: unmatched,
      conflict: false,
    });
    this.host.nativeElement.querySelector<HTMLInputElement>('input.ng-invalid')?.focus();
  }
}
