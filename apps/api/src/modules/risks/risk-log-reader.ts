import { RISK_LIMITS } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import { DomainError } from '../../common/errors/domain-error';
import { RawCell, toRawCell } from './risk-log-cells';
import { FILE_PROBLEMS, fileError } from './risk-log-errors';
import {
  ACTION_COLUMNS,
  actionColumnOf,
  ActionColumnKey,
  ColumnSpec,
  columnLetter,
  HEADER_SCAN_ROWS,
  MAX_ACTION_ROWS,
  RISK_COLUMNS,
  riskColumnOf,
  RiskColumnKey,
  sheetKindOfName,
} from './risk-log-layout';
import { WorkbookPart, workbookStream } from './risk-log-zip-guard';

/** A data row: Excel's row number and the cells of the recognised input columns (empty cells left out). */
export interface SheetRow<K extends string> {
  row: number;
  cells: Partial<Record<K, RawCell>>;
}

export interface ReadSheet<K extends string> {
  name: string;
  /** The heading each recognised column has in the file (error messages name the column as the user wrote it). */
  headings: Partial<Record<K, string>>;
  rows: SheetRow<K>[];
}

export interface ReadRiskLog {
  risks: ReadSheet<RiskColumnKey>;
  actions: ReadSheet<ActionColumnKey> | null;
}

export interface ReadOptions {
  maxRiskRows: number;
  maxActionRows: number;
  /** A last resort: a reader that stalls on a malformed part answers 400 instead of holding the request. */
  timeoutMs: number;
}

const DEFAULTS: ReadOptions = { maxRiskRows: RISK_LIMITS.importMaxRows, maxActionRows: MAX_ACTION_ROWS, timeoutMs: 60_000 };

type Kind = 'risks' | 'actions';

interface Layout<K extends string> {
  kind: Kind;
  columns: readonly ColumnSpec<K>[];
  columnOf: (heading: string) => K | null;
}

const RISK_LAYOUT: Layout<RiskColumnKey> = { kind: 'risks', columns: RISK_COLUMNS, columnOf: riskColumnOf };
const ACTION_LAYOUT: Layout<ActionColumnKey> = { kind: 'actions', columns: ACTION_COLUMNS, columnOf: actionColumnOf };

const quote = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
const requiredHeadings = <K extends string>(layout: Layout<K>) => layout.columns.filter((c) => c.required).map((c) => c.heading);

/**
 * Reads the risk and action sheets of a verified workbook (see checkWorkbookZip) with exceljs's streaming reader, so
 * memory stays bounded by one row at a time plus the shared strings. Sheets are recognised by name ("Risikolog",
 * "Handlinger"), else by their headings; the header row is the first of a sheet's first HEADER_SCAN_ROWS rows that
 * holds the layout's headings, and columns are found by heading, in any order. Stops with a 400 as soon as a sheet
 * has more data rows than allowed.
 */
export async function readRiskLog(buffer: Buffer, parts: WorkbookPart[], options: Partial<ReadOptions> = {}): Promise<ReadRiskLog> {
  const { maxRiskRows, maxActionRows, timeoutMs } = { ...DEFAULTS, ...options };
  const deadline = Date.now() + timeoutMs;
  const input = workbookStream(buffer, parts);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = workbook[Symbol.asyncIterator]();
  let risks: SheetScanner<RiskColumnKey> | null = null;
  let actions: SheetScanner<ActionColumnKey> | null = null;
  try {
    for (;;) {
      const next = await step(sheets.next(), deadline);
      if (next.done) break;
      const worksheet = next.value as ExcelJS.stream.xlsx.WorksheetReader & { name?: string };
      const name = worksheet.name ?? '';
      const byName = sheetKindOfName(name);
      const scanner = new SheetScanner(name, byName === 'risks' && !risks ? RISK_LAYOUT : byName === 'actions' && !actions ? ACTION_LAYOUT : null, {
        risks: !risks && byName === null,
        actions: !actions && byName === null,
      });
      const rows = worksheet[Symbol.asyncIterator]();
      for (;;) {
        const row = await step(rows.next(), deadline);
        if (row.done) break;
        scanner.add(row.value, scanner.layout?.kind === 'risks' ? maxRiskRows : maxActionRows);
      }
      scanner.finish();
      if (scanner.layout?.kind === 'risks' && !risks) risks = scanner as SheetScanner<RiskColumnKey>;
      if (scanner.layout?.kind === 'actions' && !actions) actions = scanner as SheetScanner<ActionColumnKey>;
    }
  } finally {
    input.destroy();
    void sheets.return?.(undefined)?.catch(() => undefined);
  }
  if (!risks) {
    throw fileError(`No sheet "Risikolog" was found: the workbook needs a sheet with the headings ${quote(requiredHeadings(RISK_LAYOUT))}`);
  }
  return { risks: risks.result(), actions: actions?.result() ?? null };
}

/** One step of the reader: its failures (damaged XML, a broken part, a stall) are the file's problem, a 400. */
async function step<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(fileError(FILE_PROBLEMS.unreadable)), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise, timeout]);
  } catch (error) {
    throw error instanceof DomainError ? error : fileError(FILE_PROBLEMS.unreadable);
  } finally {
    clearTimeout(timer);
  }
}

/** The text of a heading cell, or null for a cell that is not text. */
function headingText(value: unknown): string | null {
  const cell = toRawCell(value);
  return cell?.kind === 'text' ? cell.text : null;
}

class SheetScanner<K extends string> {
  private header: { columns: Map<number, K>; headings: Partial<Record<K, string>> } | null = null;
  private readonly rows: SheetRow<K>[] = [];
  private nonEmptyRows = 0;

  constructor(
    readonly name: string,
    /** The layout the sheet's name announces, or null to recognise it by its headings. */
    public layout: Layout<K> | null,
    private readonly candidates: Record<Kind, boolean>,
  ) {}

  add(row: ExcelJS.Row, maxRows: number): void {
    const values = row.values as unknown[];
    if (this.header) {
      this.addData(this.header.columns, row.number, values, maxRows);
      return;
    }
    if (values.every((v) => toRawCell(v) === null)) return;
    this.nonEmptyRows += 1;
    if (row.number > HEADER_SCAN_ROWS) return;
    if (this.layout) {
      // A sheet named for its layout: the first row with two of its headings is the header row.
      const found = this.match(this.layout, values);
      if (found.size >= 2) this.useHeader(this.layout, values);
      return;
    }
    // Any other sheet is recognised by a row with all the required headings of a layout.
    for (const layout of [RISK_LAYOUT, ACTION_LAYOUT] as Layout<string>[]) {
      if (!this.candidates[layout.kind]) continue;
      const found = this.match(layout, values);
      if (layout.columns.every((c) => !c.required || found.has(c.key))) {
        this.layout = layout as Layout<K>;
        this.useHeader(this.layout, values);
        return;
      }
    }
  }

  finish(): void {
    if (!this.layout || this.header) return;
    // A sheet named for its layout without a header row: empty is fine for actions, anything else is an error.
    if (this.layout.kind === 'actions' && this.nonEmptyRows === 0) {
      this.layout = null;
      return;
    }
    throw fileError(
      `The sheet "${this.name}" has no heading row: put the headings (at least ${quote(requiredHeadings(this.layout))}) in one of its first ${HEADER_SCAN_ROWS} rows`,
    );
  }

  result(): ReadSheet<K> {
    return { name: this.name, headings: this.header?.headings ?? {}, rows: this.rows };
  }

  private match<L extends string>(layout: Layout<L>, values: unknown[]): Map<L, number> {
    const found = new Map<L, number>();
    values.forEach((value, column) => {
      const text = headingText(value);
      const key = text === null ? null : layout.columnOf(text);
      if (key !== null && !found.has(key)) found.set(key, column);
    });
    return found;
  }

  private useHeader(layout: Layout<K>, values: unknown[]): void {
    const columns = new Map<number, K>();
    const headings: Partial<Record<K, string>> = {};
    const columnOfKey = new Map<K, number>();
    values.forEach((value, column) => {
      const text = headingText(value);
      const key = text === null ? null : layout.columnOf(text);
      if (key === null || text === null) return;
      const earlier = columnOfKey.get(key);
      if (earlier !== undefined) {
        throw fileError(
          `The sheet "${this.name}" has two columns for "${layout.columns.find((c) => c.key === key)?.heading}" ("${headings[key]}" in column ${columnLetter(earlier)} and "${text}" in column ${columnLetter(column)}): keep one`,
        );
      }
      columnOfKey.set(key, column);
      headings[key] = text;
      // Computed columns (Score, Niveau) are recognised, so they are not mistaken for others, and never read.
      if (layout.columns.find((c) => c.key === key)?.kind !== 'computed') columns.set(column, key);
    });
    const missing = layout.columns.filter((c) => c.required && !columnOfKey.has(c.key)).map((c) => c.heading);
    if (missing.length > 0) {
      throw fileError(`The sheet "${this.name}" has no column ${missing.map((m) => `"${m}"`).join(' or ')}; the required columns are ${quote(requiredHeadings(layout))}`);
    }
    this.header = { columns, headings };
  }

  private addData(columns: Map<number, K>, rowNumber: number, values: unknown[], maxRows: number): void {
    const cells: Partial<Record<K, RawCell>> = {};
    let empty = true;
    for (const [column, key] of columns) {
      const cell = toRawCell(values[column]);
      if (cell) {
        cells[key] = cell;
        empty = false;
      }
    }
    // Empty rows, and rows with values only in computed or unknown columns, are skipped.
    if (empty) return;
    if (this.rows.length >= maxRows) {
      throw fileError(this.layout?.kind === 'risks' ? FILE_PROBLEMS.tooManyRows : FILE_PROBLEMS.tooManyActionRows(maxRows));
    }
    this.rows.push({ row: rowNumber, cells });
  }
}
