import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors } from '@angular/forms';
import { BENEFIT_LIMITS, type BenefitYear } from '@gevinst/domain';
import { parseDanishNumber, toInputNumber } from '../shared/danish-number';
import { danishNumber, requiredText } from '../shared/form-errors';

export type YearRow = FormGroup<{
  year: FormControl<string>;
  planned: FormControl<string>;
  realised: FormControl<string>;
}>;

export type YearsForm = FormGroup<{ years: FormArray<YearRow> }>;

function validYear(control: AbstractControl<string>): ValidationErrors | null {
  const text = control.value.trim();
  if (text === '') return null;
  const year = Number(text);
  if (!Number.isInteger(year)) return { integer: true };
  if (year < BENEFIT_LIMITS.yearMin) return { min: { min: BENEFIT_LIMITS.yearMin } };
  if (year > BENEFIT_LIMITS.yearMax) return { max: { max: BENEFIT_LIMITS.yearMax } };
  return null;
}

/** A year may appear once; the later row gets the error. */
function uniqueYear(control: AbstractControl<string>): ValidationErrors | null {
  const rows = control.parent?.parent as FormArray<YearRow> | null;
  if (!rows) return null;
  const index = rows.controls.findIndex((row) => row.controls.year === control);
  const year = control.value.trim();
  const earlier = rows.controls.slice(0, Math.max(0, index)).some((row) => row.controls.year.value.trim() === year);
  return year !== '' && earlier ? { duplicateYear: true } : null;
}

export function yearRow(year: BenefitYear | { year: number | null; planned: number | null; realised: number | null }): YearRow {
  return new FormGroup({
    year: new FormControl(year.year === null ? '' : String(year.year), {
      nonNullable: true,
      validators: [requiredText, validYear, uniqueYear],
    }),
    planned: new FormControl(toInputNumber(year.planned), { nonNullable: true, validators: [requiredText, danishNumber] }),
    realised: new FormControl(toInputNumber(year.realised), { nonNullable: true, validators: [danishNumber] }),
  });
}

export function createYearsForm(years: readonly BenefitYear[]): YearsForm {
  const form: YearsForm = new FormGroup({
    years: new FormArray([...years].sort((a, b) => a.year - b.year).map((y) => yearRow(y))),
  });
  // Duplicates depend on the other rows.
  form.controls.years.valueChanges.subscribe(() => {
    for (const row of form.controls.years.controls) row.controls.year.updateValueAndValidity({ emitEvent: false });
  });
  return form;
}

/** The next year to add: after the last one, or this year for an empty profile. */
export function nextYear(form: YearsForm, thisYear: number): number {
  const years = form.controls.years.controls.map((row) => Number(row.controls.year.value)).filter(Number.isInteger);
  return years.length === 0 ? thisYear : Math.max(...years) + 1;
}

export function toYears(form: YearsForm): BenefitYear[] {
  return form.controls.years.getRawValue().map((row) => ({
    year: Number(row.year.trim()),
    planned: parseDanishNumber(row.planned) as number,
    realised: parseDanishNumber(row.realised),
  }));
}
