import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  type CreateInitiativeRequest,
  INITIATIVE_LIMITS,
  type InitiativeDetail,
  type RadarRing,
  type SizeClass,
} from '@gevinst/domain';
import { fromIsoDate, toIsoDate } from '@gevinst/web/ui';

/** Control names equal the request's property names, so server field errors map one to one. */
export type InitiativeForm = FormGroup<{
  title: FormControl<string>;
  purpose: FormControl<string>;
  description: FormControl<string>;
  expectedValue: FormControl<string>;
  leadDepartmentId: FormControl<string | null>;
  involvedDepartmentIds: FormControl<string[]>;
  sizeClass: FormControl<SizeClass | null>;
  technology: FormControl<string>;
  radarRing: FormControl<RadarRing | null>;
  plannedStart: FormControl<Date | null>;
  plannedEnd: FormControl<Date | null>;
}>;

export type InitiativeFormValue = ReturnType<InitiativeForm['getRawValue']>;

/** Dates outside this range are almost always typos (e.g. a two-digit year read as year 26). */
export const EARLIEST_DATE = new Date(2000, 0, 1);
export const LATEST_DATE = new Date(2099, 11, 31);

/** Like Validators.required, but text of only spaces counts as empty too. */
export function requiredText(control: AbstractControl<string | null>): ValidationErrors | null {
  return (control.value ?? '').trim() === '' ? { required: true } : null;
}

/** Sits on plannedEnd so the message appears under that field. */
export function notBeforeStart(control: AbstractControl<Date | null>): ValidationErrors | null {
  const start = toIsoDate((control.parent as InitiativeForm | null)?.controls.plannedStart.value);
  const end = toIsoDate(control.value);
  // 'YYYY-MM-DD' strings compare in calendar order; time of day cannot interfere.
  return start && end && end < start ? { endBeforeStart: true } : null;
}

const text = (maxLength: number, required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: required ? [requiredText, Validators.maxLength(maxLength)] : [Validators.maxLength(maxLength)],
  });

export function createInitiativeForm(): InitiativeForm {
  const form: InitiativeForm = new FormGroup({
    title: text(INITIATIVE_LIMITS.titleMax, true),
    purpose: text(INITIATIVE_LIMITS.purposeMax, true),
    description: text(INITIATIVE_LIMITS.descriptionMax),
    expectedValue: text(INITIATIVE_LIMITS.expectedValueMax),
    leadDepartmentId: new FormControl<string | null>(null, Validators.required),
    involvedDepartmentIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: (c: AbstractControl<string[]>) =>
        c.value.length > INITIATIVE_LIMITS.involvedDepartmentsMax ? { maxItems: true } : null,
    }),
    sizeClass: new FormControl<SizeClass | null>(null, Validators.required),
    technology: text(INITIATIVE_LIMITS.technologyMax),
    radarRing: new FormControl<RadarRing | null>(null),
    plannedStart: new FormControl<Date | null>(null),
    plannedEnd: new FormControl<Date | null>(null, notBeforeStart),
  });
  // The end date's validity depends on the start date.
  form.controls.plannedStart.valueChanges.subscribe(() =>
    form.controls.plannedEnd.updateValueAndValidity({ emitEvent: false }),
  );
  return form;
}

/** Puts a saved initiative into the form (edit page, and after "Genindlæs"). */
export function fillInitiativeForm(form: InitiativeForm, initiative: InitiativeDetail): void {
  form.reset({
    title: initiative.title,
    purpose: initiative.purpose,
    description: initiative.description ?? '',
    expectedValue: initiative.expectedValue ?? '',
    leadDepartmentId: initiative.leadDepartment.id,
    involvedDepartmentIds: initiative.involvedDepartments.map((d) => d.id),
    sizeClass: initiative.sizeClass,
    technology: initiative.technology ?? '',
    radarRing: initiative.radarRing,
    plannedStart: fromIsoDate(initiative.plannedStart),
    plannedEnd: fromIsoDate(initiative.plannedEnd),
  });
}

const optionalText = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The request body for the form's values. Empty optional fields are sent as null so that
 * clearing a field on the edit page really clears it; dates become 'YYYY-MM-DD'.
 */
export function toInitiativeRequest(value: InitiativeFormValue): CreateInitiativeRequest {
  // Only called for a valid form, where the required selects are set.
  return {
    title: value.title.trim(),
    purpose: value.purpose.trim(),
    description: optionalText(value.description),
    expectedValue: optionalText(value.expectedValue),
    leadDepartmentId: value.leadDepartmentId as string,
    // The lead department is implied; do not list it twice.
    involvedDepartmentIds: value.involvedDepartmentIds.filter((id) => id !== value.leadDepartmentId),
    sizeClass: value.sizeClass as SizeClass,
    technology: optionalText(value.technology),
    radarRing: value.radarRing,
    plannedStart: toIsoDate(value.plannedStart),
    plannedEnd: toIsoDate(value.plannedEnd),
  };
}
