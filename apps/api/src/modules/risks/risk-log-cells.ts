import type { LabelReader } from './risk-log-layout';

/**
 * One cell of a user's sheet, as the importer sees it. Empty cells (nothing, or only spaces) are left out altogether.
 * A formula is only marked as such: input columns must hold values, not formulas.
 */
export type RawCell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; date: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula' }
  | { kind: 'error'; text: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

export const FORMULA_MESSAGE = 'Cellen indeholder en formel; indsæt værdien';
const EXCEL_EPOCH_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** Maps what exceljs's reader gives for a cell to a RawCell, or null when the cell is empty. */
export function toRawCell(value: unknown): RawCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : { kind: 'text', text: value.trim() };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error', text: 'ugyldig dato' } : { kind: 'date', date: value };
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if ('formula' in cell || 'sharedFormula' in cell) return { kind: 'formula' };
    if ('error' in cell) return { kind: 'error', text: String(cell.error) };
    if (Array.isArray(cell.richText)) return toRawCell(cell.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''));
    if ('text' in cell && 'hyperlink' in cell) return toRawCell(cell.text);
  }
  // e.g. a shared-string reference in a workbook without shared strings: the file is inconsistent.
  return { kind: 'error', text: 'ulæselig celle' };
}

/** A message for a cell that cannot hold a value of any kind, or null when it holds one. */
function unusable(cell: RawCell): string | null {
  if (cell.kind === 'formula') return FORMULA_MESSAGE;
  if (cell.kind === 'error') return `Cellen indeholder fejlværdien ${cell.text}`;
  return null;
}

/** dd-mm-yyyy, as the template writes dates. */
export const danishDateText = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** Text of any cell that holds a value (numbers and dates written the Danish way). */
export function parseText(cell: RawCell | undefined): Parsed<string | null> {
  if (!cell) return ok(null);
  const problem = unusable(cell);
  if (problem) return fail(problem);
  switch (cell.kind) {
    case 'text':
      return ok(cell.text);
    case 'number':
      return ok(String(cell.value).replace('.', ','));
    case 'date':
      return ok(danishDateText(cell.date.toISOString().slice(0, 10)));
    case 'boolean':
      return ok(cell.value ? 'Ja' : 'Nej');
    default:
      return fail('Ulæselig celle');
  }
}

/** A number from a numeric cell or from text such as "3" or "2,5" (numbers stored as text are common). */
function numberOf(cell: RawCell): number | null {
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'text' && /^[+-]?\d+(?:[.,]\d+)?$/.test(cell.text)) return Number(cell.text.replace(',', '.'));
  return null;
}

const quoted = (cell: RawCell) => (cell.kind === 'text' ? `"${cell.text}"` : cell.kind === 'date' ? 'en dato' : cell.kind === 'boolean' ? 'en sand/falsk-værdi' : '');

/** A whole number from 1 to `max` (Nr. and Risiko nr.). */
export function parseInteger(cell: RawCell | undefined, max: number): Parsed<number | null> {
  if (!cell) return ok(null);
  const problem = unusable(cell);
  if (problem) return fail(problem);
  const value = numberOf(cell);
  if (value === null) return fail(`Skal være et helt tal, ikke ${quoted(cell)}`.trim());
  if (!Number.isInteger(value) || value < 1 || value > max) return fail(`Skal være et helt tal fra 1 til ${max.toLocaleString('da-DK')} (fandt ${String(value).replace('.', ',')})`);
  return ok(value);
}

/** A rating of the template: a whole number from 1 to 5; text and decimals are refused, never rounded. */
export function parseRating(cell: RawCell | undefined): Parsed<number | null> {
  if (!cell) return ok(null);
  const problem = unusable(cell);
  if (problem) return fail(problem);
  const value = numberOf(cell);
  if (value === null) return fail(`Skal være et tal fra 1 til 5, ikke ${quoted(cell)}`.trim());
  if (!Number.isInteger(value) || value < 1 || value > 5) return fail(`Skal være et helt tal fra 1 til 5 (fandt ${String(value).replace('.', ',')})`);
  return ok(value);
}

/** A Danish label (or an accepted variant); `what` names the column in the message ("kategori"). */
export function parseLabel<T extends string>(cell: RawCell | undefined, reader: LabelReader<T>, what: string): Parsed<T | null> {
  if (!cell) return ok(null);
  const problem = unusable(cell);
  if (problem) return fail(problem);
  const text = parseText(cell);
  const value = text.ok && text.value !== null ? reader.read(text.value) : null;
  if (value !== null) return ok(value);
  const shown = text.ok && text.value !== null ? `"${text.value}"` : '';
  return fail(`Ukendt ${what} ${shown}; brug en af: ${Object.values<string>(reader.labels).join(', ')}`.replace('  ', ' '));
}

/** ISO date of a calendar date (year, month, day), or null for one that does not exist (31-02-2026). */
function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const DAY_FIRST = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A date: an Excel date cell (dates carry no time zone: the day is read in UTC, as exceljs gives it), a serial number
 * in a cell without a date format, or text dd-mm-yyyy, d.m.yyyy, d/m/yyyy or yyyy-mm-dd.
 */
export function parseDate(cell: RawCell | undefined): Parsed<string | null> {
  if (!cell) return ok(null);
  const problem = unusable(cell);
  if (problem) return fail(problem);
  let iso: string | null = null;
  if (cell.kind === 'date') {
    iso = isoDate(cell.date.getUTCFullYear(), cell.date.getUTCMonth() + 1, cell.date.getUTCDate());
  } else if (cell.kind === 'number' && cell.value >= 1 && cell.value < 2_958_466) {
    const date = new Date(Math.round((Math.floor(cell.value) - EXCEL_EPOCH_DAYS) * MS_PER_DAY));
    iso = isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  } else if (cell.kind === 'text') {
    const dayFirst = DAY_FIRST.exec(cell.text);
    const yearFirst = YEAR_FIRST.exec(cell.text);
    if (dayFirst) iso = isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
    else if (yearFirst) iso = isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  }
  if (iso) return ok(iso);
  const shown = cell.kind === 'text' ? ` "${cell.text}"` : '';
  return fail(`Ugyldig dato${shown}; skriv dd-mm-åååå`);
}
