import {
  RISK_ACTION_STATUS_LABELS,
  RISK_BAND_LABELS,
  RISK_CATEGORY_LABELS,
  RISK_HANDLER_LABELS,
  RISK_LIMITS,
  RISK_STATUS_LABELS,
} from '@gevinst/domain';
import type { Risk, RiskBand } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import {
  ACTION_COLUMNS,
  ACTION_SHEET,
  ActionColumnKey,
  ColumnSpec,
  columnLetter,
  CREDIT_LINE,
  DATE_FORMAT,
  EXPORT_RISK_COLUMNS,
  GUIDE_SHEET,
  HEADER_SCAN_ROWS,
  RISK_SHEET,
  RiskColumnKey,
} from './risk-log-layout';

/** What the workbook shows; without an initiative it is the blank template. */
export interface RiskLogWorkbook {
  initiative: { code: string; title: string } | null;
  exportedAt: Date;
  risks: Risk[];
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const BAND_FILL: Record<RiskBand, ExcelJS.Fill> = {
  low: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } },
  medium: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
  high: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
};
const WRAPPED = new Set<string>(['title', 'cause', 'event', 'consequenceText', 'action']);
/** Drop-down lists and number checks cover this many rows (the import's limit). */
const VALIDATED_ROWS = RISK_LIMITS.importMaxRows + 1;

/** exceljs's streaming worksheet validates ranges ("F2:F5001"); its type declarations leave the member out. */
type RangeValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Excel dates carry no time zone: a date-only value is midnight UTC of that day. */
const excelDate = (date: string | null) => (date ? new Date(`${date}T00:00:00Z`) : null);

const danishTime = (at: Date) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }).format(at);

/**
 * Streams the risk log (or the blank template) as .xlsx into `stream`: sheet Risikolog (one row per risk), sheet
 * Handlinger (one row per mitigation action, tied to its risk by "Risiko nr.") and sheet Vejledning (what each column
 * means, the allowed values, and the export's initiative and time). Numbers are numeric cells, dates real Excel
 * dates, the header rows frozen and filterable, and the label columns carry drop-down lists. Resolves when written.
 */
export async function writeRiskLog(data: RiskLogWorkbook, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Gevinst';
  workbook.created = data.exportedAt;

  const risks = workbook.addWorksheet(RISK_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  startSheet(risks, EXPORT_RISK_COLUMNS);
  for (const risk of data.risks) writeRisk(risks, risk);
  risks.commit();

  const actions = workbook.addWorksheet(ACTION_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  startSheet(actions, ACTION_COLUMNS);
  for (const risk of data.risks) {
    for (const action of risk.actions) {
      const values: Record<ActionColumnKey, ExcelJS.CellValue> = {
        riskNumber: risk.number,
        action: action.action,
        responsible: action.responsible,
        deadline: excelDate(action.deadline),
        status: RISK_ACTION_STATUS_LABELS[action.status],
      };
      writeRow(actions, ACTION_COLUMNS, values);
    }
  }
  actions.commit();

  writeGuide(workbook.addWorksheet(GUIDE_SHEET), data);
  await workbook.commit();
}

function startSheet<K extends string>(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec<K>[]): void {
  sheet.columns = columns.map((column) => ({ width: column.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((column) => column.heading));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  columns.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    const validation = validationOf(column);
    if (validation) (sheet as RangeValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS}`, validation);
  });
}

/** Drop-down lists of the Danish labels, and whole-number checks; warnings only, as the import accepts variants. */
function validationOf<K extends string>(column: ColumnSpec<K>): ExcelJS.DataValidation | null {
  const warn = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning', errorTitle: column.heading, error: column.allowed } as const;
  const list = (labels: Record<string, string>): ExcelJS.DataValidation => ({ ...warn, type: 'list', formulae: [`"${Object.values(labels).join(',')}"`] });
  switch (column.kind) {
    case 'category':
      return list(RISK_CATEGORY_LABELS);
    case 'handler':
      return list(RISK_HANDLER_LABELS);
    case 'status':
      return list(RISK_STATUS_LABELS);
    case 'actionStatus':
      return list(RISK_ACTION_STATUS_LABELS);
    case 'rating':
      return { ...warn, type: 'whole', operator: 'between', formulae: [1, 5] };
    case 'integer':
      return { ...warn, type: 'whole', operator: 'greaterThanOrEqual', formulae: [1] };
    default:
      return null;
  }
}

function writeRisk(sheet: ExcelJS.Worksheet, risk: Risk): void {
  const values: Record<RiskColumnKey, ExcelJS.CellValue> = {
    number: risk.number,
    title: risk.title,
    cause: risk.cause,
    event: risk.event,
    consequenceText: risk.consequenceText,
    category: RISK_CATEGORY_LABELS[risk.category],
    probability: risk.probability,
    consequence: risk.consequence,
    score: risk.score,
    band: RISK_BAND_LABELS[risk.band],
    handler: risk.handler ? RISK_HANDLER_LABELS[risk.handler] : null,
    owner: risk.owner?.email ?? null,
    residualProbability: risk.residualProbability,
    residualConsequence: risk.residualConsequence,
    residualScore: risk.residualScore,
    residualBand: risk.residualBand ? RISK_BAND_LABELS[risk.residualBand] : null,
    status: RISK_STATUS_LABELS[risk.status],
    identifiedOn: excelDate(risk.identifiedOn),
    lastReviewedOn: excelDate(risk.lastReviewedOn),
  };
  const row = writeRow(sheet, EXPORT_RISK_COLUMNS, values, false);
  const band = EXPORT_RISK_COLUMNS.findIndex((c) => c.key === 'band') + 1;
  row.getCell(band).fill = BAND_FILL[risk.band];
  row.commit();
}

function writeRow<K extends string>(sheet: ExcelJS.Worksheet, columns: readonly ColumnSpec<K>[], values: Record<K, ExcelJS.CellValue>, commit = true): ExcelJS.Row {
  const row = sheet.addRow(columns.map((column) => values[column.key] ?? null));
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    if (column.kind === 'date') cell.numFmt = DATE_FORMAT;
    if (['integer', 'rating', 'computed'].includes(column.kind) && typeof values[column.key] === 'number') cell.numFmt = '0';
    cell.alignment = WRAPPED.has(column.key) ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
  });
  if (commit) row.commit();
  return row;
}

function writeGuide(sheet: ExcelJS.Worksheet, data: RiskLogWorkbook): void {
  sheet.columns = [{ width: 14 }, { width: 28 }, { width: 62 }, { width: 62 }, { width: 11 }];
  const add = (values: ExcelJS.CellValue[], font?: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow(values);
    if (font) row.font = font;
    row.alignment = { vertical: 'top', wrapText: false };
    row.commit();
  };
  add(['Vejledning til risikologgen'], { bold: true, size: 14 });
  add([
    data.initiative
      ? `Risikolog for ${data.initiative.code} ${data.initiative.title}, udtrukket fra Gevinst ${danishTime(data.exportedAt)} (dansk tid)`
      : `Tom skabelon fra Gevinst, hentet ${danishTime(data.exportedAt)} (dansk tid)`,
  ]);
  add([]);
  const lines = [
    `Arket ${RISK_SHEET} har én række pr. risiko. Arket ${ACTION_SHEET} har én række pr. afbødende handling; "Risiko nr." peger på risikoens Nr. i ${RISK_SHEET}.`,
    `Kolonnerne findes ud fra overskriften, ikke placeringen: rækkefølgen er ligegyldig, og andre kolonner ignoreres. Overskriftsrækken skal stå i en af arkets første ${HEADER_SCAN_ROWS} rækker.`,
    'Påkrævede kolonner: Titel, Kategori, Sandsynlighed (1-5) og Konsekvens (1-5). "Konsekvens" alene er beskrivelsen (tekst); vurderingen står i "Konsekvens (1-5)".',
    'Score og Niveau beregnes af Gevinst (Score = sandsynlighed × konsekvens; Niveau: 1-4 Lav, 5-12 Middel, 15-25 Høj) og læses ikke ved import. Formler er tilladt dér, men ikke i de andre kolonner: indsæt værdien.',
    'Kategori, Håndteres af og Status skrives med de danske betegnelser nedenfor (store og små bogstaver er ligegyldige; aa, oe og ae kan stå for å, ø og æ).',
    'Datoer skrives som Excel-datoer eller som tekst dd-mm-åååå, d.m.åååå eller åååå-mm-dd. Tomme rækker springes over.',
    `Ved import vælges "Tilføj" (numrene må ikke findes i loggen i forvejen) eller "Erstat" (hele initiativets risikolog udskiftes). Intet gemmes, før alle rækker er fejlfri. Højst ${RISK_LIMITS.importMaxRows.toLocaleString('da-DK')} risici og ${RISK_LIMITS.importMaxBytes / (1024 * 1024)} MB pr. fil.`,
  ];
  for (const line of lines) add([line]);
  add([]);
  const header = sheet.addRow(['Ark', 'Kolonne', 'Betydning', 'Tilladte værdier', 'Påkrævet']);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  const describe = (sheetName: string, column: ColumnSpec<string>) => {
    const row = sheet.addRow([sheetName, column.heading, column.help, column.allowed, column.required ? 'Ja' : 'Nej']);
    row.alignment = { vertical: 'top', wrapText: true };
    row.commit();
  };
  for (const column of EXPORT_RISK_COLUMNS) describe(RISK_SHEET, column);
  for (const column of ACTION_COLUMNS) describe(ACTION_SHEET, column);
  add([]);
  add([CREDIT_LINE], { italic: true });
  sheet.commit();
}
