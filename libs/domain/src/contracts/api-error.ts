import type { ImportRowError } from './risks';

/** One message list per invalid field; `field` is a dotted path such as "involvedDepartmentIds.0". */
export interface FieldError {
  field: string;
  messages: string[];
}

/** The one shape of every 4xx/5xx answer of the API. */
export interface ApiError {
  statusCode: number;
  /** Stable machine-readable code, e.g. VALIDATION_FAILED, NOT_FOUND, VERSION_CONFLICT. */
  code: string;
  message: string;
  details?: FieldError[];
  requestId?: string;
  /** With 409 VERSION_CONFLICT: the current state of the resource, so the client can show it or reload. */
  current?: unknown;
  /** With 422 IMPORT_INVALID: the rows of an uploaded file that are wrong (sheet, row, column, message); nothing was written. */
  importErrors?: ImportRowError[];
}
