import type { ApiError } from '@gevinst/domain';
import { describeApiError, hasFieldErrors, isVersionConflict } from '@gevinst/web/ui';
import type { InitiativeForm } from './initiative-form.model';
import { applyServerErrors } from './server-errors';

/** What the page shows after a failed save. The form keeps what the user typed in every case. */
export interface SaveFailure {
  message: string;
  details: string[];
  conflict: boolean;
}

/** Field errors go under their fields; the rest becomes a Danish banner. */
export function handleSaveFailure(form: InitiativeForm, error: ApiError): SaveFailure {
  if (isVersionConflict(error)) {
    return { message: describeApiError(error), details: [], conflict: true };
  }
  if (hasFieldErrors(error)) {
    const unmatched = applyServerErrors(form, error.details ?? []);
    return {
      message: 'Initiativet blev ikke gemt. Ret de markerede felter, og prøv igen.',
      details: unmatched,
      conflict: false,
    };
  }
  return { message: describeApiError(error), details: [], conflict: false };
}
