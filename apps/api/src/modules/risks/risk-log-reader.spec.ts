import * as ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { DomainError } from '../../common/errors/domain-error';
import { FILE_PROBLEMS } from './risk-log-errors';
import { readRiskLog } from './risk-log-reader';
import { writeRiskLog } from './risk-log-writer';
import { checkWorkbookZip } from './risk-log-zip-guard';

const LIMITS = { maxEntries: 500, maxUncompressedBytes: 60 * 1024 * 1024 };

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function read(buffer: Buffer, options = {}) {
  return readRiskLog(buffer, await checkWorkbookZip(buffer, LIMITS), options);
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('VALIDATION_FAILED');
  return (error as DomainError).details![0].messages[0];
}

describe('readRiskLog', () => {
  it('finds the header row below a title, the columns by heading in any order, and skips empty rows', async () => {
    const buffer = await xlsx((wb) => {
      const sheet = wb.addWorksheet('Risikolog');
      sheet.addRow(['Risikolog for BAL-2026-014']);
      sheet.addRow([]);
      sheet.addRow(['Kategori', 'Bemærkning', 'Konsekvens (1-5)', 'Titel', 'Sandsynlighed', 'Konsekvens', 'Score']);
      sheet.addRow(['GDPR', 'ignoreres', 4, 'Datatab', 3, 'Bøder', { formula: 'C4*E4', result: 12 }]);
      sheet.addRow([null, 'kun en bemærkning', null, null, null, null, { formula: 'C5*E5', result: 0 }]);
      sheet.addRow(['Teknisk', null, 2, 'Nedbrud', 2]);
    });
    const log = await read(buffer);
    expect(log.risks.name).toBe('Risikolog');
    expect(log.risks.headings).toMatchObject({ category: 'Kategori', consequence: 'Konsekvens (1-5)', consequenceText: 'Konsekvens', score: 'Score' });
    expect(log.risks.rows).toEqual([
      {
        row: 4,
        cells: {
          category: { kind: 'text', text: 'GDPR' },
          consequence: { kind: 'number', value: 4 },
          title: { kind: 'text', text: 'Datatab' },
          probability: { kind: 'number', value: 3 },
          consequenceText: { kind: 'text', text: 'Bøder' },
        },
      },
      {
        row: 6,
        cells: {
          category: { kind: 'text', text: 'Teknisk' },
          consequence: { kind: 'number', value: 2 },
          title: { kind: 'text', text: 'Nedbrud' },
          probability: { kind: 'number', value: 2 },
        },
      },
    ]);
    expect(log.actions).toBeNull();
  });

  it('recognises a renamed risk sheet by its headings, and skips other sheets', async () => {
    const buffer = await xlsx((wb) => {
      wb.addWorksheet('Forside').addRow(['Titel', 'Kategori']);
      const sheet = wb.addWorksheet('Ark2');
      sheet.addRow(['Titel', 'Kategori', 'Sandsynlighed (1-5)', 'K']);
      sheet.addRow(['Datatab', 'GDPR', 3, 4]);
      const actions = wb.addWorksheet('Ark3');
      actions.addRow(['Risiko nr.', 'Handling']);
      actions.addRow([1, 'Kryptér']);
    });
    const log = await read(buffer);
    expect(log.risks.name).toBe('Ark2');
    expect(log.risks.rows).toHaveLength(1);
    expect(log.actions?.name).toBe('Ark3');
    expect(log.actions?.rows[0]).toEqual({ row: 2, cells: { riskNumber: { kind: 'number', value: 1 }, action: { kind: 'text', text: 'Kryptér' } } });
  });

  it('names a missing required heading, a missing header row and a heading given twice', async () => {
    const missing = await xlsx((wb) => wb.addWorksheet('Risikolog').addRow(['Nr.', 'Titel', 'Kategori', 'Sandsynlighed (1-5)', 'Konsekvens']));
    expect(await problemOf(read(missing))).toBe(
      'The sheet "Risikolog" has no column "Konsekvens (1-5)"; the required columns are "Titel", "Kategori", "Sandsynlighed (1-5)", "Konsekvens (1-5)"',
    );
    const noHeader = await xlsx((wb) => wb.addWorksheet('Risikolog').addRow(['Datatab', 'GDPR', 3, 4]));
    expect(await problemOf(read(noHeader))).toMatch(/^The sheet "Risikolog" has no heading row/);
    const twice = await xlsx((wb) => wb.addWorksheet('Risikolog').addRow(['Titel', 'Kategori', 'Sandsynlighed', 'Sandsynlighed (1-5)', 'Konsekvens (1-5)']));
    expect(await problemOf(read(twice))).toBe(
      'The sheet "Risikolog" has two columns for "Sandsynlighed (1-5)" ("Sandsynlighed" in column C and "Sandsynlighed (1-5)" in column D): keep one',
    );
    const none = await xlsx((wb) => wb.addWorksheet('Ark1').addRow(['Noget andet']));
    expect(await problemOf(read(none))).toMatch(/^No sheet "Risikolog" was found/);
  });

  it('stops as soon as there are more data rows than allowed', async () => {
    const buffer = await xlsx((wb) => {
      const sheet = wb.addWorksheet('Risikolog');
      sheet.addRow(['Titel', 'Kategori', 'Sandsynlighed (1-5)', 'Konsekvens (1-5)']);
      for (let i = 0; i < 11; i++) sheet.addRow([`Risiko ${i}`, 'GDPR', 3, 3]);
    });
    expect((await read(buffer, { maxRiskRows: 11 })).risks.rows).toHaveLength(11);
    expect(await problemOf(read(buffer, { maxRiskRows: 10 }))).toBe(FILE_PROBLEMS.tooManyRows);
  });

  it('reads back the template and an export as written (inline dates, shared strings, styles)', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeRiskLog({ initiative: null, exportedAt: new Date('2026-03-05T10:00:00Z'), risks: [] }, out);
    const log = await read(Buffer.concat(chunks));
    expect(log.risks.name).toBe('Risikolog');
    expect(log.risks.rows).toEqual([]);
    expect(log.actions?.name).toBe('Handlinger');
  });
});
