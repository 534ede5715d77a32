import type { FundingLine, FundingPool, Page, PayersAndGainers, PoolApplication } from '@gevinst/domain';
import { benefitInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('funding plans, pools and applications', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let otherLead: ApiClient;
  let finance: ApiClient;
  let admin: ApiClient;
  let reader: ApiClient;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    otherLead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    initiativeId = await newInitiative();
  });
  afterAll(() => t?.close());

  const newInitiative = async () => (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id as string;
  const linesOf = (id: string) => `/api/v1/initiatives/${id}/funding-lines`;
  const okd = () => org.departments.OKD.id;

  it('keeps money exact to the øre and refuses more decimals, negative, absurd and unknown input with field messages', async () => {
    const id = await newInitiative();
    await finance.post(linesOf(id)).send(fundingLineInput(okd(), { amount: 0.1 })).expect(201);
    await finance.post(linesOf(id)).send(fundingLineInput(okd(), { amount: 0.2 })).expect(201);
    const lines: FundingLine[] = (await reader.get(linesOf(id)).expect(200)).body;
    expect(lines.map((l) => l.amount).sort()).toEqual([0.1, 0.2]);
    const [{ sum }] = await t.dataSource.query('SELECT sum(amount_ore)::int AS sum FROM funding_line WHERE initiative_id = $1', [id]);
    expect(sum).toBe(30);

    const fields = async (body: object, status: number) => ((await finance.post(linesOf(id)).send(body).expect(status)).body.details as { field: string }[]).map((d) => d.field);
    expect(await fields(fundingLineInput(okd(), { amount: 10.005 }), 400)).toEqual(['amount']);
    expect(await fields(fundingLineInput(okd(), { amount: -5 }), 400)).toEqual(['amount']);
    expect(await fields(fundingLineInput(okd(), { amount: 0 }), 400)).toEqual(['amount']);
    expect(await fields(fundingLineInput(okd(), { amount: 1e13 }), 400)).toEqual(['amount']);
    expect(await fields(fundingLineInput(okd(), { amount: '100' as never }), 400)).toEqual(['amount']);
    expect(await fields(fundingLineInput(okd(), { year: 1999 }), 400)).toEqual(['year']);
    expect(await fields(fundingLineInput(okd(), { year: 2026.5 }), 400)).toEqual(['year']);
    expect(await fields(fundingLineInput(okd(), { source: 'lottery' as never }), 400)).toEqual(['source']);
    expect(await fields(fundingLineInput(okd(), { category: 'snacks' as never }), 400)).toEqual(['category']);
    expect(await fields(fundingLineInput(okd(), { source: 'pool' }), 400)).toEqual(['poolId']);
    expect(await fields(fundingLineInput(crypto.randomUUID()), 422)).toEqual(['payingDepartmentId']);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRF' });
    expect(await fields(fundingLineInput(foreign.departments.OKD.id), 422)).toEqual(['payingDepartmentId']);
    expect(await fields(fundingLineInput(okd(), { source: 'pool', poolId: crypto.randomUUID() }), 422)).toEqual(['poolId']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM funding_line WHERE initiative_id = $1', [id]);
    expect(n).toBe(2);
  });

  it('lets a project lead propose lines for their initiative; finance confirms and edits any; others only read', async () => {
    const proposed: FundingLine = (await lead.post(linesOf(initiativeId)).send(fundingLineInput(okd())).expect(201)).body;
    expect(proposed).toMatchObject({ status: 'proposed', amount: 250000.5, payingDepartment: { id: okd() }, can: { manage: true } });
    await lead.post(linesOf(initiativeId)).send(fundingLineInput(okd(), { status: 'confirmed' })).expect(403);
    await otherLead.post(linesOf(initiativeId)).send(fundingLineInput(okd())).expect(403);
    await reader.post(linesOf(initiativeId)).send(fundingLineInput(okd())).expect(403);
    const edited: FundingLine = (await lead.patch(`/api/v1/funding-lines/${proposed.id}`).send({ version: 1, amount: 300000 }).expect(200)).body;
    expect(edited).toMatchObject({ version: 2, amount: 300000, status: 'proposed' });
    await lead.patch(`/api/v1/funding-lines/${proposed.id}`).send({ version: 2, status: 'confirmed' }).expect(403);
    const confirmed: FundingLine = (await finance.patch(`/api/v1/funding-lines/${proposed.id}`).send({ version: 2, status: 'confirmed' }).expect(200)).body;
    expect(confirmed).toMatchObject({ version: 3, status: 'confirmed' });
    // Confirmed: the project lead can no longer change it.
    expect((await lead.get(linesOf(initiativeId)).expect(200)).body.find((l: FundingLine) => l.id === proposed.id).can.manage).toBe(false);
    await lead.patch(`/api/v1/funding-lines/${proposed.id}`).send({ version: 3, amount: 1 }).expect(403);
    await lead.delete(`/api/v1/funding-lines/${proposed.id}?version=3`).expect(403);
    const stale = (await finance.patch(`/api/v1/funding-lines/${proposed.id}`).send({ version: 2, amount: 1 }).expect(409)).body;
    expect(stale.current).toMatchObject({ version: 3, amount: 300000 });
    const byFinance: FundingLine = (await finance.post(linesOf(initiativeId)).send(fundingLineInput(okd(), { category: 'risk_reserve' })).expect(201)).body;
    expect(byFinance.status).toBe('confirmed');
    await finance.delete(`/api/v1/funding-lines/${byFinance.id}?version=1`).expect(204);
    expect((await reader.get(linesOf(initiativeId)).expect(200)).body.map((l: FundingLine) => l.id)).not.toContain(byFinance.id);
  });

  it('sets what each department pays against the planned DKK benefits it receives, per year, hours apart', async () => {
    const id = await newInitiative();
    const it = org.departments['OKD-IT'].id;
    const oko = org.departments['OKD-OKO'].id;
    await finance.post(linesOf(id)).send(fundingLineInput(it, { year: 2026, amount: 100000.25 })).expect(201);
    await finance.post(linesOf(id)).send(fundingLineInput(it, { year: 2026, amount: 50000, category: 'implementation' })).expect(201);
    await finance.post(linesOf(id)).send(fundingLineInput(oko, { year: 2027, amount: 20000 })).expect(201);
    const benefits = `/api/v1/initiatives/${id}/benefits`;
    await lead.post(benefits).send(benefitInput({ type: 'economic', unit: 'DKK', receivingDepartmentId: oko, years: [{ year: 2026, planned: 80000, realised: null }, { year: 2027, planned: 120000, realised: null }] })).expect(201);
    await lead.post(benefits).send(benefitInput({ receivingDepartmentId: oko, years: [{ year: 2027, planned: 300, realised: null }] })).expect(201);
    await lead.post(benefits).send(benefitInput({ type: 'economic', unit: 'DKK', quantified: false, receivingDepartmentId: oko, years: [] })).expect(201);
    await lead.post(benefits).send(benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2028, planned: 5000, realised: null }] })).expect(201);
    const view: PayersAndGainers = (await reader.get(`/api/v1/initiatives/${id}/payers-and-gainers`).expect(200)).body;
    const row = (year: number, dept: string) => view.rows.find((r) => r.year === year && r.department.id === dept);
    expect(row(2026, it)).toMatchObject({ pays: 150000.25, gains: 0, net: -150000.25, hours: 0 });
    expect(row(2026, oko)).toMatchObject({ pays: 0, gains: 80000, net: 80000 });
    expect(row(2027, oko)).toMatchObject({ pays: 20000, gains: 120000, net: 100000, hours: 300 });
    expect(view.rows).toHaveLength(3);
    expect(view.unplacedGains).toEqual([{ year: 2028, amount: 5000 }]);
  });

  it('runs pools: capital per year, a plain application, decisions with who and why, and a grant becomes a funding line', async () => {
    const pool: FundingPool = (
      await finance.post('/api/v1/funding-pools').send({ name: 'Digitaliseringsbanken', rules: 'Kort ansøgning', years: [{ year: 2026, capital: 1000000 }] }).expect(201)
    ).body;
    expect(pool.years).toEqual([{ year: 2026, capital: 1000000, granted: 0, remaining: 1000000 }]);
    await lead.post('/api/v1/funding-pools').send({ name: 'Min egen pulje', years: [] }).expect(403);
    await finance.post('/api/v1/funding-pools').send({ name: 'Digitaliseringsbanken', years: [] }).expect(409);
    const apply = (client: ApiClient) => client.post(`/api/v1/funding-pools/${pool.id}/applications`);
    const application: PoolApplication = (
      await apply(lead).send({ initiativeId, year: 2026, amount: 400000, purpose: 'Pilot af talegenkendelse' }).expect(201)
    ).body;
    expect(application).toMatchObject({ status: 'applied', amount: 400000, appliedBy: { id: lead.user.id }, decidedBy: null, fundingLineId: null });
    await apply(otherLead).send({ initiativeId, year: 2026, amount: 1, purpose: 'x' }).expect(403);
    expect((await apply(lead).send({ initiativeId, year: 2030, amount: 1, purpose: 'x' }).expect(422)).body.details[0].field).toBe('year');
    expect((await apply(lead).send({ initiativeId, year: 2026, amount: 1000000.01, purpose: 'x' }).expect(422)).body.details[0].field).toBe('amount');
    expect((await apply(lead).send({ initiativeId: crypto.randomUUID(), year: 2026, amount: 1, purpose: 'x' }).expect(422)).body.details[0].field).toBe('initiativeId');
    expect((await apply(lead).send({ initiativeId, year: 2026, amount: 1, purpose: '' }).expect(400)).body.details[0].field).toBe('purpose');

    await lead.post(`/api/v1/pool-applications/${application.id}/decision`).send({ version: 1, decision: 'granted' }).expect(403);
    const granted: PoolApplication = (
      await finance.post(`/api/v1/pool-applications/${application.id}/decision`).send({ version: 1, decision: 'granted', reason: 'Klar gevinst' }).expect(200)
    ).body;
    expect(granted).toMatchObject({ status: 'granted', decidedBy: { id: finance.user.id }, reason: 'Klar gevinst', version: 2 });
    expect(granted.decidedAt).toEqual(expect.any(String));
    const lines: FundingLine[] = (await reader.get(linesOf(initiativeId)).expect(200)).body;
    expect(lines.find((l) => l.id === granted.fundingLineId)).toMatchObject({ source: 'pool', pool: { id: pool.id }, amount: 400000, status: 'confirmed', applicationId: application.id });
    await finance.post(`/api/v1/pool-applications/${application.id}/decision`).send({ version: 2, decision: 'rejected', reason: 'x' }).expect(422);
    expect((await reader.get(`/api/v1/funding-pools/${pool.id}`).expect(200)).body.years[0]).toEqual({ year: 2026, capital: 1000000, granted: 400000, remaining: 600000 });

    const second: PoolApplication = (await apply(lead).send({ initiativeId, year: 2026, amount: 100, purpose: 'Kursus' }).expect(201)).body;
    expect((await finance.post(`/api/v1/pool-applications/${second.id}/decision`).send({ version: 1, decision: 'rejected' }).expect(400)).body.details[0].field).toBe('reason');
    const rejected = (await finance.post(`/api/v1/pool-applications/${second.id}/decision`).send({ version: 1, decision: 'rejected', reason: 'Hører under drift' }).expect(200)).body;
    expect(rejected).toMatchObject({ status: 'rejected', fundingLineId: null });
    const page: Page<PoolApplication> = (await reader.get(`/api/v1/pool-applications?poolId=${pool.id}&status=granted,rejected`).expect(200)).body;
    expect(page.items.map((a) => a.status).sort()).toEqual(['granted', 'rejected']);

    // Capital cannot fall below what is granted; the pool's granted line cannot be deleted as a line.
    expect((await finance.patch(`/api/v1/funding-pools/${pool.id}`).send({ version: 1, years: [{ year: 2026, capital: 399999.99 }] }).expect(422)).body.details[0].field).toBe('years.0.capital');
    await finance.delete(`/api/v1/funding-lines/${granted.fundingLineId}?version=1`).expect(422);
  });

  it('never lets two grants together exceed the remaining capital, however they race', async () => {
    const pool: FundingPool = (await admin.post('/api/v1/funding-pools').send({ name: `Kapløbspuljen ${Date.now()}`, years: [{ year: 2027, capital: 100000 }] }).expect(201)).body;
    const applications: PoolApplication[] = [];
    for (let i = 0; i < 4; i++) {
      applications.push((await lead.post(`/api/v1/funding-pools/${pool.id}/applications`).send({ initiativeId, year: 2027, amount: 60000, purpose: `Ansøgning ${i}` }).expect(201)).body);
    }
    // Separate sessions, so the decisions run in separate transactions at the same time.
    const deciders = await Promise.all(applications.map(() => ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance'])));
    const results = await Promise.all(
      applications.map((a, i) => deciders[i].post(`/api/v1/pool-applications/${a.id}/decision`).send({ version: 1, decision: 'granted' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 422, 422, 422]);
    const [{ granted, lines }] = await t.dataSource.query(
      `SELECT (SELECT sum(amount_ore) FROM pool_application WHERE pool_id = $1 AND status = 'granted')::bigint::text AS granted,
              (SELECT count(*) FROM funding_line WHERE pool_id = $1)::int AS lines`,
      [pool.id],
    );
    expect(granted).toBe('6000000');
    expect(lines).toBe(1);
  });

  it('exposes the funding rules of the health check: a plan past analysis, owners where the change happens', async () => {
    const id = await newInitiative();
    type Findings = { rules: { id: string }[]; findings: { ruleId: string; severity: string }[] };
    const findings = async () => ((await reader.get(`/api/v1/initiatives/${id}/funding-findings`).expect(200)).body as Findings).findings;
    expect(await findings()).toEqual([]);
    await t.dataSource.query(`UPDATE initiative SET phase = 'implementation' WHERE id = $1`, [id]);
    expect((await findings()).map((f) => f.ruleId)).toEqual(['FIN-2']);
    await lead.post(`/api/v1/initiatives/${id}/benefits`).send(benefitInput({ type: 'economic', unit: 'DKK', receivingDepartmentId: okd() })).expect(201);
    expect((await findings()).map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['FIN-1:error', 'FIN-2:error']);
    await finance.post(linesOf(id)).send(fundingLineInput(okd())).expect(201);
    expect((await findings()).map((f) => f.ruleId)).toEqual(['FIN-1']);
    await reader.get(`/api/v1/initiatives/${crypto.randomUUID()}/funding-findings`).expect(404);
  });
});
