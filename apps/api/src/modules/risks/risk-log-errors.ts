import { RISK_LIMITS } from '@gevinst/domain';
import type { ImportRowError } from '@gevinst/domain';
import { DomainError } from '../../common/errors/domain-error';

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const thousands = (n: number) => n.toLocaleString('en-GB');

/** Problems with the uploaded file as a whole (400, field "file"); English, like every API message. */
export const FILE_PROBLEMS = {
  missing: 'Attach the risk log as the form field "file" (multipart/form-data)',
  empty: 'The file is empty',
  encrypted: 'The workbook is password-protected (encrypted) or in the old .xls format: save it as an unprotected .xlsx',
  notXlsx: 'The file is not an .xlsx file: save the risk log as an Excel workbook (.xlsx)',
  notWorkbook: 'The file is not an Excel workbook (it is a zip file without xl/workbook.xml): save the risk log as .xlsx',
  damaged: 'The workbook could not be read: the .xlsx file is damaged',
  compression: 'The workbook could not be read: a part of it uses a compression method other than deflate',
  sizeMismatch: 'The workbook could not be read: a part unpacks to more than its declared size (a zip bomb?)',
  tooManyParts: (max: number) => `The workbook has more than ${max} parts; a risk log has far fewer`,
  tooLargeUnpacked: (max: number) => `The workbook unpacks to more than ${megabytes(max)}, the limit for a risk log import`,
  unreadable: 'The workbook could not be read: the .xlsx file is damaged or not a spreadsheet',
  tooManyRows: `The file has more than ${thousands(RISK_LIMITS.importMaxRows)} rows of risks, the limit for one import: split it into several files`,
  tooManyActionRows: (max: number) => `The file has more than ${thousands(max)} rows of actions, the limit for one import`,
  tooLarge: `The file is larger than ${megabytes(RISK_LIMITS.importMaxBytes)}, the limit for a risk log import`,
  oneFile: 'Send one file only, as the form field "file"',
  formFields: 'The form has too many or too large fields: send only the workbook, as the form field "file"',
  malformed: 'The upload is not a valid multipart/form-data request',
} as const;

/** 400 VALIDATION_FAILED with the problem on the field "file". */
export const fileError = (message: string) => new DomainError('VALIDATION_FAILED', message, [{ field: 'file', messages: [message] }]);

/** 413 in the one error shape. */
export const fileTooLarge = () => new DomainError('PAYLOAD_TOO_LARGE', FILE_PROBLEMS.tooLarge);

/** 422 for a commit of a file with row errors; nothing was written (the request's transaction is rolled back). */
export const importInvalid = (errors: ImportRowError[]) => {
  const rows = new Set(errors.map((e) => `${e.sheet}:${e.row}`)).size;
  return new DomainError(
    'IMPORT_INVALID',
    `The file has errors in ${rows} row${rows === 1 ? '' : 's'}; nothing was imported. Correct them and import again`,
    undefined,
    undefined,
    errors,
  );
};
