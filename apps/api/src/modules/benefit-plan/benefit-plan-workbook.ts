import { BENEFIT_TYPE_LABELS, sumInHundredths } from '@gevinst/domain';
import type { BenefitUnit } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { BenefitPlan, BenefitPlanRow } from './benefit-plan.service';
import { measurementFrequency } from './measurement-frequency';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const NUMBER_FORMAT = '#,##0.00';
export const DKK_FORMAT = '#,##0 "kr."';
export const DATE_FORMAT = 'dd-mm-yyyy';

/** `gevinstrealiseringsplan-BAL-2026-014.xlsx` (codes are ASCII letters, digits and dashes). */
export const benefitPlanFileName = (code: string) => `gevinstrealiseringsplan-${code.replace(/[^A-Za-z0-9-]/g, '_')}.xlsx`;

const FIXED_HEADINGS = [
  'Gevinst', 'Type', 'Kvantificeret', 'Enhed', 'Mål', 'Indikator', 'Baseline', 'Baselinedato', 'Målværdi', 'Måldato',
  'Gevinstejer', 'Modtagende forvaltning', 'Målemetode', 'Målefrekvens',
] as const;
const WIDTHS = [40, 16, 14, 12, 36, 36, 12, 14, 12, 14, 24, 28, 36, 22];

const unitName = (unit: BenefitUnit, label: string | null) => (unit === 'DKK' ? 'kr.' : unit === 'hours' ? 'timer' : (label ?? 'andet'));
/** Excel dates carry no time zone: a date-only value is midnight UTC of that day. */
const excelDate = (date: string | null) => (date ? new Date(`${date}T00:00:00Z`) : null);

/**
 * Streams the plan as .xlsx into `stream` (an HTTP response): one committed row per benefit, numbers as numbers with
 * formats, dates as dates, a frozen, filterable header row, and a sheet "Om udtrækket". Resolves when the stream
 * has finished.
 */
export async function writeBenefitPlan(plan: BenefitPlan, stream: Writable): Promise<void> {
  const years = [...new Set(plan.benefits.flatMap((b) => b.years.map((y) => y.year)))].sort((a, b) => a - b);
  const headings = [...FIXED_HEADINGS, ...years.map((year) => `Planlagt ${year}`), 'Realiseret i alt'];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Gevinst';
  workbook.created = plan.exportedAt;

  const sheet = workbook.addWorksheet('Gevinstrealiseringsplan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headings.map((_, i) => ({ width: WIDTHS[i] ?? 14 }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headings.length } };
  const header = sheet.addRow(headings);
  header.font = { bold: true };
  header.commit();
  for (const benefit of plan.benefits) {
    writeBenefitRow(sheet, benefit, years);
  }
  sheet.commit();

  const about = workbook.addWorksheet('Om udtrækket');
  about.columns = [{ width: 28 }, { width: 80 }];
  const exportedAt = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }).format(plan.exportedAt);
  const lines: [string, string][] = [
    ['Gevinstrealiseringsplan', `${plan.initiative.code} ${plan.initiative.title}`],
    ['Initiativ', plan.initiative.code],
    ['Titel', plan.initiative.title],
    ['Organisation', plan.organisationName],
    ['Udtrukket', `${exportedAt} (dansk tid)`],
    ['Antal gevinster', String(plan.benefits.length)],
    ['Bemærk', 'Ikke-kvantificerede gevinster er beskrevet i tekst og har ingen beløb; enheder lægges aldrig sammen.'],
    ['Målefrekvens', 'Afledt af gevinstens evalueringspunkter.'],
  ];
  lines.forEach(([label, value], i) => {
    const row = about.addRow([label, value]);
    row.getCell(1).font = { bold: true, ...(i === 0 ? { size: 14 } : {}) };
    if (i === 0) row.getCell(2).font = { bold: true, size: 14 };
    row.commit();
  });
  about.commit();
  await workbook.commit();
}

function writeBenefitRow(sheet: ExcelJS.Worksheet, benefit: BenefitPlanRow, years: number[]): void {
  const { goal } = benefit;
  const amountFormat = benefit.unit === 'DKK' ? DKK_FORMAT : NUMBER_FORMAT;
  // Non-quantified benefits are described in words: no amounts, so no column sum ever counts them.
  const planned = new Map(benefit.quantified ? benefit.years.map((y) => [y.year, y.planned]) : []);
  const realised = benefit.quantified ? benefit.years.flatMap((y) => (y.realised === null ? [] : [y.realised])) : [];
  const row = sheet.addRow([
    benefit.title,
    BENEFIT_TYPE_LABELS[benefit.type],
    benefit.quantified ? 'Ja' : 'Nej',
    unitName(benefit.unit, benefit.unitLabel),
    goal?.title ?? null,
    goal ? `${goal.indicatorName} (${goal.unit})` : null,
    goal?.baselineValue ?? null,
    excelDate(goal?.baselineDate ?? null),
    goal?.targetValue ?? null,
    excelDate(goal?.targetDate ?? null),
    benefit.ownerName,
    benefit.receivingDepartment,
    benefit.measurementMethod,
    measurementFrequency(benefit.dueDates),
    ...years.map((year) => planned.get(year) ?? null),
    benefit.quantified ? sumInHundredths(realised) : null,
  ]);
  row.getCell(7).numFmt = NUMBER_FORMAT;
  row.getCell(8).numFmt = DATE_FORMAT;
  row.getCell(9).numFmt = NUMBER_FORMAT;
  row.getCell(10).numFmt = DATE_FORMAT;
  for (let column = FIXED_HEADINGS.length + 1; column <= FIXED_HEADINGS.length + years.length + 1; column++) {
    row.getCell(column).numFmt = amountFormat;
  }
  row.commit();
}
