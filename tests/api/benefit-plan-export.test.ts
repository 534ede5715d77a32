import type { Benefit, BenefitSummary } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { daysFromToday } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

const HEADINGS = [
  'Gevinst', 'Type', 'Kvantificeret', 'Enhed', 'Mål', 'Indikator', 'Baseline', 'Baselinedato', 'Målværdi', 'Måldato',
  'Gevinstejer', 'Modtagende forvaltning', 'Målemetode', 'Målefrekvens', 'Planlagt 2026', 'Planlagt 2027', 'Realiseret i alt',
];

/** Collects a binary body (supertest buffers only text and JSON by itself). */
const binary = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('benefit realisation plan export (.xlsx)', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let reader: ApiClient;
  let initiative: { id: string; code: string; title: string };
  const benefits: Benefit[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    initiative = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body;
    const goal = (await lead.post(`/api/v1/initiatives/${initiative.id}/goals`).send(goalInput({ title: 'Halvdelen bogføres automatisk' })).expect(201)).body;
    const url = `/api/v1/initiatives/${initiative.id}/benefits`;
    const create = async (body: object) => benefits.push((await lead.post(url).send(body).expect(201)).body);
    await create(
      benefitInput({
        title: 'Frigjort tid i bogholderiet',
        goalId: goal.id,
        ownerUserId: lead.user.id,
        receivingDepartmentId: org.departments['OKD-OKO'].id,
        years: [{ year: 2026, planned: 3000.25, realised: 1500.5 }, { year: 2027, planned: 4300, realised: 200 }],
      }),
    );
    await create(benefitInput({ title: 'Sparet licens', type: 'economic', unit: 'DKK', years: [{ year: 2026, planned: 250000.5, realised: 100000 }] }));
    await create(benefitInput({ title: 'Færre fejl', type: 'quality', quantified: false, years: [] }));
    await create(benefitInput({ title: 'Mere tid med borgerne', years: [{ year: 2027, planned: 1000, realised: null }] }));
    await lead.post(`/api/v1/benefits/${benefits[0].id}/evaluation-points/schedule`).send({ start: '2026-01-31', monthsApart: 3, count: 8 }).expect(201);
    for (const dueDate of ['2026-02-01', '2026-03-01', '2026-09-15']) {
      await lead.post(`/api/v1/benefits/${benefits[1].id}/evaluation-points`).send({ dueDate }).expect(201);
    }
  });
  afterAll(() => t?.close());

  const download = (client: ApiClient, id: string) => client.get(`/api/v1/initiatives/${id}/benefit-plan.xlsx`).buffer(true).parse(binary as never);

  it('streams one row per benefit with Danish headings, typed and formatted cells, and sums equal to the summary', async () => {
    const response = await download(reader, initiative.id).expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="gevinstrealiseringsplan-${initiative.code}.xlsx"`);
    expect(initiative.code).toMatch(/^TST-\d{4}-\d{3}$/);

    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type (an ArrayBuffer): a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(response.body as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Gevinstrealiseringsplan', 'Om udtrækket']);
    const sheet = workbook.getWorksheet('Gevinstrealiseringsplan')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADINGS);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(1 + benefits.length);

    const col = (name: string) => HEADINGS.indexOf(name) + 1;
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(col(name));
    expect(cell(2, 'Gevinst').value).toBe('Frigjort tid i bogholderiet');
    expect(cell(2, 'Type').value).toBe('Frigjort tid');
    expect(cell(2, 'Kvantificeret').value).toBe('Ja');
    expect(cell(2, 'Enhed').value).toBe('timer');
    expect(cell(2, 'Mål').value).toBe('Halvdelen bogføres automatisk');
    expect(cell(2, 'Indikator').value).toBe('Andel automatisk bogførte regninger (%)');
    expect(cell(2, 'Baseline')).toMatchObject({ value: 0, numFmt: '#,##0.00' });
    expect(cell(2, 'Målværdi')).toMatchObject({ value: 50, numFmt: '#,##0.00' });
    expect(cell(2, 'Baselinedato').value).toEqual(new Date(`${daysFromToday(-540)}T00:00:00Z`));
    expect(cell(2, 'Måldato').value).toEqual(new Date(`${daysFromToday(365)}T00:00:00Z`));
    expect(cell(2, 'Måldato').numFmt).toBe('dd-mm-yyyy');
    expect(cell(2, 'Gevinstejer').value).toBe(lead.user.name);
    expect(cell(2, 'Modtagende forvaltning').value).toBe('Økonomi');
    expect(cell(2, 'Målemetode').value).toBe('Tidsstudie før og efter');
    expect(cell(2, 'Målefrekvens').value).toBe('Kvartalsvis');
    expect(cell(2, 'Planlagt 2026')).toMatchObject({ value: 3000.25, numFmt: '#,##0.00', type: ExcelJS.ValueType.Number });
    expect(cell(2, 'Realiseret i alt')).toMatchObject({ value: 1700.5, numFmt: '#,##0.00' });
    expect(cell(3, 'Enhed').value).toBe('kr.');
    expect(cell(3, 'Mål').value).toBeNull();
    expect(cell(3, 'Målefrekvens').value).toBe('3 evalueringspunkter');
    expect(cell(3, 'Planlagt 2026')).toMatchObject({ value: 250000.5, numFmt: '#,##0 "kr."' });
    expect(cell(3, 'Planlagt 2027').value).toBeNull();
    expect(cell(3, 'Realiseret i alt')).toMatchObject({ value: 100000, numFmt: '#,##0 "kr."' });
    // Described in words only: no amounts at all.
    expect(cell(4, 'Kvantificeret').value).toBe('Nej');
    expect(cell(4, 'Planlagt 2026').value).toBeNull();
    expect(cell(4, 'Realiseret i alt').value).toBeNull();
    expect(cell(5, 'Målefrekvens').value).toBe('Ingen evalueringspunkter');

    // Per unit and year, the sheet's columns add up to the API's summary.
    const summary: BenefitSummary = (await reader.get(`/api/v1/initiatives/${initiative.id}/benefit-summary`).expect(200)).body;
    const unitOf = (row: number) => (cell(row, 'Enhed').value === 'kr.' ? 'DKK' : 'hours');
    const rows = [2, 3, 4, 5];
    const sum = (name: string, unit: string) =>
      Math.round(rows.filter((r) => unitOf(r) === unit).reduce((s, r) => s + ((cell(r, name).value as number | null) ?? 0), 0) * 100) / 100;
    for (const total of summary.totals) {
      expect(sum(`Planlagt ${total.year}`, total.unit)).toBe(total.planned);
    }
    for (const unit of ['DKK', 'hours']) {
      const realised = summary.totals.filter((x) => x.unit === unit).reduce((s, x) => s + x.realised, 0);
      expect(sum('Realiseret i alt', unit)).toBeCloseTo(realised, 2);
    }
    expect(summary.totals.find((x) => x.unit === 'hours' && x.year === 2027)).toMatchObject({ planned: 5300, realised: 200 });

    const about = workbook.getWorksheet('Om udtrækket')!;
    const text = about.getSheetValues().flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain(initiative.code);
    expect(text).toContain(initiative.title);
    expect(text).toMatch(/Udtrukket/);
    expect(text).toMatch(/\d{4} kl\. \d{2}[.:]\d{2} \(dansk tid\)/);
  });

  it('answers 404 for an unknown, malformed or foreign initiative, before streaming anything', async () => {
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const theirs = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id;
    for (const id of [theirs, '6f1c0c1e-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await reader.get(`/api/v1/initiatives/${id}/benefit-plan.xlsx`).expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
    // The tenant transaction ended properly: the connection pool still serves requests.
    for (let i = 0; i < 12; i++) await download(reader, initiative.id).expect(200);
  });
});
