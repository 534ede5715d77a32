import type { BenefitSummary, PortfolioBenefitTotals } from '@gevinst/domain';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('portfolio benefit totals (GET /benefit-totals)', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let admin: ApiClient;
  const initiatives: string[] = [];

  const addInitiative = async (departmentCode = 'OKD', benefits: object[] = []) => {
    const id: string = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments[departmentCode].id)).expect(201)).body.id;
    for (const body of benefits) await lead.post(`/api/v1/initiatives/${id}/benefits`).send(body).expect(201);
    initiatives.push(id);
    return id;
  };
  const hours = (year: number, planned: number, realised: number | null) => benefitInput({ years: [{ year, planned, realised }] });

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    // Ballerup's task force: several projects' freed hours add up to 7,300 hours in the first year.
    await addInitiative('OKD', [hours(2025, 2000, 2100.25), hours(2026, 1000, null)]);
    await addInitiative('OKD-IT', [hours(2025, 3000, 2899.75)]);
    await addInitiative('SOS-AEL', [
      hours(2025, 2500, 2300),
      benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2025, planned: 250000.5, realised: 120000.25 }, { year: 2026, planned: 300000, realised: null }] }),
      benefitInput({ type: 'quality', quantified: false, years: [] }),
      benefitInput({ type: 'citizen_experience', unit: 'other', unitLabel: 'tilfredshed', years: [{ year: 2025, planned: 4, realised: 3.5 }] }),
      benefitInput({ type: 'other', unit: 'other', unitLabel: 'sager', years: [{ year: 2025, planned: 400, realised: 380 }] }),
    ]);
    await addInitiative('SOS', [benefitInput({ type: 'citizen_experience', unit: 'other', unitLabel: 'tilfredshed', years: [{ year: 2025, planned: 4.5, realised: null }] })]);
    // Archived: never counted.
    const archived = await addInitiative('OKD', [hours(2025, 100000, 100000)]);
    initiatives.pop();
    await admin.post(`/api/v1/initiatives/${archived}/archive`).send({ version: 1 }).expect(200);
    // Another organisation's hours: never counted.
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const theirs = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id;
    await foreignAdmin.post(`/api/v1/initiatives/${theirs}/benefits`).send(hours(2025, 5000, 5000)).expect(201);
  });
  afterAll(() => t?.close());

  const totals = async (query = '', client = lead): Promise<PortfolioBenefitTotals> => (await client.get(`/api/v1/benefit-totals${query}`).expect(200)).body;

  it('adds Ballerup-style hour benefits of several initiatives to 7,300 hours, per unit and label, never mixing them', async () => {
    const result = await totals();
    expect(result.totals).toEqual([
      { unit: 'DKK', unitLabel: null, year: 2025, planned: 250000.5, realised: 120000.25, initiativeCount: 1 },
      { unit: 'DKK', unitLabel: null, year: 2026, planned: 300000, realised: 0, initiativeCount: 1 },
      { unit: 'hours', unitLabel: null, year: 2025, planned: 7500, realised: 7300, initiativeCount: 3 },
      { unit: 'hours', unitLabel: null, year: 2026, planned: 1000, realised: 0, initiativeCount: 1 },
      { unit: 'other', unitLabel: 'sager', year: 2025, planned: 400, realised: 380, initiativeCount: 1 },
      { unit: 'other', unitLabel: 'tilfredshed', year: 2025, planned: 8.5, realised: 3.5, initiativeCount: 2 },
    ]);
    expect(result.byUnit).toEqual([
      { unit: 'DKK', unitLabel: null, planned: 550000.5, realised: 120000.25, initiativeCount: 1 },
      { unit: 'hours', unitLabel: null, planned: 8500, realised: 7300, initiativeCount: 3 },
      { unit: 'other', unitLabel: 'sager', planned: 400, realised: 380, initiativeCount: 1 },
      { unit: 'other', unitLabel: 'tilfredshed', planned: 8.5, realised: 3.5, initiativeCount: 2 },
    ]);
    expect(result).toMatchObject({ initiativeCount: 4, nonQuantifiedCount: 1, fromYear: null, toYear: null, departmentId: null });
  });

  it('equals the sum of the per-initiative benefit summaries', async () => {
    const sums = new Map<string, { planned: number; realised: number }>();
    for (const id of initiatives) {
      const summary: BenefitSummary = (await lead.get(`/api/v1/initiatives/${id}/benefit-summary`).expect(200)).body;
      for (const total of summary.totals) {
        const key = `${total.unit}|${total.unitLabel ?? ''}|${total.year}`;
        const sum = sums.get(key) ?? { planned: 0, realised: 0 };
        sums.set(key, { planned: sum.planned + total.planned * 100, realised: sum.realised + total.realised * 100 });
      }
    }
    const expected = Object.fromEntries([...sums].map(([key, s]) => [key, { planned: Math.round(s.planned) / 100, realised: Math.round(s.realised) / 100 }]));
    const actual = Object.fromEntries((await totals()).totals.map((x) => [`${x.unit}|${x.unitLabel ?? ''}|${x.year}`, { planned: x.planned, realised: x.realised }]));
    expect(actual).toEqual(expected);
  });

  it('filters by years and by department (with its sub-departments), for every role that reads', async () => {
    const y2026 = await totals('?fromYear=2026&toYear=2026');
    expect(y2026.totals.map((x) => [x.unit, x.year, x.planned])).toEqual([['DKK', 2026, 300000], ['hours', 2026, 1000]]);
    expect(y2026).toMatchObject({ fromYear: 2026, toYear: 2026, initiativeCount: 2 });
    const okd = await totals(`?departmentId=${org.departments.OKD.id}`);
    expect(okd.byUnit).toEqual([{ unit: 'hours', unitLabel: null, planned: 6000, realised: 5000, initiativeCount: 2 }]);
    expect(okd.nonQuantifiedCount).toBe(0);
    const sos = await totals(`?departmentId=${org.departments.SOS.id}&toYear=2025`);
    expect(sos.byUnit.map((x) => [x.unit, x.unitLabel, x.realised])).toEqual([['DKK', null, 120000.25], ['hours', null, 2300], ['other', 'sager', 380], ['other', 'tilfredshed', 3.5]]);
    const reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    expect((await totals('', reader)).byUnit).toHaveLength(4);
  });

  it('refuses bad years and departments with the field', async () => {
    const fields = async (query: string, status: number) =>
      ((await lead.get(`/api/v1/benefit-totals?${query}`).expect(status)).body.details as { field: string }[]).map((d) => d.field);
    expect(await fields('fromYear=abc', 400)).toEqual(['fromYear']);
    expect(await fields('toYear=1999', 400)).toEqual(['toYear']);
    expect(await fields('fromYear=2030&toYear=2020', 400)).toEqual(['toYear']);
    expect(await fields('departmentId=nope', 400)).toEqual(['departmentId']);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRX' });
    expect(await fields(`departmentId=${foreign.departments.OKD.id}`, 422)).toEqual(['departmentId']);
  });
});
