import { type AbstractControl, type FormGroup, type ValidationErrors } from '@angular/forms';
import type { ApiError } from '@gevinst/domain';
import { applyServerFieldErrors, describeApiError, hasFieldErrors, isVersionConflict } from '@gevinst/web/ui';
import { parseDanishNumber } from './danish-number';
import { toFormFieldErrors } from './server-messages';

/** Required text: only spaces count as empty. */
export function requiredText(control: AbstractControl<string | null>): ValidationErrors | null {
  return (control.value ?? '').trim() === '' ? { required: true } : null;
}

/** A text field holding a number as Danes write it ("1.234,5"); empty is left to `required`. */
export function danishNumber(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = parseDanishNumber(control.value);
  return value !== null && !Number.isFinite(value) ? { number: true } : null;
}

/** The Danish message under a field for its first error, or '' when it has none. */
export function fieldErrorMessage(control: AbstractControl, required = 'Feltet skal udfyldes'): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return required;
  if (errors['number']) return 'Skriv et tal, fx 1234,5';
  if (errors['integer']) return 'Skriv et helt tal';
  if (errors['min'] || errors['max']) {
    const { min, max } = { ...errors['min'], ...errors['max'] } as { min?: number; max?: number };
    return min !== undefined ? `Tallet skal være mindst ${min}` : `Tallet må højst være ${max}`;
  }
  if (errors['maxlength']) {
    const max = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return `Højst ${max.toLocaleString('da-DK')} tegn`;
  }
  if (errors['matDatepickerParse']) return 'Skriv datoen som dd.mm.åååå, fx 01.03.2026';
  if (errors['matDatepickerMin'] || errors['matDatepickerMax']) return 'Datoen skal ligge mellem 01.01.2000 og 31.12.2099';
  if (errors['url']) return 'Skriv en webadresse, der begynder med https:// eller http://';
  return 'Feltet er ikke udfyldt korrekt';
}

/** What a dialog shows after a failed save; the form keeps what the user typed. */
export interface SaveFailure {
  message: string;
  details: string[];
  /** 409 VERSION_CONFLICT: offer "Genindlæs". */
  conflict: boolean;
}

/** How messages name the thing being saved: "Målet" … "det", "Gevinsten" … "den". */
export interface Noun {
  subject: string;
  pronoun: 'den' | 'det';
}

/**
 * Field errors go under their fields (Danish), the rest becomes a banner. `rename` maps API field paths onto
 * control names.
 */
export function handleSaveFailure(
  form: FormGroup,
  error: ApiError,
  noun: Noun,
  rename?: (field: string) => string,
): SaveFailure {
  if (isVersionConflict(error)) {
    return { message: conflictMessage(noun), details: [], conflict: true };
  }
  if (hasFieldErrors(error)) {
    const details = toFormFieldErrors(error.details ?? [], rename);
    const unmatched = applyServerFieldErrors(form, details, (field) =>
      details
        .filter((d) => d.field.split('.')[0] === field)
        .flatMap((d) => d.messages)
        .join('. '),
    );
    const messages = details.filter((d) => unmatched.includes(d.field)).flatMap((d) => d.messages);
    return { message: `${noun.subject} blev ikke gemt. Ret de markerede felter, og prøv igen.`, details: messages, conflict: false };
  }
  return { message: describeApiError(error), details: [], conflict: false };
}

export function conflictMessage(noun: Noun): string {
  return `${noun.subject} er blevet ændret af en anden, siden du åbnede ${noun.pronoun}. Genindlæs for at se de nyeste oplysninger.`;
}

export const GOAL_NOUN: Noun = { subject: 'Målet', pronoun: 'det' };
export const BENEFIT_NOUN: Noun = { subject: 'Gevinsten', pronoun: 'den' };
export const POINT_NOUN: Noun = { subject: 'Evalueringspunktet', pronoun: 'det' };
