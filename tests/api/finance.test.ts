import type { FinanceOverview, FundingLineRequest, Phase } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

const DKK_FORMAT = '#,##0.00 "kr."';
const PLAN_HEADINGS = ['Initiativ', 'Titel', 'Fase', 'År', 'Kategori', 'Kilde', 'Pulje/kilde', 'Betalende afdeling', 'Status', 'Beløb (kr.)', 'Note'];
const BENEFIT_HEADINGS = ['År', 'Modtagende afdeling', 'Planlagt (kr.)', 'Realiseret (kr.)', 'Planlagt (timer)', 'Realiseret (timer)'];
const APPLICATION_HEADINGS = ['Pulje', 'Initiativ', 'Titel', 'År', 'Kategori', 'Beløb', 'Status', 'Formål', 'Ansøgt af', 'Ansøgt', 'Afgjort af', 'Afgjort', 'Begrundelse'];
const DANISH_TIME = /^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2} \(dansk tid\)$/;

/** Collects a binary body (supertest buffers only text and JSON by itself). */
const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** RFC 4180 with ';' as the separator and CRLF line ends; a bare CR or LF outside quotes is an error. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

/** `1234,50` → 123450 øre, exactly; anything else (a dot, a thousands separator) fails. */
const csvOre = (text: string) => {
  const match = /^(\d+),(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a Danish CSV amount: ${text}`);
  return Number(match[1]) * 100 + Number(match[2]);
};
const ore = (kroner: number) => Math.round(kroner * 100);
const sumOre = (values: number[]) => values.reduce((sum, value) => sum + ore(value), 0);

interface Csv {
  raw: Buffer;
  about: string[][];
  header: string[];
  rows: Record<string, string>[];
}

describe('finance overview and exports', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let finance: ApiClient;
  let reader: ApiClient;
  const ids: Record<'A' | 'B' | 'C' | 'D', { id: string; code: string; title: string }> = {} as never;
  let poolId: string;
  let foreignOrganisationId: string;

  const dept = (code: string) => org.departments[code].id;
  const addInitiative = async (client: ApiClient, departmentId: string, phase: Phase, title: string) => {
    const body = (await client.post('/api/v1/initiatives').send(initiativeInput(departmentId, { title })).expect(201)).body;
    await t.dataSource.query('UPDATE initiative SET phase = $1 WHERE id = $2', [phase, body.id]);
    return { id: body.id as string, code: body.code as string, title };
  };
  const addLine = async (client: ApiClient, initiativeId: string, line: FundingLineRequest & { status: 'proposed' | 'confirmed' }) =>
    (await client.post(`/api/v1/initiatives/${initiativeId}/funding-lines`).send(line).expect(201)).body;
  const addBenefit = async (client: ApiClient, initiativeId: string, body: object) =>
    client.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(body).expect(201);

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);

    // A: led by Økonomi og Digitalisering, paid by it and its two sub-departments.
    ids.A = await addInitiative(admin, dept('OKD'), 'implementation', 'Robot til bogføring');
    const own = { source: 'own_budget' as const };
    await addLine(finance, ids.A.id, { ...own, year: 2026, category: 'acquisition', amount: 0.1, payingDepartmentId: dept('OKD-IT'), status: 'confirmed' });
    await addLine(finance, ids.A.id, { ...own, year: 2026, category: 'acquisition', amount: 0.2, payingDepartmentId: dept('OKD-IT'), status: 'confirmed' });
    await addLine(finance, ids.A.id, {
      year: 2026, category: 'implementation', amount: 150000.55, source: 'central', sourceName: 'Statens digitaliseringsfond',
      payingDepartmentId: dept('OKD'), status: 'confirmed',
    });
    await addLine(finance, ids.A.id, {
      ...own, year: 2027, category: 'operation', amount: 40000, payingDepartmentId: dept('OKD-OKO'), status: 'proposed',
      note: 'Licens; "Pro"-udgave\nfra 2027',
    });
    await addLine(finance, ids.A.id, { ...own, year: 2028, category: 'operation', amount: 40000.99, payingDepartmentId: dept('OKD-OKO'), status: 'proposed', note: '=HYPERLINK("x")' });
    await addBenefit(admin, ids.A.id, benefitInput({
      type: 'economic', unit: 'DKK', receivingDepartmentId: dept('OKD-OKO'),
      years: [{ year: 2026, planned: 50000.25, realised: 10000.5 }, { year: 2027, planned: 100000, realised: null }],
    }));
    await addBenefit(admin, ids.A.id, benefitInput({
      receivingDepartmentId: dept('OKD-IT'), years: [{ year: 2026, planned: 1200.5, realised: 1000 }, { year: 2029, planned: 500, realised: null }],
    }));
    // Never in a sum: described in words, or in another unit.
    await addBenefit(admin, ids.A.id, benefitInput({ type: 'quality', quantified: false, years: [] }));
    await addBenefit(admin, ids.A.id, benefitInput({ type: 'other', unit: 'other', unitLabel: 'sager', years: [{ year: 2026, planned: 400, realised: 380 }] }));

    // B: Social og Sundhed, an external grant and a granted pool application (which becomes a confirmed line paid by SOS).
    ids.B = await addInitiative(admin, dept('SOS'), 'analysis', 'Velfærdsteknologi i ældreplejen');
    await addLine(finance, ids.B.id, {
      year: 2026, category: 'risk_reserve', amount: 25000, source: 'external_grant', sourceName: 'EU-tilskud', payingDepartmentId: dept('SOS-AEL'), status: 'confirmed',
    });
    await addBenefit(admin, ids.B.id, benefitInput({ receivingDepartmentId: dept('SOS-AEL'), years: [{ year: 2027, planned: 300, realised: null }] }));
    await addBenefit(admin, ids.B.id, benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2028, planned: 20000, realised: null }] }));

    // C: no funding lines, so its benefits are never set against costs; it applies to the pool twice.
    ids.C = await addInitiative(admin, dept('OKD'), 'idea', 'Chatbot på hjemmesiden');
    await addBenefit(admin, ids.C.id, benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2026, planned: 77777, realised: null }] }));

    poolId = (
      await finance.post('/api/v1/funding-pools').send({ name: 'Digitaliseringsbanken', rules: 'Max 2 sider', years: [{ year: 2026, capital: 500000 }, { year: 2027, capital: 300000 }] }).expect(201)
    ).body.id;
    const apply = async (initiativeId: string, year: number, amount: number) =>
      (await admin.post(`/api/v1/funding-pools/${poolId}/applications`).send({ initiativeId, year, amount, purpose: 'Hurtigere sagsbehandling' }).expect(201)).body;
    const granted = await apply(ids.B.id, 2027, 100000);
    await finance.post(`/api/v1/pool-applications/${granted.id}/decision`).send({ version: granted.version, decision: 'granted', reason: 'Godt business case' }).expect(200);
    await apply(ids.C.id, 2026, 50000);
    const rejected = await apply(ids.C.id, 2026, 10000);
    await finance.post(`/api/v1/pool-applications/${rejected.id}/decision`).send({ version: rejected.version, decision: 'rejected', reason: 'Ikke digitalisering' }).expect(200);

    // D: archived, never counted.
    ids.D = await addInitiative(admin, dept('OKD'), 'implementation', 'Arkiveret projekt');
    await addLine(finance, ids.D.id, { ...own, year: 2026, category: 'acquisition', amount: 999999, payingDepartmentId: dept('OKD'), status: 'confirmed' });
    await addBenefit(admin, ids.D.id, benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2026, planned: 88888, realised: null }] }));
    await admin.post(`/api/v1/initiatives/${ids.D.id}/archive`).send({ version: 1 }).expect(200);

    // Another organisation's money: never counted.
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    foreignOrganisationId = foreign.organisation.id;
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const theirs = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id;
    await addLine(foreignAdmin, theirs, { ...own, year: 2026, category: 'acquisition', amount: 123456, payingDepartmentId: foreign.departments.OKD.id, status: 'confirmed' });
    await addBenefit(foreignAdmin, theirs, benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2026, planned: 5000, realised: null }] }));
  });
  afterAll(() => t?.close());

  const overview = async (query = '', client = finance): Promise<FinanceOverview> => (await client.get(`/api/v1/finance/overview${query}`).expect(200)).body;
  const xlsx = async (query = '', client = finance) => {
    const response = await client.get(`/api/v1/finance/export.xlsx${query}`).buffer(true).parse(binary as never).expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="finansieringsplan-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''finansieringsplan-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type (an ArrayBuffer): a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(response.body as ArrayBuffer);
    return workbook;
  };
  const csv = async (query = '', client = finance): Promise<Csv> => {
    const response = await client.get(`/api/v1/finance/export.csv${query}`).buffer(true).parse(binary as never).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="finansieringsplan-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/);
    const raw = response.body as Buffer;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = parseCsv(raw.subarray(3).toString('utf8'));
    // The fixed header block: 7 label;value lines, one empty line, then the table.
    expect(lines[7]).toEqual(['']);
    const header = lines[8];
    const rows = lines.slice(9).map((cells) => {
      expect(cells).toHaveLength(header.length);
      return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    });
    return { raw, about: lines.slice(0, 7), header, rows };
  };
  const rowsOf = (sheet: ExcelJS.Worksheet, headings: string[], from = 2, to = sheet.rowCount) => {
    const rows: Record<string, ExcelJS.Cell>[] = [];
    for (let r = from; r <= to; r++) rows.push(Object.fromEntries(headings.map((h, i) => [h, sheet.getRow(r).getCell(i + 1)])));
    return rows;
  };
  const aboutOf = (workbook: ExcelJS.Workbook) => {
    const sheet = workbook.getWorksheet('Om udtrækket')!;
    const about = new Map<string, unknown>();
    sheet.eachRow((row) => about.set(String(row.getCell(1).value), row.getCell(2).value));
    return { sheet, about };
  };
  const byName = <T extends { department: { name: string } }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.department.name, r]));

  describe('GET /finance/overview', () => {
    it('pivots year × paying department × source × category with every total, in exact øre', async () => {
      const result = await overview();
      expect(result.total).toBe(355001.84);
      const okd = org.departments;
      const cell = (year: number, code: string, source: string, category: string, amount: number, lines = 1) => ({
        year, department: { id: okd[code].id, name: okd[code].name }, source, category, amount, lines,
      });
      expect(result.rows).toHaveLength(6);
      expect(result.rows).toEqual(
        expect.arrayContaining([
          // 0.1 + 0.2 kr. is exactly 0.30, never 0.30000000000000004.
          cell(2026, 'OKD-IT', 'own_budget', 'acquisition', 0.3, 2),
          cell(2026, 'OKD', 'central', 'implementation', 150000.55),
          cell(2026, 'SOS-AEL', 'external_grant', 'risk_reserve', 25000),
          cell(2027, 'OKD-OKO', 'own_budget', 'operation', 40000),
          cell(2027, 'SOS', 'pool', 'implementation', 100000),
          cell(2028, 'OKD-OKO', 'own_budget', 'operation', 40000.99),
        ]),
      );
      expect(result.rows.map((r) => r.year)).toEqual([2026, 2026, 2026, 2027, 2027, 2028]);
      expect(result.totalsByYear).toEqual([
        { year: 2026, amount: 175000.85, benefitsDkk: 50000.25, benefitsHours: 1200.5 },
        { year: 2027, amount: 140000, benefitsDkk: 100000, benefitsHours: 300 },
        { year: 2028, amount: 40000.99, benefitsDkk: 20000, benefitsHours: 0 },
        { year: 2029, amount: 0, benefitsDkk: 0, benefitsHours: 500 },
      ]);
      const departments = byName(result.totalsByDepartment);
      expect(Object.fromEntries(Object.entries(departments).map(([name, r]) => [name, r.amount]))).toEqual({
        'IT og Digitalisering': 0.3,
        'Økonomi og Digitalisering': 150000.55,
        Økonomi: 80000.99,
        Ældre: 25000,
        'Social og Sundhed': 100000,
      });
      expect(result.totalsBySource).toEqual([
        { source: 'own_budget', amount: 80001.29 },
        { source: 'pool', amount: 100000 },
        { source: 'central', amount: 150000.55 },
        { source: 'external_grant', amount: 25000 },
      ]);
      expect(result.totalsByCategory).toEqual([
        { category: 'acquisition', amount: 0.3 },
        { category: 'implementation', amount: 250000.55 },
        { category: 'operation', amount: 80000.99 },
        { category: 'risk_reserve', amount: 25000 },
      ]);
      // Benefits of the funded initiatives only (not C's, not the archived D's, not the other organisation's); DKK and hours apart.
      expect(result).toMatchObject({ benefitsDkk: 170000.25, benefitsHours: 2000.5, query: { status: ['proposed', 'confirmed'] } });
      // Every total adds up to the grand total.
      for (const totals of [result.totalsByYear, result.totalsByDepartment, result.totalsBySource, result.totalsByCategory, result.rows]) {
        expect(sumOre(totals.map((x) => x.amount))).toBe(ore(result.total));
      }
      expect(sumOre(result.totalsByYear.map((x) => x.benefitsDkk))).toBe(ore(result.benefitsDkk));
    });

    it('filters by years, paying department with its sub-departments, phase, source and status', async () => {
      const years = await overview('?fromYear=2027&toYear=2028');
      expect(years).toMatchObject({ total: 180000.99, benefitsDkk: 120000, benefitsHours: 300, query: { fromYear: 2027, toYear: 2028 } });
      expect(years.totalsByYear.map((x) => x.year)).toEqual([2027, 2028]);

      const okd = await overview(`?departmentId=${dept('OKD')}`);
      expect(okd).toMatchObject({ total: 230001.84, benefitsDkk: 150000.25, benefitsHours: 1700.5 });
      expect(Object.keys(byName(okd.totalsByDepartment)).sort()).toEqual(['IT og Digitalisering', 'Økonomi', 'Økonomi og Digitalisering'].sort());
      expect((await overview(`?departmentId=${dept('OKD-OKO')}`)).total).toBe(80000.99);
      expect(await overview(`?departmentId=${dept('SOS')}`)).toMatchObject({ total: 125000, benefitsDkk: 20000, benefitsHours: 300 });

      expect((await overview('?phase=analysis')).total).toBe(125000);
      expect((await overview('?phase=implementation,analysis')).total).toBe(355001.84);
      expect((await overview('?phase=implementation&phase=analysis')).total).toBe(355001.84);
      expect((await overview('?source=own_budget,central')).total).toBe(230001.84);
      expect(await overview('?source=pool')).toMatchObject({ total: 100000, benefitsDkk: 20000, benefitsHours: 300, totalsBySource: [{ source: 'pool', amount: 100000 }] });
      expect((await overview('?status=proposed')).total).toBe(80000.99);
      expect((await overview('?status=confirmed')).total).toBe(275000.85);
      expect((await overview('?status=proposed,confirmed')).total).toBe(355001.84);
      const combined = await overview(`?fromYear=2026&toYear=2026&departmentId=${dept('OKD')}&status=confirmed&source=own_budget,central&phase=implementation`);
      expect(combined).toMatchObject({ total: 150000.85, benefitsDkk: 50000.25, benefitsHours: 1200.5 });
    });

    it('answers filters that match nothing with a valid empty overview, for every role that reads', async () => {
      for (const query of ['?phase=idea', '?fromYear=2040', `?departmentId=${dept('OKD-IT')}&status=proposed`]) {
        const empty = await overview(query, reader);
        expect(empty).toMatchObject({ rows: [], totalsByDepartment: [], totalsBySource: [], totalsByCategory: [], total: 0, benefitsDkk: 0, benefitsHours: 0 });
        expect(empty.totalsByYear).toEqual([]);
      }
      const owner = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
      expect((await overview('', owner)).total).toBe(355001.84);
    });

    it("never counts another organisation's lines", async () => {
      const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRN' });
      const foreignFinance = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['finance']);
      expect(await overview('', foreignFinance)).toMatchObject({ rows: [], total: 0, benefitsDkk: 0 });
      const frmFinance = await ApiClient.as(t.server, t.dataSource, foreignOrganisationId, ['finance']);
      expect(await overview('', frmFinance)).toMatchObject({ total: 123456, benefitsDkk: 5000 });
    });

    it('refuses bad filters with the field (400), and a foreign or unknown department (422), on every route', async () => {
      const fields = async (path: string, query: string, status: number) =>
        ((await finance.get(`/api/v1/finance/${path}?${query}`).expect(status)).body.details as { field: string }[]).map((d) => d.field);
      const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRX' });
      for (const path of ['overview', 'export.xlsx', 'export.csv']) {
        expect(await fields(path, 'fromYear=abc', 400)).toEqual(['fromYear']);
        expect(await fields(path, 'fromYear=1999', 400)).toEqual(['fromYear']);
        expect(await fields(path, 'toYear=2101', 400)).toEqual(['toYear']);
        expect(await fields(path, 'fromYear=2030&toYear=2020', 400)).toEqual(['toYear']);
        expect(await fields(path, 'departmentId=nope', 400)).toEqual(['departmentId']);
        expect(await fields(path, 'phase=analysis,launch', 400)).toEqual(['phase']);
        expect(await fields(path, 'source=cash', 400)).toEqual(['source']);
        expect(await fields(path, 'status=draft', 400)).toEqual(['status']);
        expect(await fields(path, 'colour=red', 400)).toEqual(['colour']);
        expect(await fields(path, `departmentId=${foreign.departments.OKD.id}`, 422)).toEqual(['departmentId']);
      }
    });
  });

  describe('GET /finance/export.xlsx', () => {
    it('has the four sheets with typed, DKK-formatted cells, frozen filterable headers, and sums equal to the overview', async () => {
      const [workbook, totals] = [await xlsx(), await overview()];
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Finansieringsplan', 'Gevinster pr. afdeling', 'Puljer og ansøgninger', 'Om udtrækket']);

      const plan = workbook.getWorksheet('Finansieringsplan')!;
      expect((plan.getRow(1).values as unknown[]).slice(1)).toEqual(PLAN_HEADINGS);
      expect(plan.getRow(1).font?.bold).toBe(true);
      expect(plan.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(plan.autoFilter).toBeTruthy();
      const lines = rowsOf(plan, PLAN_HEADINGS);
      expect(lines).toHaveLength(7);
      for (const line of lines) {
        expect(line['Beløb (kr.)'].type).toBe(ExcelJS.ValueType.Number);
        expect(line['Beløb (kr.)'].numFmt).toBe(DKK_FORMAT);
        expect(line['År'].type).toBe(ExcelJS.ValueType.Number);
      }
      expect(sumOre(lines.map((l) => l['Beløb (kr.)'].value as number))).toBe(ore(totals.total));
      for (const year of totals.totalsByYear) {
        expect(sumOre(lines.filter((l) => l['År'].value === year.year).map((l) => l['Beløb (kr.)'].value as number))).toBe(ore(year.amount));
      }
      // Sorted by initiative code, year and category; labels in Danish.
      expect(lines.map((l) => [l['Initiativ'].value, l['År'].value])).toEqual([
        [ids.A.code, 2026], [ids.A.code, 2026], [ids.A.code, 2026], [ids.A.code, 2027], [ids.A.code, 2028], [ids.B.code, 2026], [ids.B.code, 2027],
      ]);
      expect(Object.fromEntries(PLAN_HEADINGS.map((h) => [h, lines[2][h].value]))).toEqual({
        Initiativ: ids.A.code, Titel: 'Robot til bogføring', Fase: 'Gennemførelse', År: 2026, Kategori: 'Implementering', Kilde: 'Centrale midler',
        'Pulje/kilde': 'Statens digitaliseringsfond', 'Betalende afdeling': 'Økonomi og Digitalisering', Status: 'Bekræftet', 'Beløb (kr.)': 150000.55, Note: null,
      });
      expect(lines[3]['Note'].value).toBe('Licens; "Pro"-udgave\nfra 2027');
      expect(lines[3]['Status'].value).toBe('Foreslået');
      // Text is text, never a formula.
      expect(lines[4]['Note']).toMatchObject({ value: '=HYPERLINK("x")', type: ExcelJS.ValueType.String });
      expect(lines[6]).toMatchObject({ Kilde: { value: 'Pulje' }, 'Pulje/kilde': { value: 'Digitaliseringsbanken' }, 'Betalende afdeling': { value: 'Social og Sundhed' } });

      const benefits = workbook.getWorksheet('Gevinster pr. afdeling')!;
      expect((benefits.getRow(1).values as unknown[]).slice(1)).toEqual(BENEFIT_HEADINGS);
      expect(benefits.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(benefits.autoFilter).toBeTruthy();
      const gains = rowsOf(benefits, BENEFIT_HEADINGS);
      expect(sumOre(gains.map((g) => g['Planlagt (kr.)'].value as number))).toBe(ore(totals.benefitsDkk));
      expect(sumOre(gains.map((g) => g['Planlagt (timer)'].value as number))).toBe(ore(totals.benefitsHours));
      expect(gains.map((g) => [g['År'].value, g['Modtagende afdeling'].value, g['Planlagt (kr.)'].value, g['Realiseret (kr.)'].value, g['Planlagt (timer)'].value, g['Realiseret (timer)'].value])).toEqual(
        expect.arrayContaining([
          [2026, 'Økonomi', 50000.25, 10000.5, 0, 0],
          [2026, 'IT og Digitalisering', 0, 0, 1200.5, 1000],
          [2027, 'Ældre', 0, 0, 300, 0],
          [2028, '(ingen modtagende afdeling)', 20000, 0, 0, 0],
        ]),
      );
      expect(gains[0]['Planlagt (kr.)'].numFmt).toBe(DKK_FORMAT);
      expect(gains[0]['Planlagt (timer)'].numFmt).toBe('#,##0.00');

      const pools = workbook.getWorksheet('Puljer og ansøgninger')!;
      expect((pools.getRow(1).values as unknown[]).slice(1)).toEqual(['Pulje', 'År', 'Kapital', 'Bevilget', 'Rest']);
      expect(pools.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(pools.autoFilter).toBeTruthy();
      expect([2, 3].map((r) => (pools.getRow(r).values as unknown[]).slice(1))).toEqual([
        ['Digitaliseringsbanken', 2026, 500000, 0, 500000],
        ['Digitaliseringsbanken', 2027, 300000, 100000, 200000],
      ]);
      expect(pools.getRow(2).getCell(3).numFmt).toBe(DKK_FORMAT);
      expect(pools.getRow(5).getCell(1).value).toBe('Ansøgninger');
      expect((pools.getRow(6).values as unknown[]).slice(1)).toEqual(APPLICATION_HEADINGS);
      const applications = rowsOf(pools, APPLICATION_HEADINGS, 7);
      expect(applications.map((a) => [a['Initiativ'].value, a['År'].value, a['Beløb'].value, a['Status'].value, a['Begrundelse'].value])).toEqual([
        [ids.C.code, 2026, 50000, 'Ansøgt', null],
        [ids.C.code, 2026, 10000, 'Afslået', 'Ikke digitalisering'],
        [ids.B.code, 2027, 100000, 'Bevilget', 'Godt business case'],
      ]);
      const decided = applications[2];
      expect(decided['Afgjort af'].value).toBe(finance.user.name);
      expect(decided['Afgjort'].value).toBeInstanceOf(Date);
      expect(decided['Afgjort'].numFmt).toBe('dd-mm-yyyy hh:mm');
      expect(decided['Ansøgt af'].value).toBe(admin.user.name);
      expect(decided['Beløb'].numFmt).toBe(DKK_FORMAT);
      expect(applications[0]['Afgjort'].value).toBeNull();

      const { about } = aboutOf(workbook);
      expect(about.get('Udtrukket')).toMatch(DANISH_TIME);
      expect(about.get('Finansieringsplan')).toBe('Testrup Kommune');
      expect(Object.fromEntries(['År', 'Betalende afdeling', 'Fase', 'Kilde', 'Status'].map((k) => [k, about.get(k)]))).toEqual({
        År: 'alle år', 'Betalende afdeling': 'alle afdelinger', Fase: 'alle faser', Kilde: 'alle kilder', Status: 'Foreslået, Bekræftet',
      });
      expect(about.get('Antal finansieringslinjer')).toBe(7);
      expect(about.get('Finansiering i alt')).toBe(totals.total);
      expect(about.get('Planlagte gevinster (kr.)')).toBe(totals.benefitsDkk);
      expect(about.get('Planlagte gevinster (timer)')).toBe(totals.benefitsHours);
    });

    it('honours the filters, states them in Danish, and equals the overview under the same filters', async () => {
      const query = `?fromYear=2026&toYear=2027&departmentId=${dept('OKD')}&phase=implementation,analysis&source=own_budget,central&status=confirmed,proposed`;
      const [workbook, totals] = [await xlsx(query, reader), await overview(query)];
      expect(totals.total).toBe(190000.85);
      const lines = rowsOf(workbook.getWorksheet('Finansieringsplan')!, PLAN_HEADINGS);
      expect(lines).toHaveLength(4);
      expect(sumOre(lines.map((l) => l['Beløb (kr.)'].value as number))).toBe(ore(totals.total));
      const gains = rowsOf(workbook.getWorksheet('Gevinster pr. afdeling')!, BENEFIT_HEADINGS);
      expect(sumOre(gains.map((g) => g['Planlagt (kr.)'].value as number))).toBe(ore(totals.benefitsDkk));
      expect(sumOre(gains.map((g) => g['Planlagt (timer)'].value as number))).toBe(ore(totals.benefitsHours));
      const { about } = aboutOf(workbook);
      expect(Object.fromEntries(['År', 'Betalende afdeling', 'Fase', 'Kilde', 'Status'].map((k) => [k, about.get(k)]))).toEqual({
        År: '2026–2027',
        'Betalende afdeling': 'Økonomi og Digitalisering inkl. underafdelinger',
        Fase: 'Gennemførelse, Analyse',
        Kilde: 'Eget budget, Centrale midler',
        Status: 'Bekræftet, Foreslået',
      });
      expect(about.get('Finansiering i alt')).toBe(190000.85);
    });

    it('is a valid file with the headings only when nothing matches', async () => {
      const workbook = await xlsx('?fromYear=2040&toYear=2041');
      const plan = workbook.getWorksheet('Finansieringsplan')!;
      expect(plan.rowCount).toBe(1);
      expect((plan.getRow(1).values as unknown[]).slice(1)).toEqual(PLAN_HEADINGS);
      expect(workbook.getWorksheet('Gevinster pr. afdeling')!.rowCount).toBe(1);
      const pools = workbook.getWorksheet('Puljer og ansøgninger')!;
      expect((pools.getRow(4).values as unknown[]).slice(1)).toEqual(APPLICATION_HEADINGS);
      expect(pools.rowCount).toBe(4);
      const { about } = aboutOf(workbook);
      expect(about.get('År')).toBe('2040–2041');
      expect(about.get('Antal finansieringslinjer')).toBe(0);
      expect(about.get('Finansiering i alt')).toBe(0);
    });
  });

  describe('GET /finance/export.csv', () => {
    it('is UTF-8 with BOM, semicolons, CRLF, decimal comma, quoted where needed, states filters and time, and sums to the overview', async () => {
      const [file, totals] = [await csv(), await overview()];
      expect(file.about).toEqual([
        ['Finansieringsplan', 'Testrup Kommune'],
        ['Udtrukket', expect.stringMatching(DANISH_TIME)],
        ['År', 'alle år'],
        ['Betalende afdeling', 'alle afdelinger'],
        ['Fase', 'alle faser'],
        ['Kilde', 'alle kilder'],
        ['Status', 'Foreslået, Bekræftet'],
      ]);
      expect(file.header).toEqual(PLAN_HEADINGS);
      expect(file.rows).toHaveLength(7);
      // Amounts: always two decimals after a comma, never a thousands separator.
      const amounts = file.rows.map((r) => r['Beløb (kr.)']);
      // The two 2026 acquisitions tie on (code, year, category): their order is the lines' ids.
      expect([...amounts.slice(0, 2)].sort()).toEqual(['0,10', '0,20']);
      expect(amounts.slice(2)).toEqual(['150000,55', '40000,00', '40000,99', '25000,00', '100000,00']);
      expect(file.rows.reduce((sum, r) => sum + csvOre(r['Beløb (kr.)']), 0)).toBe(ore(totals.total));
      for (const year of totals.totalsByYear) {
        expect(file.rows.filter((r) => Number(r['År']) === year.year).reduce((sum, r) => sum + csvOre(r['Beløb (kr.)']), 0)).toBe(ore(year.amount));
      }
      expect(file.rows[2]).toEqual({
        Initiativ: ids.A.code, Titel: 'Robot til bogføring', Fase: 'Gennemførelse', År: '2026', Kategori: 'Implementering', Kilde: 'Centrale midler',
        'Pulje/kilde': 'Statens digitaliseringsfond', 'Betalende afdeling': 'Økonomi og Digitalisering', Status: 'Bekræftet', 'Beløb (kr.)': '150000,55', Note: '',
      });
      // Quoting round-trips a separator, quotes and a line break; a formula is defused.
      expect(file.rows[3]['Note']).toBe('Licens; "Pro"-udgave\nfra 2027');
      expect(file.raw.toString('utf8')).toContain('"Licens; ""Pro""-udgave\nfra 2027"');
      expect(file.rows[4]['Note']).toBe(`'=HYPERLINK("x")`);
      expect(file.rows[6]['Pulje/kilde']).toBe('Digitaliseringsbanken');
    });

    it('honours the filters and equals the overview under the same filters', async () => {
      const query = `?fromYear=2027&departmentId=${dept('SOS')}&source=pool,external_grant&status=confirmed&phase=analysis`;
      const [file, totals] = [await csv(query), await overview(query)];
      expect(totals.total).toBe(100000);
      expect(file.rows.map((r) => [r['Initiativ'], r['År'], r['Beløb (kr.)']])).toEqual([[ids.B.code, '2027', '100000,00']]);
      expect(file.about.slice(2)).toEqual([
        ['År', 'fra og med 2027'],
        ['Betalende afdeling', 'Social og Sundhed inkl. underafdelinger'],
        ['Fase', 'Analyse'],
        ['Kilde', 'Pulje, Eksternt tilskud'],
        ['Status', 'Bekræftet'],
      ]);
    });

    it('is a valid file with the header only when nothing matches', async () => {
      const file = await csv('?toYear=2020');
      expect(file.header).toEqual(PLAN_HEADINGS);
      expect(file.rows).toEqual([]);
      expect(file.about[2]).toEqual(['År', 'til og med 2020']);
    });
  });

  describe('a long funding plan (more lines than one batch)', () => {
    it('exports every line once, in order, and both files sum to the overview', async () => {
      const big = await createOrganisation(t.dataSource, { codePrefix: 'BIG' });
      const bigAdmin = await ApiClient.as(t.server, t.dataSource, big.organisation.id, ['admin']);
      const made: string[] = [];
      for (let i = 0; i < 3; i++) made.push((await bigAdmin.post('/api/v1/initiatives').send(initiativeInput(big.departments.OKD.id)).expect(201)).body.id);
      // 3 initiatives × 1,500 lines = 4,500: many share (code, year, category), so the keyset's id breaks the ties.
      await t.dataSource.query(
        `INSERT INTO funding_line (organisation_id, initiative_id, year, category, amount_ore, source, paying_department_id, status)
         SELECT $1, ($2::uuid[])[1 + g % 3], 2025 + g % 5, (ARRAY['acquisition','implementation','operation'])[1 + g % 3]::funding_category,
                1 + (g * 7919) % 10000000, 'own_budget', $3, CASE WHEN g % 4 = 0 THEN 'proposed' ELSE 'confirmed' END::funding_line_status
         FROM generate_series(1, 4500) g`,
        [big.organisation.id, made, big.departments['OKD-IT'].id],
      );
      const [{ sum }] = await t.dataSource.query('SELECT sum(amount_ore)::text AS sum FROM funding_line WHERE organisation_id = $1', [big.organisation.id]);
      const totals = await overview('', bigAdmin);
      expect(ore(totals.total)).toBe(Number(sum));

      const file = await csv('', bigAdmin);
      expect(file.rows).toHaveLength(4500);
      expect(file.rows.reduce((s, r) => s + csvOre(r['Beløb (kr.)']), 0)).toBe(Number(sum));
      const keys = file.rows.map((r) => `${r['Initiativ']}|${r['År']}`);
      expect(keys).toEqual([...keys].sort());

      const workbook = await xlsx('', bigAdmin);
      const lines = rowsOf(workbook.getWorksheet('Finansieringsplan')!, PLAN_HEADINGS);
      expect(lines).toHaveLength(4500);
      expect(sumOre(lines.map((l) => l['Beløb (kr.)'].value as number))).toBe(Number(sum));
      expect(aboutOf(workbook).about.get('Antal finansieringslinjer')).toBe(4500);
    });
  });
});
