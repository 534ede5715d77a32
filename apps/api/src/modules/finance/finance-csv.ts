import { FUNDING_CATEGORY_LABELS, FUNDING_LINE_STATUS_LABELS, FUNDING_SOURCE_LABELS, PHASE_LABELS } from '@gevinst/domain';
import type { Writable } from 'node:stream';
import type { FinanceExport, FundingPlanLine } from './finance-export.service';
import { danishDateTime } from './finance-filter';
import { drained, finish } from './finance-stream';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const FUNDING_PLAN_HEADINGS = [
  'Initiativ', 'Titel', 'Fase', 'År', 'Kategori', 'Kilde', 'Pulje/kilde', 'Betalende afdeling', 'Status', 'Beløb (kr.)', 'Note',
] as const;

/**
 * The CSV dialect Danish Excel opens by double-click: UTF-8 with a BOM (no `sep=` line: with one, Excel ignores the
 * BOM), `;` between fields (the Danish list separator), CRLF line ends, decimal comma and no thousands separator, so
 * amounts arrive as numbers. Fields are quoted as RFC 4180 says (with `;` as the separator): when they hold `;`, `"`,
 * CR or LF, or start or end with a space; quotes are doubled. Text that Excel would run as a formula (starting with
 * = + - @, tab or CR) gets a leading apostrophe.
 *
 * Layout: a fixed header block of 7 `label;value` lines (title and organisation, export time, then the five filters
 * in words: år, betalende afdeling, fase, kilde, status), one empty line, then the table's heading row and one row
 * per funding line. A program reading the file skips the first 8 lines; a person sees what was exported, and when.
 * The filename carries the export date only (filters can be long and hold any character).
 */
export function csvText(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Whole øre → `1234,50`: exact, decimal comma, no thousands separator. */
export function csvAmount(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const CRLF = '\r\n';
const csvLine = (fields: string[]) => fields.join(';') + CRLF;

export function csvHeaderBlock(data: FinanceExport): string {
  const block = [
    ['Finansieringsplan', data.organisationName],
    ['Udtrukket', `${danishDateTime(data.exportedAt)} (dansk tid)`],
    ...data.description,
  ];
  return block.map(([label, value]) => csvLine([csvText(label), csvText(value)])).join('') + CRLF + csvLine(FUNDING_PLAN_HEADINGS.map(csvText));
}

export const csvFundingLine = (line: FundingPlanLine) =>
  csvLine([
    csvText(line.code),
    csvText(line.title),
    csvText(PHASE_LABELS[line.phase]),
    String(line.year),
    csvText(FUNDING_CATEGORY_LABELS[line.category]),
    csvText(FUNDING_SOURCE_LABELS[line.source]),
    csvText(line.sourceName),
    csvText(line.department),
    csvText(FUNDING_LINE_STATUS_LABELS[line.status]),
    csvAmount(line.ore),
    csvText(line.note),
  ]);

/** Streams the funding plan as CSV, one write per batch, waiting for the client when it falls behind. */
export async function writeFundingPlanCsv(data: FinanceExport, lines: AsyncIterable<FundingPlanLine[]>, stream: Writable): Promise<void> {
  stream.write(`\uFEFF${csvHeaderBlock(data)}`);
  for await (const batch of lines) {
    stream.write(batch.map(csvFundingLine).join(''));
    await drained(stream);
  }
  await finish(stream);
}
