import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { GOVERNANCE_LIMITS as L, type PriorityCriterion, type PriorityCriterionRequest, validateWeights } from '@gevinst/domain';
import { ErrorBanner, toApiError } from '@gevinst/web/ui';
import { map, startWith } from 'rxjs';
import { PrioritisationApi } from '../data-access/prioritisation-api';
import { fieldErrorMessage, requiredText } from '../shared/form-errors';
import { toDanishMessage } from '../shared/portfolio-messages';
import { type SaveFailure, describeGovernanceError } from '../shared/server-messages';
import { weightTotal } from './ranking';

export interface CriteriaDialogData {
  criteria: readonly PriorityCriterion[];
}

type CriterionRow = FormGroup<{
  id: FormControl<string | null>;
  name: FormControl<string>;
  description: FormControl<string>;
  weight: FormControl<number | null>;
  inverse: FormControl<boolean>;
}>;

const CRITERION_FIELD = /^criteria\.(\d+)\.(name|description|weight|inverse|id)$/;

function wholeNumber(control: AbstractControl<number | null>): ValidationErrors | null {
  return control.value === null || Number.isInteger(control.value) ? null : { wholeNumber: true };
}

function criterionRow(criterion: Partial<PriorityCriterion> = {}): CriterionRow {
  return new FormGroup({
    id: new FormControl<string | null>(criterion.id ?? null),
    name: new FormControl(criterion.name ?? '', { nonNullable: true, validators: [requiredText, Validators.maxLength(L.nameMax)] }),
    description: new FormControl(criterion.description ?? '', { nonNullable: true, validators: Validators.maxLength(L.textMax) }),
    weight: new FormControl<number | null>(criterion.weight ?? null, [Validators.required, Validators.min(0), Validators.max(L.weightTotal), wholeNumber]),
    inverse: new FormControl(criterion.inverse ?? false, { nonNullable: true }),
  });
}

/**
 * "Kriterier og vægte" (admin): the whole set of criteria with name, description, weight in whole percent and whether a
 * high score counts against the priority. The running total must reach 100; the same check as the API's (validateWeights)
 * runs before saving. A criterion keeps its id, and so its scores. Closes with the saved set.
 */
@Component({
  selector: 'gv-criteria-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule, ErrorBanner],
  templateUrl: './criteria-dialog.html',
  styleUrl: './criteria-dialog.scss',
})
export class CriteriaDialog {
  private readonly data = inject<CriteriaDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CriteriaDialog, PriorityCriterion[]>>(MatDialogRef);
  private readonly api = inject(PrioritisationApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly limits = L;
  protected readonly rows = new FormArray<CriterionRow>(
    (this.data.criteria.length > 0 ? this.data.criteria : [{}]).map((criterion) => criterionRow(criterion)),
  );
  protected readonly form = new FormGroup({ criteria: this.rows });
  protected readonly total = toSignal(
    this.rows.valueChanges.pipe(
      startWith(null),
      map(() => weightTotal(this.rows.controls.map((row) => row.controls.weight.value))),
    ),
    { requireSync: true },
  );
  /** Problems with the whole set (count, sum), shown at the total once the user tries to save. */
  protected readonly setProblems = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    // A message about the whole set is stale once the set changes; the running total speaks meanwhile.
    this.rows.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.setProblems.set([]));
  }

  protected errorFor(control: AbstractControl, required: string): string {
    return fieldErrorMessage(control, required);
  }

  protected add(): void {
    if (this.rows.length >= L.criteriaMax) return;
    this.rows.push(criterionRow());
    this.setProblems.set([]);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('.criterion:last-of-type input[formcontrolname="name"]')?.focus(), {
      injector: this.injector,
    });
  }

  protected remove(index: number): void {
    this.rows.removeAt(index);
    this.setProblems.set([]);
    this.host.nativeElement.querySelector<HTMLButtonElement>('.criteria-form__add')?.focus();
  }

  protected save(): void {
    if (this.busy()) return;
    this.failure.set(null);
    const criteria = this.toRequest();
    // The API's own rules (1–10 criteria, whole weights summing to 100, distinct names), with its Danish messages.
    const problems = validateWeights(criteria.map((c) => ({ name: c.name, weight: c.weight ?? Number.NaN })));
    this.setProblems.set(problems.filter((p) => p.field === 'criteria').map((p) => p.message));
    for (const problem of problems) this.markField(problem.field, problem.message);
    if (this.form.invalid || problems.length > 0) {
      this.form.markAllAsTouched();
      this.focusFirstProblem();
      return;
    }
    this.busy.set(true);
    this.api.replaceCriteria(criteria).subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.busy.set(false);
        this.handleFailure(error);
      },
    });
  }

  private toRequest(): PriorityCriterionRequest[] {
    return this.rows.getRawValue().map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      name: row.name.trim(),
      description: row.description.trim() === '' ? null : row.description.trim(),
      weight: row.weight as number,
      inverse: row.inverse,
    }));
  }

  /** criteria.N.field goes under that row's field; "criteria" itself is shown at the total. */
  private markField(field: string, message: string): boolean {
    const match = CRITERION_FIELD.exec(field);
    const control = match ? this.rows.at(Number(match[1]))?.get(match[2]) : null;
    if (!control) return false;
    control.setErrors({ ...control.errors, server: message });
    control.markAsTouched();
    return true;
  }

  private handleFailure(failure: unknown): void {
    const error = toApiError(failure);
    const details = error.details ?? [];
    if (details.length === 0) {
      this.failure.set({ message: describeGovernanceError(error), details: [], conflict: false });
      return;
    }
    const banner: string[] = [];
    const atTotal: string[] = [];
    for (const detail of details) {
      const messages = [...new Set(detail.messages.map(toDanishMessage))];
      if (detail.field === 'criteria') atTotal.push(...messages);
      else if (!this.markField(detail.field, messages.join('. '))) banner.push(...messages);
    }
    this.setProblems.set(atTotal);
    this.failure.set({ message: 'Kriterierne blev ikke gemt. Ret de markerede felter, og prøv igen.', details: banner, conflict: false });
    this.focusFirstProblem();
  }

  private focusFirstProblem(): void {
    const host = this.host.nativeElement;
    afterNextRender(
      () => {
        const field = host.querySelector<HTMLElement>('.criterion .mat-form-field-invalid input, .criterion .mat-form-field-invalid textarea');
        (field ?? host.querySelector<HTMLElement>('#criteria-total'))?.focus();
      },
      { injector: this.injector },
    );
  }
}
