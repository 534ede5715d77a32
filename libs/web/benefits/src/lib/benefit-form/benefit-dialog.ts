import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  BENEFIT_STATUSES,
  BENEFIT_STATUS_LABELS,
  BENEFIT_TYPES,
  BENEFIT_TYPE_LABELS,
  BENEFIT_UNITS,
  type Benefit,
  type Goal,
} from '@gevinst/domain';
import { DepartmentsStore } from '@gevinst/web/departments';
import { ErrorBanner, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { BenefitsApi } from '../data-access/benefits-api';
import { OwnerOptions } from '../data-access/owner-options';
import { BENEFIT_NOUN, type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';
import { BENEFIT_UNIT_LABELS } from '../shared/units';
import {
  type BenefitForm,
  benefitRequiredMessage,
  createBenefitForm,
  fillBenefitForm,
  toBenefitRequest,
} from './benefit-form.model';

export interface BenefitDialogData {
  initiativeId: string;
  /** Absent: "Ny gevinst". */
  benefit?: Benefit;
  /** The initiative's goals, one of which the benefit may serve. */
  goals: readonly Goal[];
}

/** "Ny gevinst" and "Redigér gevinst"; closes with the saved benefit. The yearly profile has its own dialog. */
@Component({
  selector: 'gv-benefit-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ErrorBanner,
  ],
  templateUrl: './benefit-dialog.html',
  styleUrl: './benefit-dialog.scss',
})
export class BenefitDialog {
  protected readonly data = inject<BenefitDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<BenefitDialog, Benefit>>(MatDialogRef);
  private readonly api = inject(BenefitsApi);
  private readonly owners = inject(OwnerOptions);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly departments = inject(DepartmentsStore);

  protected readonly editing = this.data.benefit !== undefined;
  protected readonly types = BENEFIT_TYPES.map((value) => ({ value, label: BENEFIT_TYPE_LABELS[value] }));
  protected readonly units = BENEFIT_UNITS.map((value) => ({ value, label: BENEFIT_UNIT_LABELS[value] }));
  protected readonly statuses = BENEFIT_STATUSES.map((value) => ({ value, label: BENEFIT_STATUS_LABELS[value] }));
  protected readonly allOwners = this.owners.canListAll();
  protected readonly ownerOptions = toSignal(this.owners.load(this.data.benefit?.owner ?? null), { initialValue: [] });
  protected readonly form: BenefitForm = createBenefitForm();
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private version = this.data.benefit?.version ?? 0;
  private latest: Benefit | null = null;

  constructor() {
    if (this.data.benefit) fillBenefitForm(this.form, this.data.benefit);
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof BenefitForm['controls']): string {
    return fieldErrorMessage(this.form.controls[name], benefitRequiredMessage(name));
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    fillBenefitForm(this.form, this.latest);
    this.version = this.latest.version;
    this.failure.set(null);
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const request = toBenefitRequest(this.form);
        const benefit = this.data.benefit;
        return benefit
          ? this.api.update(benefit.id, { ...request, version: this.version })
          : this.api.create(this.data.initiativeId, request);
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.latest = isBenefit(apiError.current) ? apiError.current : null;
        this.failure.set(handleSaveFailure(this.form, apiError, BENEFIT_NOUN));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }
}

function isBenefit(value: unknown): value is Benefit {
  const candidate = value as Partial<Benefit> | null;
  return typeof candidate?.id === 'string' && typeof candidate.version === 'number' && Array.isArray(candidate.years);
}
