import type { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import type { ApiError } from '@gevinst/domain';
import { applyServerFieldErrors, describeApiError, hasFieldErrors, isVersionConflict } from '@gevinst/web/ui';
import { knownDanishMessage, toDanishMessage } from './governance-messages';

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
  if (errors['matDatepickerParse']) return 'Skriv en gyldig dato som dd.mm.åååå';
  if (errors['periodOrder']) return 'Slutdatoen må ikke ligge før startdatoen';
  if (errors['maxlength']) {
    const max = (errors['maxlength'] as { requiredLength: number }).requiredLength;
    return `Højst ${max.toLocaleString('da-DK')} tegn`;
  }
  return 'Feltet er ikke udfyldt korrekt';
}

/** What a dialog shows after a failed save; the form keeps what the user typed. */
export interface SaveFailure {
  message: string;
  details: string[];
  /** 409 VERSION_CONFLICT: offer "Genindlæs". */
  conflict: boolean;
}

/** A Danish banner text for an error that is not about a field: a known server message, else the generic one. */
export function describeGovernanceError(error: ApiError): string {
  if (error.statusCode >= 400 && error.statusCode < 500 && !isVersionConflict(error)) {
    const known = knownDanishMessage(error.message);
    if (known) return known;
  }
  return describeApiError(error);
}

/**
 * Field errors go under their fields (in Danish); errors for fields the form does not have become banner lines.
 * Returns the banner to show: a conflict, a plain error, or "Ret de markerede felter".
 */
export function handleSaveFailure(form: FormGroup, error: ApiError, what: string, conflictMessage: string): SaveFailure {
  if (isVersionConflict(error)) return { message: conflictMessage, details: [], conflict: true };
  if (!hasFieldErrors(error)) return { message: describeGovernanceError(error), details: [], conflict: false };
  const details = error.details ?? [];
  const unmatched = applyServerFieldErrors(form, details, (_field, messages) => [...new Set(messages.map(toDanishMessage))].join('. '));
  const lines = details.filter((d) => unmatched.includes(d.field)).flatMap((d) => d.messages.map(toDanishMessage));
  return { message: `${what}. Ret de markerede felter, og prøv igen.`, details: [...new Set(lines)], conflict: false };
}
