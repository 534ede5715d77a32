import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { GOVERNANCE_LIMITS, type PortfolioReview, STEERING_LEVEL_LABELS, type SteeringGroup } from '@gevinst/domain';
import { AccessibleCalendarHeader, ErrorBanner, Today, focusFirstInvalid, submitDialogForm, toIsoDate } from '@gevinst/web/ui';
import { ReviewsApi } from '../data-access/reviews-api';
import { fieldErrorMessage, requiredText } from '../shared/form-errors';
import { type SaveFailure, handleSaveFailure } from '../shared/server-messages';

export interface ReviewDialogData {
  /** The groups the user may call a meeting for. */
  groups: readonly SteeringGroup[];
}

/** "Nyt porteføljemøde": group, title and date. The API builds the agenda; closes with the created meeting. */
@Component({
  selector: 'gv-review-dialog',
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
    MatSelectModule,
    ErrorBanner,
  ],
  templateUrl: './review-dialog.html',
  styleUrl: './review-dialog.scss',
})
export class ReviewDialog {
  protected readonly data = inject<ReviewDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReviewDialog, PortfolioReview>>(MatDialogRef);
  private readonly api = inject(ReviewsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly today = inject(Today);

  protected readonly levelLabels = STEERING_LEVEL_LABELS;
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly form = new FormGroup({
    steeringGroupId: new FormControl(this.data.groups.length === 1 ? this.data.groups[0].id : '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    title: new FormControl('', { nonNullable: true, validators: [requiredText, Validators.maxLength(GOVERNANCE_LIMITS.nameMax)] }),
    heldOn: new FormControl<Date | null>(this.today.date(), Validators.required),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
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
      request: () => {
        const value = this.form.getRawValue();
        return this.api.create({ steeringGroupId: value.steeringGroupId, title: value.title.trim(), heldOn: toIsoDate(value.heldOn) as string });
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (error) => {
        this.failure.set(handleSaveFailure(this.form, error, 'Mødet', ''));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}
