import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { ApiError } from '@gevinst/domain';
import { describeApiError } from '@gevinst/web/ui';

/** Required text: only spaces count as empty. */
export function requiredText(control: AbstractControl<string | null>): ValidationErrors | null {
  return (control.value ?? '').trim() === '' ? { required: true } : null;
}

/** The Danish message under a field for its first error, or '' when it has none. */
export function fieldErrorMessage(control: AbstractControl, required = 'Feltet skal udfyldes'): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['server']) return String(errors['server']);
  if (errors['required']) return required;
  if (errors['residualPair']) return 'Angiv både sandsynlighed og konsekvens efter tiltag, eller ingen af dem';
  if (errors['beforeIdentified']) return 'Datoen må ikke ligge før den dato, risikoen blev identificeret';
  if (errors['maxlength']) {
    const max = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return `Højst ${max.toLocaleString('da-DK')} tegn`;
  }
  if (errors['matDatepickerParse']) return 'Skriv datoen som dd.mm.åååå, fx 01.03.2026';
  if (errors['matDatepickerMin'] || errors['matDatepickerMax']) return 'Datoen skal ligge mellem 01.01.2000 og 31.12.2099';
  return 'Feltet er ikke udfyldt korrekt';
}

/** What a dialog shows after a failed save or import; the form keeps what the user typed. */
export interface SaveFailure {
  message: string;
  details: string[];
  /** 409 VERSION_CONFLICT: offer "Genindlæs". */
  conflict: boolean;
}

export const RISK_CONFLICT_MESSAGE =
  'Risikoen er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se de nyeste oplysninger.';

/**
 * The API's field messages are English (class-validator defaults and service checks). Known ones get a Danish
 * text; anything else a generic one, so no English reaches the form.
 */
const TRANSLATIONS: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/should not be empty/i, () => 'Feltet skal udfyldes'],
  [/shorter than or equal to (\d+) characters/i, (m) => `Højst ${m[1]} tegn`],
  [/whole number from 1 to 5/i, () => 'Vælg en værdi fra 1 til 5'],
  [/residual/i, () => 'Angiv både sandsynlighed og konsekvens efter tiltag, eller ingen af dem'],
  [/before the date the risk was identified|before identifiedOn|before it was identified/i, () => 'Datoen må ikke ligge før den dato, risikoen blev identificeret'],
  [/in the future/i, () => 'Datoen må ikke ligge ude i fremtiden'],
  [/must be a date/i, () => 'Skriv en gyldig dato'],
  [/owner|unknown user|must belong/i, () => 'Risikoejeren findes ikke i organisationen. Vælg en anden.'],
  [/no more than (\d+) elements/i, (m) => `Højst ${m[1]} tiltag`],
  [/must be one of the following values|must be a UUID/i, () => 'Vælg en af de mulige værdier'],
  [/must not be (less|greater) than|must be a number|must be an integer/i, () => 'Skriv et gyldigt tal'],
];

export function toDanishFieldMessage(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  return 'Værdien er ikke gyldig';
}

/** A banner for an error that is not about a field. */
export function failureOf(error: ApiError): SaveFailure {
  return { message: describeApiError(error), details: [], conflict: false };
}
