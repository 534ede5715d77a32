import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type ApiError, FUNDING_LIMITS, type FundingPool, type FundingPoolRequest } from '@gevinst/domain';
import { ErrorBanner, Today, applyServerFieldErrors, focusFirstInvalid, hasFieldErrors, submitDialogForm } from '@gevinst/web/ui';
import { FundingApi } from '../data-access/funding-api';
import { type SaveFailure, failureOf, fieldErrorMessage, requiredText, toDanishFieldMessage } from '../shared/form-errors';
import { formatKroner, kronerValidator, parseKroner, toKronerInput } from '../shared/money';

export interface PoolDialogData {
  /** Absent: "Ny pulje". */
  pool?: FundingPool;
}

type YearRow = FormGroup<{ year: FormControl<number | null>; capital: FormControl<string> }>;

const CONFLICT = 'Puljen er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se de nyeste oplysninger.';
const YEAR_FIELD = /^years\.(\d+)\.(year|capital)$/;

/** Two rows with the same year: the later one is marked. */
function uniqueYears(array: AbstractControl): ValidationErrors | null {
  const rows = (array as FormArray<YearRow>).controls;
  const seen = new Set<number>();
  for (const row of rows) {
    const year = row.controls.year;
    const duplicate = year.value !== null && seen.has(year.value);
    if (year.value !== null) seen.add(year.value);
    if (duplicate && !year.hasError('duplicateYear')) year.setErrors({ ...year.errors, duplicateYear: true });
    if (!duplicate && year.hasError('duplicateYear')) {
      const { duplicateYear: _d, ...rest } = year.errors ?? {};
      year.setErrors(Object.keys(rest).length > 0 ? rest : null);
    }
  }
  return null;
}

function yearRow(year: number | null, capital = ''): YearRow {
  return new FormGroup({
    year: new FormControl<number | null>(year, [Validators.required, Validators.min(FUNDING_LIMITS.yearMin), Validators.max(FUNDING_LIMITS.yearMax)]),
    capital: new FormControl(capital, { nonNullable: true, validators: [requiredText, kronerValidator({ min: 0 })] }),
  });
}

/** "Ny pulje" and "Redigér pulje": name, rules in plain words and the capital per year. Closes with the saved pool. */
@Component({
  selector: 'gv-pool-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ErrorBanner],
  templateUrl: './pool-dialog.html',
  styleUrl: './pool-dialog.scss',
})
export class PoolDialog {
  protected readonly data = inject<PoolDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PoolDialog, FundingPool>>(MatDialogRef);
  private readonly api = inject(FundingApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly today = inject(Today);

  private pool = this.data.pool;
  protected readonly editing = this.pool !== undefined;
  protected readonly heading = this.pool ? `Redigér pulje` : 'Ny pulje';
  protected readonly limits = FUNDING_LIMITS;
  protected readonly kroner = formatKroner;

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [requiredText, Validators.maxLength(FUNDING_LIMITS.nameMax)] }),
    rules: new FormControl('', { nonNullable: true, validators: Validators.maxLength(FUNDING_LIMITS.rulesMax) }),
    years: new FormArray<YearRow>([], { validators: uniqueYears }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private version = this.pool?.version ?? 0;
  private latest: FundingPool | null = null;

  constructor() {
    this.fill(this.pool ?? null);
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected get rows(): YearRow[] {
    return this.form.controls.years.controls;
  }

  /** What is granted in a row's year (a pool being edited), shown under its capital. */
  protected grantedIn(row: YearRow): number {
    return this.pool?.years.find((y) => y.year === row.controls.year.value)?.granted ?? 0;
  }

  protected errorFor(control: AbstractControl, required: string): string {
    return fieldErrorMessage(control, required);
  }

  protected firstInvalidRow(): number {
    return this.rows.findIndex((row) => row.invalid);
  }

  protected addYear(): void {
    const years = this.rows.map((row) => row.controls.year.value ?? 0);
    const next = years.length > 0 ? Math.max(...years) + 1 : this.today.year();
    this.form.controls.years.push(yearRow(Math.min(next, FUNDING_LIMITS.yearMax)));
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLInputElement>('.pool-form__year:last-of-type input[formcontrolname="capital"]')?.focus(), {
      injector: this.injector,
    });
  }

  protected removeYear(index: number): void {
    this.form.controls.years.removeAt(index);
    this.host.nativeElement.querySelector<HTMLButtonElement>('.pool-form__add-year')?.focus();
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    this.pool = this.latest;
    this.version = this.latest.version;
    this.fill(this.latest);
    this.failure.set(null);
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const request = this.toRequest();
        const pool = this.pool;
        return pool ? this.api.updatePool(pool.id, { ...request, version: this.version }) : this.api.createPool(request);
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (error) => {
        this.latest = isPool(error.current) ? error.current : null;
        this.failure.set(this.handleFailure(error));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }

  private fill(pool: FundingPool | null): void {
    this.form.controls.years.clear({ emitEvent: false });
    for (const year of pool?.years ?? []) this.form.controls.years.push(yearRow(year.year, toKronerInput(year.capital)), { emitEvent: false });
    this.form.reset({ name: pool?.name ?? '', rules: pool?.rules ?? '' }, { emitEvent: false });
    if (!pool) this.form.controls.years.push(yearRow(this.today.year()));
  }

  private toRequest(): FundingPoolRequest {
    const value = this.form.getRawValue();
    return {
      name: value.name.trim(),
      rules: value.rules.trim() === '' ? null : value.rules.trim(),
      years: value.years.map((row) => ({ year: row.year as number, capital: parseKroner(row.capital) as number })),
    };
  }

  /** years.N.capital goes under that row's capital; "years" as a whole and unknown fields become banner lines. */
  private handleFailure(error: ApiError): SaveFailure {
    if (!hasFieldErrors(error)) return failureOf(error, CONFLICT);
    const banner: string[] = [];
    const topLevel = [];
    for (const detail of error.details ?? []) {
      const messages = [...new Set(detail.messages.map(toDanishFieldMessage))];
      const match = YEAR_FIELD.exec(detail.field);
      const control = match ? this.rows[Number(match[1])]?.controls[match[2] as 'year' | 'capital'] : undefined;
      if (control) {
        control.setErrors({ ...control.errors, server: messages.join('. ') });
        control.markAsTouched();
      } else if (detail.field.startsWith('years')) banner.push(...messages);
      else topLevel.push({ field: detail.field, messages });
    }
    const rest = applyServerFieldErrors(this.form, topLevel, (_field, messages) => messages.join('. '));
    banner.push(...topLevel.filter((d) => rest.includes(d.field)).flatMap((d) => d.messages));
    return { message: 'Puljen blev ikke gemt. Ret de markerede felter, og prøv igen.', details: banner, conflict: false };
  }
}

function isPool(value: unknown): value is FundingPool {
  const candidate = value as Partial<FundingPool> | null;
  return typeof candidate?.id === 'string' && typeof candidate.version === 'number' && Array.isArray(candidate.years);
}
