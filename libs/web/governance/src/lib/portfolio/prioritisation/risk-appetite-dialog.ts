import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  GOVERNANCE_LIMITS,
  RISK_APPETITES,
  RISK_APPETITE_LABELS,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  type RiskAppetite,
  type RiskAppetiteStatement,
  type RiskCategory,
} from '@gevinst/domain';
import { ErrorBanner, submitDialogForm } from '@gevinst/web/ui';
import { PrioritisationApi } from '../data-access/prioritisation-api';
import { fieldErrorMessage } from '../shared/form-errors';
import { type SaveFailure, handleSaveFailure } from '../shared/server-messages';

export interface RiskAppetiteDialogData {
  statements: readonly RiskAppetiteStatement[];
}

type AreaRow = FormGroup<{ appetite: FormControl<RiskAppetite | ''>; statement: FormControl<string> }>;

/** A statement needs the appetite it explains. */
function appetiteWithStatement(group: AbstractControl): ValidationErrors | null {
  const { appetite, statement } = (group as AreaRow).controls;
  const missing = appetite.value === '' && statement.value.trim() !== '';
  if (missing && !appetite.hasError('required')) appetite.setErrors({ ...appetite.errors, required: true });
  if (!missing && appetite.hasError('required')) {
    const { required: _r, ...rest } = appetite.errors ?? {};
    appetite.setErrors(Object.keys(rest).length > 0 ? rest : null);
  }
  return null;
}

/**
 * "Risikovillighed" (admin): per risk area how much risk the organisation accepts (averse, cautious, open) and a short
 * statement. The whole statement is saved at once; an area left empty is not stated. Closes with the saved statements.
 */
@Component({
  selector: 'gv-risk-appetite-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBanner],
  templateUrl: './risk-appetite-dialog.html',
  styleUrl: './risk-appetite-dialog.scss',
})
export class RiskAppetiteDialog {
  private readonly data = inject<RiskAppetiteDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RiskAppetiteDialog, RiskAppetiteStatement[]>>(MatDialogRef);
  private readonly api = inject(PrioritisationApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly categories: readonly RiskCategory[] = RISK_CATEGORIES;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly appetiteOptions = RISK_APPETITES.map((value) => ({ value, label: RISK_APPETITE_LABELS[value] }));
  protected readonly areas = new FormArray<AreaRow>(
    RISK_CATEGORIES.map((category) => {
      const stated = this.data.statements.find((s) => s.category === category);
      return new FormGroup(
        {
          appetite: new FormControl<RiskAppetite | ''>(stated?.appetite ?? '', { nonNullable: true }),
          statement: new FormControl(stated?.statement ?? '', { nonNullable: true, validators: Validators.maxLength(GOVERNANCE_LIMITS.textMax) }),
        },
        { validators: appetiteWithStatement },
      );
    }),
  );
  protected readonly form = new FormGroup({ appetites: this.areas });
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
      request: () => this.api.replaceRiskAppetite(this.toRequest()),
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (error) => this.failure.set(handleSaveFailure(this.form, error, 'Risikovilligheden', '')),
    });
    if (this.form.invalid) this.host.nativeElement.querySelector<HTMLElement>('.area .mat-form-field-invalid mat-select, .area .mat-form-field-invalid textarea')?.focus();
  }

  private toRequest(): RiskAppetiteStatement[] {
    return this.areas.getRawValue().flatMap((area, index) =>
      area.appetite === ''
        ? []
        : [{ category: RISK_CATEGORIES[index], appetite: area.appetite, statement: area.statement.trim() === '' ? null : area.statement.trim() }],
    );
  }
}
