import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@gevinst/domain';

/** Codes the web app assigns itself when the API never answered with an ApiError body. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  unexpectedResponse: 'UNEXPECTED_RESPONSE',
  client: 'CLIENT_ERROR',
} as const;

function isApiErrorBody(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<ApiError>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/**
 * Turns whatever a failed request threw into the API's one error shape, so every page
 * handles errors the same way (network down, proxy errors and HTML 5xx pages included).
 */
export function toApiError(error: unknown): ApiError {
  // Resources wrap non-Error values; unwrap them first.
  if (error instanceof Error && !(error instanceof HttpErrorResponse) && error.cause !== undefined) {
    return toApiError(error.cause);
  }
  if (error instanceof HttpErrorResponse) {
    if (isApiErrorBody(error.error)) {
      return { ...error.error, statusCode: error.error.statusCode ?? error.status };
    }
    if (error.status === 0) {
      return { statusCode: 0, code: CLIENT_ERROR_CODES.network, message: error.message };
    }
    return { statusCode: error.status, code: CLIENT_ERROR_CODES.unexpectedResponse, message: error.message };
  }
  if (isApiErrorBody(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { statusCode: 0, code: CLIENT_ERROR_CODES.client, message };
}

export function isNotFound(error: ApiError): boolean {
  return error.statusCode === 404;
}

export function isVersionConflict(error: ApiError): boolean {
  return error.code === 'VERSION_CONFLICT';
}

/** A 4xx with field-level details: 400 VALIDATION_FAILED, or 422 UNKNOWN_REFERENCE for a deleted department. */
export function hasFieldErrors(error: ApiError): boolean {
  return error.statusCode >= 400 && error.statusCode < 500 && (error.details?.length ?? 0) > 0;
}

/** A Danish sentence for an error banner. Server messages are not shown raw: they may be English. */
export function describeApiError(error: ApiError): string {
  const reference = error.requestId ? ` (fejl-id ${error.requestId})` : '';
  if (error.code === CLIENT_ERROR_CODES.network) {
    return 'Der er ingen forbindelse til serveren. Tjek din netværksforbindelse, og prøv igen.';
  }
  if (error.code === CLIENT_ERROR_CODES.client) {
    return 'Der opstod en uventet fejl i programmet. Genindlæs siden, og prøv igen.';
  }
  if (error.statusCode >= 500) {
    return `Der opstod en fejl på serveren. Prøv igen om lidt${reference}.`;
  }
  if (isVersionConflict(error)) return VERSION_CONFLICT_MESSAGE;
  switch (error.statusCode) {
    case 400:
      return 'Nogle af oplysningerne er ikke gyldige. Ret felterne, og prøv igen.';
    case 401:
    case 403:
      return 'Du har ikke adgang til at gøre dette.';
    case 404:
      return 'Det, du leder efter, findes ikke.';
    case 409:
      return `Handlingen er i konflikt med data, der allerede findes${reference}.`;
    default:
      return `Handlingen kunne ikke gennemføres (${error.code})${reference}.`;
  }
}

export const VERSION_CONFLICT_MESSAGE =
  'Initiativet er blevet ændret af en anden, siden du åbnede det. Genindlæs for at se de nyeste oplysninger.';
