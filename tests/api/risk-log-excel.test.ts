import type { ApiError, ImportRowError, Risk, RiskImportPreview } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient, createUser } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

const RISK_HEADINGS = [
  'Nr.', 'Titel', 'Årsag', 'Hændelse', 'Konsekvens', 'Kategori', 'Sandsynlighed (1-5)', 'Konsekvens (1-5)', 'Score', 'Niveau',
  'Håndteres af', 'Risikoejer', 'Sandsynlighed efter tiltag', 'Konsekvens efter tiltag', 'Score efter tiltag', 'Status',
  'Identificeret', 'Senest gennemgået',
] as const;
const ACTION_HEADINGS = ['Risiko nr.', 'Handling', 'Ansvarlig', 'Frist', 'Status'] as const;
type RiskCells = Partial<Record<(typeof RISK_HEADINGS)[number], ExcelJS.CellValue>>;
type ActionCells = Partial<Record<(typeof ACTION_HEADINGS)[number], ExcelJS.CellValue>>;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Collects a binary body (supertest buffers only text and JSON by itself). */
const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** A risk log as a user would fill it in: the template's headings, one row per entry (an empty entry is an empty row). */
async function riskLog(risks: RiskCells[], actions: ActionCells[] = [], headings: readonly string[] = RISK_HEADINGS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Risikolog');
  sheet.addRow([...headings]);
  for (const risk of risks) sheet.addRow(headings.map((h) => (risk as Record<string, ExcelJS.CellValue>)[h] ?? null));
  const actionSheet = workbook.addWorksheet('Handlinger');
  actionSheet.addRow([...ACTION_HEADINGS]);
  for (const action of actions) actionSheet.addRow(ACTION_HEADINGS.map((h) => action[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const load = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type (an ArrayBuffer): a Node Buffer is what it reads at run time.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
};

/** A zip container with a local entry and a central directory per part (deflated unless raw data is given). */
function zipOf(parts: { name: string; data: Buffer; compressed?: Buffer; size?: number }[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const compressed = part.compressed ?? deflateRawSync(part.data);
    const size = part.size ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    chunks.push(local, name, compressed);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** `megabytes` MB of one repeated character, deflated as it streams (a few hundred kB in memory at most). */
async function deflatedRun(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024, 'a');
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

describe('risk log as Excel: export, template and import', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let reader: ApiClient;
  let otherLead: ApiClient;
  let owner: { id: string; email: string; name: string };
  let logged: { id: string; code: string; title: string };

  const initiativeBy = async (client: ApiClient) =>
    (await client.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body as { id: string; code: string; title: string };
  const risksOf = async (id: string): Promise<Risk[]> => (await reader.get(`/api/v1/initiatives/${id}/risks`).expect(200)).body;
  const download = (client: ApiClient, path: string) => client.get(path).buffer(true).parse(binary as never);
  const upload = (client: ApiClient, id: string, buffer: Buffer, query = '', fileName = 'risikolog.xlsx') =>
    client.post(`/api/v1/initiatives/${id}/risks/import${query ? `?${query}` : ''}`).attach('file', buffer, fileName);
  const fileProblem = async (id: string, buffer: Buffer, status = 400): Promise<string> => {
    const body: ApiError = (await upload(lead, id, buffer).expect(status)).body;
    expect(body).toMatchObject({ statusCode: status, code: 'VALIDATION_FAILED' });
    expect(body.details).toHaveLength(1);
    expect(body.details![0].field).toBe('file');
    return body.details![0].messages[0];
  };

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    otherLead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    owner = await createUser(t.dataSource, org.organisation.id, ['benefit_owner'], { name: 'Åse Ørsted', email: 'ase.orsted@test.gevinst.dk' });
    await createUser(t.dataSource, org.organisation.id, ['finance'], { name: 'Jens Hansen', email: 'jens.hansen1@test.gevinst.dk' });
    await createUser(t.dataSource, org.organisation.id, ['finance'], { name: 'Jens  Hansen', email: 'jens.hansen2@test.gevinst.dk' });

    // A log with every kind of value: an owner, residual ratings, all statuses, actions with and without deadlines.
    logged = await initiativeBy(lead);
    const url = `/api/v1/initiatives/${logged.id}/risks`;
    await lead
      .post(url)
      .send(
        riskInput({
          title: 'Borgerdata lækker fra testmiljøet',
          category: 'information_security',
          probability: 4,
          consequence: 5,
          handler: 'shared',
          ownerUserId: owner.id,
          residualProbability: 2,
          residualConsequence: 4,
          status: 'in_progress',
          identifiedOn: '2026-01-15',
          lastReviewedOn: '2026-02-20',
          actions: [
            { action: 'Anonymisér testdata', responsible: 'Leverandøren', deadline: '2026-04-30', status: 'in_progress' },
            { action: 'Databehandleraftale på plads', responsible: null, deadline: null, status: 'done' },
          ],
        }),
      )
      .expect(201);
    await lead.post(url).send(riskInput({ title: 'Budgettet skrider', category: 'economic', probability: 2, consequence: 2, handler: 'municipality', status: 'closed', cause: null, event: null, consequenceText: null, lastReviewedOn: null, actions: [] })).expect(201);
    await lead.post(url).send(riskInput({ title: 'Leverandøren går konkurs', category: 'supplier', probability: 1, consequence: 5, handler: null, status: 'occurred' })).expect(201);
  });
  afterAll(() => t?.close());

  describe('export', () => {
    it('streams the whole log (every status) with Danish headings, numeric cells, real dates, frozen and filterable headers', async () => {
      const response = await download(reader, `/api/v1/initiatives/${logged.id}/risks/export.xlsx`).expect(200);
      expect(response.headers['content-type']).toBe(XLSX_TYPE);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="risikolog-${logged.code}.xlsx"`);
      const workbook = await load(response.body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Risikolog', 'Handlinger', 'Vejledning']);

      const sheet = workbook.getWorksheet('Risikolog')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...RISK_HEADINGS]);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.rowCount).toBe(4);
      const cell = (row: number, heading: (typeof RISK_HEADINGS)[number]) => sheet.getRow(row).getCell(RISK_HEADINGS.indexOf(heading) + 1);
      expect(cell(2, 'Nr.')).toMatchObject({ value: 1, type: ExcelJS.ValueType.Number });
      expect(cell(2, 'Titel').value).toBe('Borgerdata lækker fra testmiljøet');
      expect(cell(2, 'Kategori').value).toBe('Informationssikkerhed/GDPR');
      expect(cell(2, 'Sandsynlighed (1-5)')).toMatchObject({ value: 4, type: ExcelJS.ValueType.Number });
      expect(cell(2, 'Konsekvens (1-5)')).toMatchObject({ value: 5, type: ExcelJS.ValueType.Number });
      expect(cell(2, 'Konsekvens').value).toBe('Sagsbehandlerne må registrere dobbelt');
      expect(cell(2, 'Score')).toMatchObject({ value: 20, type: ExcelJS.ValueType.Number });
      expect(cell(2, 'Niveau').value).toBe('Høj');
      expect(cell(2, 'Håndteres af').value).toBe('Fælles');
      expect(cell(2, 'Risikoejer').value).toBe(owner.email);
      expect(cell(2, 'Sandsynlighed efter tiltag').value).toBe(2);
      expect(cell(2, 'Score efter tiltag').value).toBe(8);
      expect(cell(2, 'Status').value).toBe('Under håndtering');
      expect(cell(2, 'Identificeret')).toMatchObject({ value: day('2026-01-15'), numFmt: 'dd-mm-yyyy', type: ExcelJS.ValueType.Date });
      expect(cell(2, 'Senest gennemgået')).toMatchObject({ value: day('2026-02-20'), numFmt: 'dd-mm-yyyy' });
      expect(cell(2, 'Kategori').dataValidation).toMatchObject({ type: 'list', formulae: ['"Politisk,Økonomisk,Teknisk,Juridisk,Informationssikkerhed/GDPR,Organisatorisk,Leverandør"'] });
      expect(cell(3, 'Status').value).toBe('Lukket');
      expect(cell(3, 'Årsag').value).toBeNull();
      expect(cell(3, 'Niveau').value).toBe('Lav');
      expect(cell(3, 'Senest gennemgået').value).toBeNull();
      expect(cell(4, 'Status').value).toBe('Indtruffet');
      expect(cell(4, 'Håndteres af').value).toBeNull();
      expect(cell(4, 'Score efter tiltag').value).toBeNull();

      const actions = workbook.getWorksheet('Handlinger')!;
      expect((actions.getRow(1).values as unknown[]).slice(1)).toEqual([...ACTION_HEADINGS]);
      expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect((actions.getRow(2).values as unknown[]).slice(1)).toEqual([1, 'Anonymisér testdata', 'Leverandøren', day('2026-04-30'), 'I gang']);
      expect(actions.getRow(2).getCell(4).numFmt).toBe('dd-mm-yyyy');
      expect((actions.getRow(3).values as unknown[]).slice(1)).toEqual([1, 'Databehandleraftale på plads', undefined, undefined, 'Udført']);
      expect(actions.getRow(4).getCell(1).value).toBe(3);

      const guide = workbook.getWorksheet('Vejledning')!.getSheetValues().flat().filter((v) => typeof v === 'string').join('\n');
      expect(guide).toContain(`Risikolog for ${logged.code} ${logged.title}, udtrukket fra Gevinst`);
      expect(guide).toMatch(/\d{4} kl\. \d{2}[.:]\d{2} \(dansk tid\)/);
      expect(guide).toContain("Skabelonen følger kolonnerne i kommunale risikologs (jf. KL's vejledning om digital transformation)");
      expect(guide).toContain('Kolonnerne findes ud fra overskriften, ikke placeringen');
    });

    it('serves the blank template, documented in its Vejledning sheet, before GET risks/:id can claim the path', async () => {
      const response = await download(reader, '/api/v1/risks/template.xlsx').expect(200);
      expect(response.headers['content-disposition']).toBe('attachment; filename="risikolog-skabelon.xlsx"');
      const workbook = await load(response.body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Risikolog', 'Handlinger', 'Vejledning']);
      const sheet = workbook.getWorksheet('Risikolog')!;
      expect(sheet.rowCount).toBe(1);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...RISK_HEADINGS]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getCell('P2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Åben,Under håndtering,Lukket,Indtruffet"'] });
      expect(sheet.getCell('G2').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 5] });
      const guide = workbook.getWorksheet('Vejledning')!;
      const rows = guide.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
      expect(rows).toContainEqual(['Risikolog', 'Kategori', 'Risikoens kategori.', 'Politisk, Økonomisk, Teknisk, Juridisk, Informationssikkerhed/GDPR, Organisatorisk, Leverandør', 'Ja']);
      expect(rows).toContainEqual(['Handlinger', 'Status', 'Hvor handlingen står.', 'Planlagt, I gang, Udført; tomt = Planlagt', 'Nej']);
      const text = rows.flat().filter((v) => typeof v === 'string').join('\n');
      expect(text).toContain('Tom skabelon fra Gevinst');
      expect(text).toContain("Skabelonen følger kolonnerne i kommunale risikologs (jf. KL's vejledning om digital transformation)");
    });

    it('answers 404 for a foreign, unknown or malformed initiative', async () => {
      const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
      const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
      const theirs = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id;
      for (const id of [theirs, '6f1c0c1e-0000-4000-8000-000000000000', 'not-a-uuid']) {
        expect((await reader.get(`/api/v1/initiatives/${id}/risks/export.xlsx`).expect(404)).body).toMatchObject({ code: 'NOT_FOUND' });
        const file = await riskLog([{ Titel: 'x', Kategori: 'GDPR', 'Sandsynlighed (1-5)': 1, 'Konsekvens (1-5)': 1 }]);
        expect((await upload(lead, id, file).expect(404)).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      }
    });
  });

  describe('round trip', () => {
    const comparable = (risks: Risk[]) =>
      risks.map((r) => ({
        number: r.number,
        title: r.title,
        cause: r.cause,
        event: r.event,
        consequenceText: r.consequenceText,
        category: r.category,
        probability: r.probability,
        consequence: r.consequence,
        handler: r.handler,
        owner: r.owner,
        residualProbability: r.residualProbability,
        residualConsequence: r.residualConsequence,
        status: r.status,
        identifiedOn: r.identifiedOn,
        lastReviewedOn: r.lastReviewedOn,
        actions: r.actions.map(({ action, responsible, deadline, status }) => ({ action, responsible, deadline, status })),
      }));

    it('exported and imported into an empty initiative, and with replace into the same one, gives the same risks', async () => {
      const before = comparable(await risksOf(logged.id));
      expect(before).toHaveLength(3);
      const exported: Buffer = (await download(lead, `/api/v1/initiatives/${logged.id}/risks/export.xlsx`).expect(200)).body;

      const empty = await initiativeBy(lead);
      const preview: RiskImportPreview = (await upload(lead, empty.id, exported).expect(200)).body;
      expect(preview).toMatchObject({ committed: false, mode: 'append', errors: [] });
      expect(preview.rows).toEqual([
        { row: 2, number: 1, title: 'Borgerdata lækker fra testmiljøet', category: 'information_security', probability: 4, consequence: 5, score: 20, band: 'high', status: 'in_progress', actions: 2 },
        expect.objectContaining({ row: 3, number: 2, score: 4, band: 'low', status: 'closed', actions: 0 }),
        expect.objectContaining({ row: 4, number: 3, status: 'occurred', actions: 1 }),
      ]);
      expect(await risksOf(empty.id)).toEqual([]);

      const committed: RiskImportPreview = (await upload(lead, empty.id, exported, 'mode=append&commit=true').expect(201)).body;
      expect(committed).toMatchObject({ committed: true, mode: 'append', errors: [] });
      expect(comparable(await risksOf(empty.id))).toEqual(before);

      const replaced: RiskImportPreview = (await upload(lead, logged.id, exported, 'mode=replace&commit=true').expect(201)).body;
      expect(replaced).toMatchObject({ committed: true, mode: 'replace' });
      expect(comparable(await risksOf(logged.id))).toEqual(before);
    });

    it('imports a user-made sheet: columns in any order, a title above the header, label variants, owners by name or e-mail', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Risici');
      sheet.addRow(['Risikolog, Projekt Robot']);
      sheet.addRow(['Kategori', 'Titel', 'K', 'Sandsynlighed', 'Risikoejer', 'Håndteres af', 'Status', 'Identificeret', 'Score', 'Bemærkning']);
      sheet.addRow(['GDPR', 'Samtykker mangler', 4, 3, 'ÅSE ØRSTED', 'Begge', 'Håndteres', '05-01-2026', { formula: 'C3*D3', result: 12 }, 'frit felt']);
      sheet.addRow(['Økonomi', 'Licensprisen stiger', '2', '3', owner.email.toUpperCase(), 'Kommune', 'aaben', '2026-01-06']);
      const actions = workbook.addWorksheet('Handlinger');
      actions.addRow(['Handling', 'Risiko nr.']);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const target = await initiativeBy(lead);
      const result: RiskImportPreview = (await upload(lead, target.id, file, 'commit=true').expect(201)).body;
      expect(result.errors).toEqual([]);
      const risks = await risksOf(target.id);
      expect(risks.map((r) => [r.number, r.title, r.category, r.probability, r.consequence, r.handler, r.status, r.owner?.id, r.identifiedOn])).toEqual([
        [1, 'Samtykker mangler', 'information_security', 3, 4, 'shared', 'in_progress', owner.id, '2026-01-05'],
        [2, 'Licensprisen stiger', 'economic', 3, 2, 'municipality', 'open', owner.id, '2026-01-06'],
      ]);
    });
  });

  describe('row errors', () => {
    let target: { id: string };
    let errors: ImportRowError[];
    let preview: RiskImportPreview;
    const errorAt = (sheet: string, row: number, column: string) => errors.filter((e) => e.sheet === sheet && e.row === row && e.column === column);

    beforeAll(async () => {
      target = await initiativeBy(lead);
      // The log has Nr. 1 already: appending a Nr. 1 is an error.
      await lead.post(`/api/v1/initiatives/${target.id}/risks`).send(riskInput()).expect(201);
      const ok: RiskCells = { Titel: 'Gyldig', Kategori: 'Teknisk', 'Sandsynlighed (1-5)': 2, 'Konsekvens (1-5)': 3, Identificeret: day('2026-02-01') };
      const file = await riskLog(
        [
          { ...ok, 'Nr.': 10, Score: { formula: 'G2*H2', result: 6 }, Niveau: { formula: 'IF(I2>4,"Middel","Lav")', result: 'Middel' } }, // 2: valid
          { ...ok, 'Nr.': 11, 'Sandsynlighed (1-5)': 'høj' }, // 3: text in a number column
          { ...ok, 'Nr.': 12, 'Konsekvens (1-5)': 6 }, // 4: out of range
          { ...ok, 'Nr.': 13, 'Sandsynlighed efter tiltag': 2.5 }, // 5: not whole
          { ...ok, 'Nr.': 14, Kategori: 'Miljø' }, // 6: unknown label
          { ...ok, 'Nr.': 15, Titel: { formula: 'CONCAT("a","b")', result: 'ab' } }, // 7: formula in an input column
          { ...ok, 'Nr.': 16, Identificeret: '31-02-2026' }, // 8: invalid date
          { ...ok, 'Nr.': 10 }, // 9: duplicate Nr.
          { ...ok, 'Nr.': 1 }, // 10: already in the log (append)
          { ...ok, 'Nr.': 17, Risikoejer: 'ukendt@test.gevinst.dk' }, // 11: unknown owner
          { ...ok, 'Nr.': 18, Risikoejer: 'Jens Hansen' }, // 12: a name two users have
          {}, // 13: empty row, skipped
          { ...ok, 'Nr.': 19, Titel: 'x'.repeat(201) }, // 14: too long (the API's own rule)
          { ...ok, 'Nr.': 20, Titel: null }, // 15: missing title
          { ...ok, 'Nr.': 21, 'Senest gennemgået': '15.01.2026' }, // 16: reviewed before identified
          { ...ok, 'Nr.': 22, Status: 'Lukket ', 'Håndteres af': 'Leverandøren', Risikoejer: 'ase.orsted@TEST.gevinst.dk' }, // 17: valid
        ],
        [
          { 'Risiko nr.': 10, Handling: 'Gyldig handling', Frist: day('2026-03-01'), Status: 'I gang' }, // 2: valid
          { 'Risiko nr.': 10, Handling: 'For tidligt', Frist: '15-01-2026' }, // 3: deadline before identified
          { 'Risiko nr.': 99, Handling: 'Hører til intet' }, // 4: unknown risk number
          { 'Risiko nr.': 22, Handling: 'Ukendt status', Status: 'Måske' }, // 5: unknown label
        ],
      );
      preview = (await upload(lead, target.id, file).expect(200)).body;
      errors = preview.errors;
    });

    it('lists every problem with its sheet, Excel row, column heading and a Danish message, and nothing is written', async () => {
      expect(preview.committed).toBe(false);
      expect((await risksOf(target.id)).map((r) => r.number)).toEqual([1]);
      // The preview lists the rows whose title, category and ratings are valid.
      expect(preview.rows.map((r) => r.row)).toEqual([2, 5, 8, 9, 10, 11, 12, 16, 17]);
      expect(errors.every((e) => ['Risikolog', 'Handlinger'].includes(e.sheet))).toBe(true);
    });

    it('skips empty rows and ignores formulas in the computed columns', () => {
      expect(errors.filter((e) => e.row === 2 && e.sheet === 'Risikolog')).toEqual([]);
      expect(errors.filter((e) => e.row === 13 && e.sheet === 'Risikolog')).toEqual([]);
      expect(errors.filter((e) => e.row === 17 && e.sheet === 'Risikolog')).toEqual([]);
      expect(errors.filter((e) => e.row === 2 && e.sheet === 'Handlinger')).toEqual([]);
    });

    it('text in a number column', () => {
      expect(errorAt('Risikolog', 3, 'Sandsynlighed (1-5)')).toEqual([{ sheet: 'Risikolog', row: 3, column: 'Sandsynlighed (1-5)', message: 'Skal være et tal fra 1 til 5, ikke "høj"' }]);
    });
    it('a rating outside 1-5', () => {
      expect(errorAt('Risikolog', 4, 'Konsekvens (1-5)')).toEqual([{ sheet: 'Risikolog', row: 4, column: 'Konsekvens (1-5)', message: 'Skal være et helt tal fra 1 til 5 (fandt 6)' }]);
    });
    it('a rating that is not whole', () => {
      expect(errorAt('Risikolog', 5, 'Sandsynlighed efter tiltag')[0].message).toBe('Skal være et helt tal fra 1 til 5 (fandt 2,5)');
    });
    it('an unknown label', () => {
      expect(errorAt('Risikolog', 6, 'Kategori')[0].message).toBe(
        'Ukendt kategori "Miljø"; brug en af: Politisk, Økonomisk, Teknisk, Juridisk, Informationssikkerhed/GDPR, Organisatorisk, Leverandør',
      );
      expect(errorAt('Handlinger', 5, 'Status')[0].message).toBe('Ukendt status "Måske"; brug en af: Planlagt, I gang, Udført');
    });
    it('a formula in an input column', () => {
      expect(errorAt('Risikolog', 7, 'Titel')).toEqual([{ sheet: 'Risikolog', row: 7, column: 'Titel', message: 'Cellen indeholder en formel; indsæt værdien' }]);
    });
    it('an invalid date', () => {
      expect(errorAt('Risikolog', 8, 'Identificeret')[0].message).toBe('Ugyldig dato "31-02-2026"; skriv dd-mm-åååå');
    });
    it('a number that is twice in the file', () => {
      expect(errorAt('Risikolog', 9, 'Nr.')[0].message).toBe('Nr. 10 står også i række 2');
    });
    it('a number already in the log, when appending', () => {
      expect(errorAt('Risikolog', 10, 'Nr.')[0].message).toMatch(/^Nr\. 1 findes allerede i initiativets risikolog/);
    });
    it('an unknown owner, and a name that is not unique', () => {
      expect(errorAt('Risikolog', 11, 'Risikoejer')[0].message).toBe(
        'Ukendt risikoejer "ukendt@test.gevinst.dk": ingen bruger i organisationen har den e-mailadresse eller det navn',
      );
      expect(errorAt('Risikolog', 12, 'Risikoejer')[0].message).toBe('Flere brugere hedder "Jens Hansen"; skriv risikoejerens e-mailadresse');
    });
    it("the API's own rules (class-validator), mapped to the row", () => {
      expect(errorAt('Risikolog', 14, 'Titel')).toEqual([{ sheet: 'Risikolog', row: 14, column: 'Titel', message: 'Må højst være 200 tegn (er 201)' }]);
      expect(errorAt('Risikolog', 15, 'Titel')).toEqual([{ sheet: 'Risikolog', row: 15, column: 'Titel', message: 'Skal udfyldes' }]);
    });
    it('a review date before the risk was identified', () => {
      expect(errorAt('Risikolog', 16, 'Senest gennemgået')[0].message).toBe('Senest gennemgået (15-01-2026) ligger før datoen, hvor risikoen blev identificeret (01-02-2026)');
    });
    it('a deadline before the risk was identified', () => {
      expect(errorAt('Handlinger', 3, 'Frist')).toEqual([
        { sheet: 'Handlinger', row: 3, column: 'Frist', message: 'Fristen (15-01-2026) ligger før datoen, hvor risikoen blev identificeret (01-02-2026)' },
      ]);
    });
    it('an action for a risk number the file does not have', () => {
      expect(errorAt('Handlinger', 4, 'Risiko nr.')[0].message).toBe('Risiko nr. 99 findes ikke i arket Risikolog');
    });
  });

  describe('commit', () => {
    it('writes nothing when one row is wrong: 422 with the row errors, and the count is unchanged', async () => {
      const target = await initiativeBy(lead);
      await lead.post(`/api/v1/initiatives/${target.id}/risks`).send(riskInput()).expect(201);
      const rows: RiskCells[] = Array.from({ length: 30 }, (_, i) => ({ Titel: `Risiko ${i}`, Kategori: 'Teknisk', 'Sandsynlighed (1-5)': 2, 'Konsekvens (1-5)': 2 }));
      rows[29] = { ...rows[29], 'Konsekvens (1-5)': 7 };
      for (const mode of ['append', 'replace']) {
        const body: ApiError = (await upload(lead, target.id, await riskLog(rows), `mode=${mode}&commit=true`).expect(422)).body;
        expect(body).toMatchObject({ statusCode: 422, code: 'IMPORT_INVALID', message: expect.stringMatching(/nothing was imported/) });
        expect(body.requestId).toBeTruthy();
        expect(body.importErrors).toEqual([{ sheet: 'Risikolog', row: 31, column: 'Konsekvens (1-5)', message: 'Skal være et helt tal fra 1 til 5 (fandt 7)' }]);
        expect((await risksOf(target.id)).map((r) => r.title)).toEqual([expect.stringMatching(/^Integrationen/)]);
      }
    });

    it('numbers rows without Nr. after the log (append), or from 1 (replace)', async () => {
      const target = await initiativeBy(lead);
      await lead.post(`/api/v1/initiatives/${target.id}/risks`).send(riskInput()).expect(201);
      const file = await riskLog([{ Titel: 'Uden nummer', Kategori: 'Juridisk', 'Sandsynlighed (1-5)': 1, 'Konsekvens (1-5)': 2 }, { 'Nr.': 5, Titel: 'Nummer 5', Kategori: 'Politisk', 'Sandsynlighed (1-5)': 3, 'Konsekvens (1-5)': 3 }]);
      const appended: RiskImportPreview = (await upload(lead, target.id, file, 'commit=true').expect(201)).body;
      expect(appended.rows.map((r) => r.number)).toEqual([6, 5]);
      expect((await risksOf(target.id)).map((r) => r.number)).toEqual([1, 5, 6]);
      const replaced: RiskImportPreview = (await upload(lead, target.id, file, 'mode=replace&commit=true').expect(201)).body;
      expect(replaced.rows.map((r) => r.number)).toEqual([6, 5]);
      expect((await risksOf(target.id)).map((r) => [r.number, r.title])).toEqual([[5, 'Nummer 5'], [6, 'Uden nummer']]);
    });
  });

  describe('file problems', () => {
    let target: { id: string };
    beforeAll(async () => {
      target = await initiativeBy(lead);
    });

    it('refuses a file that is not an .xlsx', async () => {
      expect(await fileProblem(target.id, Buffer.from('Nr.;Titel;Kategori\n1;Datatab;GDPR\n'))).toBe('The file is not an .xlsx file: save the risk log as an Excel workbook (.xlsx)');
    });

    it('refuses an encrypted workbook (an OLE container) and an old .xls', async () => {
      const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(4000)]);
      expect(await fileProblem(target.id, cfb)).toBe('The workbook is password-protected (encrypted) or in the old .xls format: save it as an unprotected .xlsx');
    });

    it('refuses a corrupt zip and a zip that is not a workbook', async () => {
      const good = await riskLog([]);
      const corrupt = Buffer.concat([good.subarray(0, 200), randomBytes(good.length - 200)]);
      expect(await fileProblem(target.id, corrupt)).toBe('The workbook could not be read: the .xlsx file is damaged');
      const brokenXml = zipOf([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="Risikolog" r:id="rId1"/></sheets></workbook>') },
        { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></rowx></sheetData></worksheet>') },
      ]);
      expect(await fileProblem(target.id, brokenXml)).toBe('The workbook could not be read: the .xlsx file is damaged or not a spreadsheet');
      const other = zipOf([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
      expect(await fileProblem(target.id, other)).toBe('The file is not an Excel workbook (it is a zip file without xl/workbook.xml): save the risk log as .xlsx');
    });

    it('refuses a zip bomb: by its declared size, and by the bytes it really inflates to when the header lies', async () => {
      const sheet = await deflatedRun(61);
      expect(sheet.length).toBeLessThan(200_000);
      const parts = (size: number) => [
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from('<Relationships/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), compressed: sheet, size },
      ];
      expect(await fileProblem(target.id, zipOf(parts(61 * 1024 * 1024)))).toBe('The workbook unpacks to more than 60 MB, the limit for a risk log import');
      expect(await fileProblem(target.id, zipOf(parts(4096)))).toBe('The workbook could not be read: a part unpacks to more than its declared size (a zip bomb?)');
    });

    it('answers 413 for a file over 5 MB, in the one error shape', async () => {
      const body: ApiError = (await upload(lead, target.id, randomBytes(5 * 1024 * 1024 + 1)).expect(413)).body;
      expect(body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than 5 MB, the limit for a risk log import' });
    });

    it('stops at 5,001 rows', async () => {
      const rows: RiskCells[] = Array.from({ length: 5001 }, (_, i) => ({ Titel: `Risiko ${i}`, Kategori: 'Teknisk', 'Sandsynlighed (1-5)': 2, 'Konsekvens (1-5)': 2 }));
      const file = await riskLog(rows, [], ['Titel', 'Kategori', 'Sandsynlighed (1-5)', 'Konsekvens (1-5)']);
      expect(await fileProblem(target.id, file)).toBe('The file has more than 5,000 rows of risks, the limit for one import: split it into several files');
    });

    it('names a missing required heading', async () => {
      const file = await riskLog([{ Titel: 'x', Kategori: 'GDPR', 'Sandsynlighed (1-5)': 2 }], [], ['Nr.', 'Titel', 'Konsekvens', 'Kategori', 'Sandsynlighed (1-5)']);
      expect(await fileProblem(target.id, file)).toBe(
        'The sheet "Risikolog" has no column "Konsekvens (1-5)"; the required columns are "Titel", "Kategori", "Sandsynlighed (1-5)", "Konsekvens (1-5)"',
      );
    });

    it('asks for the file when there is none, or it is sent in another field', async () => {
      const missing = (await lead.post(`/api/v1/initiatives/${target.id}/risks/import`).send({}).expect(400)).body as ApiError;
      expect(missing.details).toEqual([{ field: 'file', messages: ['Attach the risk log as the form field "file" (multipart/form-data)'] }]);
      const other = (await lead.post(`/api/v1/initiatives/${target.id}/risks/import`).attach('upload', await riskLog([]), 'x.xlsx').expect(400)).body as ApiError;
      expect(other).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'file' }] });
    });

    it('validates the query', async () => {
      const file = await riskLog([]);
      for (const [query, field] of [['mode=merge', 'mode'], ['commit=yes', 'commit'], ['dryRun=true', 'dryRun']]) {
        const body: ApiError = (await upload(lead, target.id, file, query).expect(400)).body;
        expect(body.code).toBe('VALIDATION_FAILED');
        expect(body.details?.map((d) => d.field)).toEqual([field]);
      }
    });
  });

  describe('access', () => {
    it('forbids users who may not manage the log (403) before the file is read', async () => {
      const target = await initiativeBy(lead);
      // Not even an .xlsx: a 403 (not a 400) shows the file was never parsed.
      const junk = Buffer.from('not a workbook');
      for (const client of [reader, otherLead]) {
        const body: ApiError = (await upload(client, target.id, junk).expect(403)).body;
        expect(body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      }
      // Reading is enough to export.
      await download(otherLead, `/api/v1/initiatives/${target.id}/risks/export.xlsx`).expect(200);
    });
  });
});
