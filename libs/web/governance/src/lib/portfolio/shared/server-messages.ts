import type { FormGroup } from '@angular/forms';
import type { ApiError } from '@gevinst/domain';
import { applyServerFieldErrors, describeApiError, hasFieldErrors, isVersionConflict } from '@gevinst/web/ui';
import type { SaveFailure } from '../../shared/form-errors';
import { knownRule, toDanishMessage } from './portfolio-messages';

export type { SaveFailure } from '../../shared/form-errors';

/** A Danish sentence for a banner: the rule the API names (a 4xx) when it is known, else the usual text. */
export function describeGovernanceError(error: ApiError): string {
  return knownRule(error) ?? describeApiError(error);
}

/**
 * Field errors go under their fields (in Danish); errors for fields the form does not have become banner lines.
 * Returns the banner: a conflict, a rule the API refused, or "Ret de markerede felter".
 */
export function handleSaveFailure(form: FormGroup, error: ApiError, what: string, conflictMessage: string): SaveFailure {
  if (isVersionConflict(error)) return { message: conflictMessage, details: [], conflict: true };
  if (!hasFieldErrors(error)) return { message: describeGovernanceError(error), details: [], conflict: false };
  const details = error.details ?? [];
  const unmatched = applyServerFieldErrors(form, details, (_field, messages) => [...new Set(messages.map(toDanishMessage))].join('. '));
  const lines = details.filter((d) => unmatched.includes(d.field)).flatMap((d) => d.messages.map(toDanishMessage));
  return { message: `${what} blev ikke gemt. Ret de markerede felter, og prøv igen.`, details: [...new Set(lines)], conflict: false };
}
