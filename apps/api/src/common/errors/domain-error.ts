import type { FieldError, ImportRowError } from '@gevinst/domain';

/** Domain failures carry a stable code; the exception filter maps the code to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** With VERSION_CONFLICT: the resource as it is now. */
    readonly current?: unknown,
    /** With IMPORT_INVALID: the rows of the uploaded file that are wrong. */
    readonly importErrors?: ImportRowError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const DOMAIN_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  UNKNOWN_REFERENCE: 422,
  INVALID_STATE: 422,
  /** An import whose rows have errors: nothing was written (the body lists them in `importErrors`). */
  IMPORT_INVALID: 422,
  VALIDATION_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  NO_ORGANISATION: 503,
  /** The database is unreachable or restarting: nothing of the request was committed; retry after a moment. */
  DATABASE_UNAVAILABLE: 503,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
