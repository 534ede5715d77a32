import type { ApiError, ImportRowError } from '@gevinst/domain';
import { describeApiError } from '@gevinst/web/ui';
import { TOO_LARGE_MESSAGE, USE_TEMPLATE, toDanishFileMessage } from './file-messages';

/** What the dialog shows when a preview or import failed. */
export interface ImportFailure {
  message: string;
  details: string[];
  /** Row errors (422 on commit), shown in the error table. */
  rowErrors: ImportRowError[] | null;
}

export function describeImportFailure(error: ApiError & { importErrors?: ImportRowError[] }): ImportFailure {
  if (error.statusCode === 413) return { message: TOO_LARGE_MESSAGE, details: [], rowErrors: null };
  if (error.statusCode === 422 && Array.isArray(error.importErrors)) {
    return {
      message: 'Filen blev ikke importeret, fordi nogle rækker har fejl. Ret dem i filen, og prøv igen.',
      details: [],
      rowErrors: error.importErrors,
    };
  }
  if (error.statusCode === 400) {
    const messages = (error.details ?? []).flatMap((d) => d.messages);
    const danish = [...new Set(messages.map(toDanishFileMessage))];
    return {
      message: danish[0] ?? `Filen kunne ikke læses. ${USE_TEMPLATE}`,
      details: danish.slice(1),
      rowErrors: null,
    };
  }
  return { message: describeApiError(error), details: [], rowErrors: null };
}
