import type { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { type ApiError, FUNDING_LIMITS } from '@gevinst/domain';
import { applyServerFieldErrors, describeApiError, hasFieldErrors, isVersionConflict } from '@gevinst/web/ui';
import { formatKroner, kronerErrorMessage } from './money';

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
  const amount = kronerErrorMessage(errors);
  if (amount) return amount;
  if (errors['min'] || errors['max'] || errors['year']) {
    return `Skriv et årstal mellem ${FUNDING_LIMITS.yearMin} og ${FUNDING_LIMITS.yearMax}`;
  }
  if (errors['duplicateYear']) return 'Året står der allerede';
  if (errors['maxlength']) {
    const max = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return `Højst ${max.toLocaleString('da-DK')} tegn`;
  }
  return 'Feltet er ikke udfyldt korrekt';
}

/** What a dialog or form shows after a failed save; the form keeps what the user typed. */
export interface SaveFailure {
  message: string;
  details: string[];
  /** 409 VERSION_CONFLICT: offer "Genindlæs". */
  conflict: boolean;
}

export const LINE_CONFLICT_MESSAGE =
  'Linjen er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se de nyeste oplysninger.';

/** Kroner in an English server message ("150000.5 kr.") shown the Danish way. */
const kroner = (text: string) => formatKroner(Number(text));

/**
 * The API's field messages are English (class-validator defaults and the services' checks). Known ones get a
 * Danish text; anything else a generic one, so no English reaches the form.
 */
const TRANSLATIONS: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/should not be empty/i, () => 'Feltet skal udfyldes'],
  [/shorter than or equal to (\d+) characters/i, (m) => `Højst ${Number(m[1]).toLocaleString('da-DK')} tegn`],
  [/at most two decimals/i, () => 'Højst to decimaler (øre)'],
  [/Name the pool/i, () => 'Vælg puljen, når kilden er en pulje'],
  [/Only a line funded by a pool/i, () => 'Kun en linje, der finansieres af en pulje, kan have en pulje'],
  [/Unknown department/i, () => 'Forvaltningen findes ikke længere. Vælg en anden.'],
  [/Unknown funding pool/i, () => 'Puljen findes ikke længere. Vælg en anden.'],
  [/Unknown initiative/i, () => 'Initiativet findes ikke'],
  [/no capital for (\d{4})/i, (m) => `Puljen har ingen midler i ${m[1]}`],
  [/At most ([\d.]+) kr\. remains/i, (m) => `Der er kun ${kroner(m[1])} tilbage i puljen det år`],
  [/([\d.]+) kr\. is already granted in (\d{4})/i, (m) => `Der er allerede bevilget ${kroner(m[1])} i ${m[2]}, så kapitalen kan ikke være lavere`],
  [/(\d{4}) has grants of ([\d.]+) kr\./i, (m) => `${m[1]} har bevillinger på ${kroner(m[2])} og kan ikke fjernes`],
  [/(\d{4}) appears twice/i, (m) => `${m[1]} står der to gange`],
  [/reason/i, () => 'Skriv en begrundelse til ansøgeren'],
  [/no more than (\d+) elements/i, (m) => `Højst ${m[1]} år`],
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
export function failureOf(error: ApiError, conflictMessage: string): SaveFailure {
  if (isVersionConflict(error)) return { message: conflictMessage, details: [], conflict: true };
  return { message: describeApiError(error), details: [], conflict: false };
}

/**
 * Field errors go under their fields (in Danish); errors for fields the form does not have become banner lines.
 * Returns the banner to show: a conflict, a plain error, or "Ret de markerede felter".
 */
export function handleSaveFailure(form: FormGroup, error: ApiError, what: string, conflictMessage: string): SaveFailure {
  if (!hasFieldErrors(error)) return failureOf(error, conflictMessage);
  const details = error.details ?? [];
  const unmatched = applyServerFieldErrors(form, details, (_field, messages) => [...new Set(messages.map(toDanishFieldMessage))].join('. '));
  const lines = details.filter((d) => unmatched.includes(d.field)).flatMap((d) => d.messages.map(toDanishFieldMessage));
  return { message: `${what} blev ikke gemt. Ret de markerede felter, og prøv igen.`, details: [...new Set(lines)], conflict: false };
}
