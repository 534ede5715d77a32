import { APPLICATION_STATUS_LABELS, FUNDING_CATEGORY_LABELS, FUNDING_LINE_STATUS_LABELS, FUNDING_SOURCE_LABELS, PHASE_LABELS } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { FUNDING_PLAN_HEADINGS } from './finance-csv';
import type { ApplicationRow, BenefitByDepartmentRow, FinanceExport, FundingPlanLine, PoolYearRow } from './finance-export.service';
import { danishDateTime } from './finance-filter';
import { drained, excelDanishTime, whileConnected } from './finance-stream';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Kroner with øre; Danish Excel shows it as `1.234,50 kr.` (the separators in a format code are locale-neutral). */
export const DKK_FORMAT = '#,##0.00 "kr."';
export const HOURS_FORMAT = '#,##0.00';
export const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm';

export const SHEETS = { plan: 'Finansieringsplan', benefits: 'Gevinster pr. afdeling', pools: 'Puljer og ansøgninger', about: 'Om udtrækket' } as const;
export const BENEFIT_HEADINGS = ['År', 'Modtagende afdeling', 'Planlagt (kr.)', 'Realiseret (kr.)', 'Planlagt (timer)', 'Realiseret (timer)'] as const;
export const POOL_HEADINGS = ['Pulje', 'År', 'Kapital', 'Bevilget', 'Rest'] as const;
export const APPLICATION_HEADINGS = [
  'Pulje', 'Initiativ', 'Titel', 'År', 'Kategori', 'Beløb', 'Status', 'Formål', 'Ansøgt af', 'Ansøgt', 'Afgjort af', 'Afgjort', 'Begrundelse',
] as const;
/** Heading of the applications table, below the pools table on the same sheet. */
export const APPLICATIONS_TITLE = 'Ansøgninger';
export const NO_DEPARTMENT = '(ingen modtagende afdeling)';

/** Everything the workbook reads, so it needs no database of its own. */
export interface FinanceWorkbookSource {
  lines(): AsyncIterable<FundingPlanLine[]>;
  benefitsByDepartment(): Promise<BenefitByDepartmentRow[]>;
  pools(): Promise<PoolYearRow[]>;
  applications(): Promise<ApplicationRow[]>;
}

const kroner = (ore: number) => ore / 100;
const hundredths = (values: number[]) => values.reduce((sum, value) => sum + Math.round(value * 100), 0) / 100;

function tableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, headings: readonly string[], widths: number[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = widths.map((width) => ({ width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headings.length } };
  const header = sheet.addRow([...headings]);
  header.font = { bold: true };
  header.commit();
  return sheet;
}

const formats = (row: ExcelJS.Row, byColumn: Record<number, string>) => {
  for (const [column, numFmt] of Object.entries(byColumn)) row.getCell(Number(column)).numFmt = numFmt;
};

/**
 * Streams the finance workbook into `stream` (the HTTP response): the funding plan batch by batch (each committed
 * row leaves memory), then benefits by receiving department, pools and applications, and "Om udtrækket" with the
 * filters in words, the time of export and the totals. Sheets are written one after the other because the zip
 * takes its entries in order. Numbers are numbers with formats; each table sheet has a frozen, filterable header.
 */
export async function writeFinanceWorkbook(data: FinanceExport, source: FinanceWorkbookSource, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Gevinst';
  workbook.created = data.exportedAt;

  const plan = tableSheet(workbook, SHEETS.plan, FUNDING_PLAN_HEADINGS, [16, 40, 14, 8, 16, 18, 28, 30, 12, 18, 50]);
  let lineCount = 0;
  let totalOre = 0;
  for await (const batch of source.lines()) {
    for (const line of batch) {
      const row = plan.addRow([
        line.code,
        line.title,
        PHASE_LABELS[line.phase],
        line.year,
        FUNDING_CATEGORY_LABELS[line.category],
        FUNDING_SOURCE_LABELS[line.source],
        line.sourceName,
        line.department,
        FUNDING_LINE_STATUS_LABELS[line.status],
        kroner(line.ore),
        line.note,
      ]);
      formats(row, { 10: DKK_FORMAT });
      row.commit();
      lineCount += 1;
      totalOre += line.ore;
    }
    await drained(stream);
  }
  plan.commit();

  const benefitRows = await source.benefitsByDepartment();
  const benefits = tableSheet(workbook, SHEETS.benefits, BENEFIT_HEADINGS, [8, 36, 18, 18, 18, 18]);
  for (const b of benefitRows) {
    const row = benefits.addRow([b.year, b.department ?? NO_DEPARTMENT, b.plannedDkk, b.realisedDkk, b.plannedHours, b.realisedHours]);
    formats(row, { 3: DKK_FORMAT, 4: DKK_FORMAT, 5: HOURS_FORMAT, 6: HOURS_FORMAT });
    row.commit();
  }
  benefits.commit();
  await drained(stream);

  const [pools, applications] = [await source.pools(), await source.applications()];
  const poolSheet = tableSheet(workbook, SHEETS.pools, POOL_HEADINGS, [28, 16, 30, 16, 16, 18, 12, 40, 24, 17, 24, 17, 40]);
  for (const p of pools) {
    const row = poolSheet.addRow([p.pool, p.year, kroner(p.capitalOre), kroner(p.grantedOre), kroner(p.remainingOre)]);
    formats(row, { 3: DKK_FORMAT, 4: DKK_FORMAT, 5: DKK_FORMAT });
    row.commit();
  }
  poolSheet.addRow([]).commit();
  const title = poolSheet.addRow([APPLICATIONS_TITLE]);
  title.font = { bold: true, size: 13 };
  title.commit();
  const applicationHeader = poolSheet.addRow([...APPLICATION_HEADINGS]);
  applicationHeader.font = { bold: true };
  applicationHeader.commit();
  for (const a of applications) {
    const row = poolSheet.addRow([
      a.pool,
      a.code,
      a.title,
      a.year,
      FUNDING_CATEGORY_LABELS[a.category],
      kroner(a.ore),
      APPLICATION_STATUS_LABELS[a.status],
      a.purpose,
      a.appliedBy,
      excelDanishTime(a.appliedAt),
      a.decidedBy,
      a.decidedAt ? excelDanishTime(a.decidedAt) : null,
      a.reason,
    ]);
    formats(row, { 6: DKK_FORMAT, 10: DATE_TIME_FORMAT, 12: DATE_TIME_FORMAT });
    row.commit();
  }
  poolSheet.commit();

  const about = workbook.addWorksheet(SHEETS.about);
  about.columns = [{ width: 32 }, { width: 90 }];
  const line = (label: string, value: string | number, numFmt?: string, bold = false) => {
    const row = about.addRow([label, value]);
    row.getCell(1).font = { bold: true, ...(bold ? { size: 14 } : {}) };
    if (bold) row.getCell(2).font = { bold: true, size: 14 };
    if (numFmt) row.getCell(2).numFmt = numFmt;
    row.commit();
  };
  line('Finansieringsplan', data.organisationName, undefined, true);
  line('Udtrukket', `${danishDateTime(data.exportedAt)} (dansk tid)`);
  about.addRow([]).commit();
  const filters = about.addRow(['Filtre']);
  filters.font = { bold: true };
  filters.commit();
  for (const [label, value] of data.description) line(label, value);
  about.addRow([]).commit();
  line('Antal finansieringslinjer', lineCount);
  line('Finansiering i alt', kroner(totalOre), DKK_FORMAT);
  line('Planlagte gevinster (kr.)', hundredths(benefitRows.map((b) => b.plannedDkk)), DKK_FORMAT);
  line('Planlagte gevinster (timer)', hundredths(benefitRows.map((b) => b.plannedHours)), HOURS_FORMAT);
  about.addRow([]).commit();
  const notes: [string, string][] = [
    ['Finansieringslinjer', 'Linjer for ikke-arkiverede initiativer i de valgte faser, betalt af den valgte afdeling (inkl. underafdelinger), med de valgte kilder og statusser, i de valgte år.'],
    ['Gevinster', 'Planlagte kvantificerede gevinster i de valgte år for de initiativer, der har mindst én finansieringslinje efter filtrene (årene medregnet ikke). Kroner og timer holdes adskilt; ikke-kvantificerede gevinster og andre enheder tælles aldrig med.'],
    ['Puljer og ansøgninger', 'Puljernes kapital, bevilget og rest i de valgte år (alle bevillinger). Ansøgninger fra ikke-arkiverede initiativer i de valgte faser og år; afdeling, kilde og status gælder kun finansieringslinjerne.'],
  ];
  for (const [label, value] of notes) line(label, value);
  about.commit();

  await whileConnected(stream, workbook.commit());
}
