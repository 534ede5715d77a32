import type { Benefit, BenefitMap, BusinessCase, BusinessCaseScenario, Decision, Organisation } from '@gevinst/domain';
import { benefitInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { daysFromToday, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

describe('the simple business case (GET /initiatives/{id}/business-case)', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let lead: ApiClient;
  let director: ApiClient;
  const Y = thisYear();

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    director = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 400, discountRate: 0.035, horizonYears: 3 }).expect(200);
  });
  afterAll(() => t?.close());

  const caseOf = async (id: string, client = lead): Promise<BusinessCase> => (await client.get(`/api/v1/initiatives/${id}/business-case`).expect(200)).body;
  const scenario = (c: { scenarios: BusinessCaseScenario[] }, name: BusinessCaseScenario['scenario']) => c.scenarios.find((s) => s.scenario === name)!;

  /**
   * Starts on 1 January this year: 100,000 kr. one-off now, 10,000 kr. running the next two years; 60,000 kr. a year
   * back (40,000–80,000 next year), and 100 freed hours next year.
   */
  const smallCase = async () => {
    const id: string = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id, { plannedStart: `${Y}-01-01` })).expect(201)).body.id;
    const line = (year: number, amount: number, category: 'acquisition' | 'operation') =>
      lead.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id, { year, amount, category })).expect(201);
    await line(Y, 60_000, 'acquisition');
    await line(Y, 40_000, 'acquisition');
    await line(Y + 1, 10_000, 'operation');
    await line(Y + 2, 10_000, 'operation');
    const money: Benefit = (
      await lead
        .post(`/api/v1/initiatives/${id}/benefits`)
        .send(benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: Y + 1, planned: 60_000, realised: null, plannedLow: 40_000, plannedHigh: 80_000 }, { year: Y + 2, planned: 60_000, realised: null }] }))
        .expect(201)
    ).body;
    await lead.post(`/api/v1/initiatives/${id}/benefits`).send(benefitInput({ years: [{ year: Y + 1, planned: 100, realised: null }] })).expect(201);
    return { id, money };
  };

  it('equals a hand calculation in three ordered scenarios, with freed hours valued apart from cash', async () => {
    const { id } = await smallCase();
    const result = await caseOf(id);
    expect(result).toMatchObject({ initiativeId: id, baseline: null, yearsOutsideHorizon: [], notInFigures: { qualitative: 0, otherUnit: 0 } });
    expect(result.settings).toEqual({ discountRate: 0.035, horizonYears: 3, hourlyRateDkk: 400, baseYear: Y, lastYear: Y + 2 });
    const likely = scenario(result, 'likely');
    expect(likely.years).toEqual([
      { year: Y, oneOffCosts: -100_000, runningCosts: 0, costs: -100_000, cashBenefits: 0, disBenefits: 0, net: -100_000, cumulative: -100_000, freedHours: 0, freedHoursValue: 0 },
      { year: Y + 1, oneOffCosts: 0, runningCosts: -10_000, costs: -10_000, cashBenefits: 60_000, disBenefits: 0, net: 50_000, cumulative: -50_000, freedHours: 100, freedHoursValue: 40_000 },
      { year: Y + 2, oneOffCosts: 0, runningCosts: -10_000, costs: -10_000, cashBenefits: 60_000, disBenefits: 0, net: 50_000, cumulative: 0, freedHours: 0, freedHoursValue: 0 },
    ]);
    // −100,000 + 50,000 / 1.035 + 50,000 / 1.035² = −5,015.29; the hours' 40,000 kr. / 1.035 = 38,647.34, apart.
    expect(likely).toMatchObject({ npv: -5015.29, paybackYear: Y + 2, freedHoursValueNpv: 38_647.34 });
    expect(likely.totals).toEqual({ costs: -120_000, cashBenefits: 120_000, disBenefits: 0, net: 0, freedHours: 100, freedHoursValue: 40_000 });
    expect(result.scenarios.map((s) => [s.scenario, s.npv, s.paybackYear])).toEqual([
      ['pessimistic', -24_338.96, null],
      ['likely', -5015.29, Y + 2],
      ['optimistic', 14_308.39, Y + 2],
    ]);
    // Without a benefit map, the benefits' own preconditions (the factory's text on both).
    expect(result.preconditions.map((p) => [p.nodeId, p.title, p.benefits.length])).toEqual([
      [null, 'Robotten er sat i drift', 1],
      [null, 'Robotten er sat i drift', 1],
    ]);
  });

  it('counts dis-benefits against the case, leaves out what it cannot count and lists the map’s preconditions', async () => {
    const { id, money } = await smallCase();
    await lead
      .post(`/api/v1/initiatives/${id}/benefits`)
      .send(benefitInput({ type: 'economic', unit: 'DKK', disBenefit: true, years: [{ year: Y + 1, planned: 5_000, realised: null, plannedLow: 2_000, plannedHigh: 9_000 }] }))
      .expect(201);
    await lead.post(`/api/v1/initiatives/${id}/benefits`).send(benefitInput({ type: 'quality', quantified: false, description: 'Bedre arbejdsmiljø', years: [] })).expect(201);
    await lead.post(`/api/v1/initiatives/${id}/benefits`).send(benefitInput({ type: 'other', unit: 'other', unitLabel: 'sager', years: [{ year: Y + 1, planned: 40, realised: null }] })).expect(201);
    // A year beyond the three-year horizon.
    await lead.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id, { year: Y + 5, amount: 1_000, category: 'operation' })).expect(201);
    const result = await caseOf(id);
    expect(result.scenarios.map((s) => s.years[1].disBenefits)).toEqual([-9_000, -5_000, -2_000]);
    expect(scenario(result, 'likely').years[1]).toMatchObject({ cashBenefits: 60_000, net: 45_000, freedHours: 100 });
    expect(result.notInFigures).toEqual({ qualitative: 1, otherUnit: 1 });
    expect(result.yearsOutsideHorizon).toEqual([Y + 5]);

    // The map's changes, each with the benefits it leads to (through another change too), before the benefits' texts.
    const node = async (title: string, dueDate: string | null) => {
      const map: BenefitMap = (await lead.post(`/api/v1/initiatives/${id}/benefit-map/nodes`).send({ kind: 'change', title, dueDate }).expect(201)).body;
      return map.nodes.find((n) => n.title === title)!.id;
    };
    const system = await node('Integration til økonomisystemet', daysFromToday(30));
    const training = await node('Oplæring af bogholderne', daysFromToday(60));
    await node('Ny arbejdsgang beskrevet', null);
    const link = (from: string, to: string) => lead.post(`/api/v1/initiatives/${id}/benefit-map/links`).send({ from, to }).expect(201);
    await link(system, money.id);
    await link(training, system);
    const { preconditions } = await caseOf(id);
    expect(preconditions.filter((p) => p.nodeId !== null)).toEqual([
      { nodeId: system, title: 'Integration til økonomisystemet', status: 'open', dueDate: daysFromToday(30), benefits: [{ id: money.id, title: money.title }] },
      { nodeId: training, title: 'Oplæring af bogholderne', status: 'open', dueDate: daysFromToday(60), benefits: [{ id: money.id, title: money.title }] },
      { nodeId: expect.any(String), title: 'Ny arbejdsgang beskrevet', status: 'open', dueDate: null, benefits: [] },
    ]);
    expect(preconditions.slice(0, 3).every((p) => p.nodeId !== null)).toBe(true);
  });

  it('freezes the case at a gate decision; the baseline stays when the benefits change afterwards', async () => {
    const { id, money } = await smallCase();
    const gate: Decision = (
      await director.post(`/api/v1/initiatives/${id}/decisions`).send({ kind: 'approve_phase', toPhase: 'analysis', reason: 'Godkendt trods fund' }).expect(201)
    ).body;
    expect(gate.businessCase).toEqual({
      baseYear: Y,
      scenarios: [
        { scenario: 'pessimistic', npv: -24_338.96, paybackYear: null, freedHoursValueNpv: 38_647.34 },
        { scenario: 'likely', npv: -5015.29, paybackYear: Y + 2, freedHoursValueNpv: 38_647.34 },
        { scenario: 'optimistic', npv: 14_308.39, paybackYear: Y + 2, freedHoursValueNpv: 38_647.34 },
      ],
    });
    const approved = await caseOf(id);
    expect(approved.baseline).toMatchObject({ decisionId: gate.id, decidedAt: gate.decidedAt, fromPhase: 'idea', toPhase: 'analysis' });
    expect(approved.baseline!.scenarios).toEqual(approved.scenarios);

    // After the gate the benefit halves; "as approved" keeps the figures the steering group saw.
    const halved = [{ year: Y + 1, planned: 30_000, realised: null, plannedLow: null, plannedHigh: null }, { year: Y + 2, planned: 60_000, realised: null }];
    await lead.put(`/api/v1/benefits/${money.id}/years`).send({ version: money.version, years: halved }).expect(200);
    const now = await caseOf(id);
    expect(scenario(now, 'likely').npv).toBe(-34_000.79);
    expect(now.baseline!.scenarios).toEqual(approved.scenarios);
    expect(scenario(now.baseline!, 'likely').npv).toBe(-5015.29);
    // Other decisions freeze nothing; the latest gate stays the baseline.
    const paused: Decision = (await director.post(`/api/v1/initiatives/${id}/decisions`).send({ kind: 'pause', reason: 'Afventer budget' }).expect(201)).body;
    expect(paused.businessCase).toBeNull();
    expect((await caseOf(id)).baseline?.decisionId).toBe(gate.id);
    const [stored] = await t.dataSource.query('SELECT business_case FROM decision WHERE id = $1', [gate.id]);
    expect(stored.business_case.scenarios).toEqual(approved.scenarios);
  });

  it('keeps three-point figures ordered (400 naming the field), keeps them when left out and clears them with null', async () => {
    const id: string = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    const url = `/api/v1/initiatives/${id}/benefits`;
    const fields = async (body: object, status = 400) => ((await lead.post(url).send(body).expect(status)).body.details ?? []).map((d: { field: string }) => d.field);
    const year = (plannedLow: unknown, plannedHigh: unknown) => ({ year: Y, planned: 100, realised: null, plannedLow, plannedHigh });
    expect(await fields(benefitInput({ years: [year(101, null) as never] }))).toEqual(['years.0.plannedLow']);
    expect(await fields(benefitInput({ years: [year(null, 99.99) as never] }))).toEqual(['years.0.plannedHigh']);
    expect(await fields(benefitInput({ years: [year(0.001, 'mange') as never] }))).toEqual(['years.0.plannedLow', 'years.0.plannedHigh']);
    expect(await fields(benefitInput({ type: 'quality', quantified: false, years: [year(50, 150) as never] }))).toEqual(['years']);

    const benefit: Benefit = (await lead.post(url).send(benefitInput({ years: [year(80, 120) as never] })).expect(201)).body;
    expect(benefit.years).toEqual([{ year: Y, planned: 100, realised: null, plannedLow: 80, plannedHigh: 120 }]);
    const put = (version: number, years: object[], status: number) => lead.put(`/api/v1/benefits/${benefit.id}/years`).send({ version, years }).expect(status);
    // A form that does not know the figures keeps them; a planned figure outside them is refused.
    expect((await put(1, [{ year: Y, planned: 110, realised: 5 }], 200)).body.years).toEqual([{ year: Y, planned: 110, realised: 5, plannedLow: 80, plannedHigh: 120 }]);
    expect((await put(2, [{ year: Y, planned: 130, realised: 5 }], 400)).body.details.map((d: { field: string }) => d.field)).toEqual(['years.0.plannedHigh']);
    expect((await put(2, [{ year: Y, planned: 130, realised: 5, plannedHigh: null }], 200)).body.years).toEqual([{ year: Y, planned: 130, realised: 5, plannedLow: 80, plannedHigh: null }]);
    const [stored] = await t.dataSource.query('SELECT planned_low::text, planned_high FROM benefit_year WHERE benefit_id = $1', [benefit.id]);
    expect(stored).toEqual({ planned_low: '80.00', planned_high: null });
  });

  it('validates the settings field by field (admin only) and uses the defaults until they are set', async () => {
    const other = await createOrganisation(t.dataSource);
    const otherAdmin = await ApiClient.as(t.server, t.dataSource, other.organisation.id, ['admin']);
    const defaults: Organisation = (await otherAdmin.get('/api/v1/organisation').expect(200)).body;
    expect(defaults.settings).toMatchObject({ discountRate: 0.035, horizonYears: 10 });
    const id: string = (await otherAdmin.post('/api/v1/initiatives').send(initiativeInput(other.departments.OKD.id)).expect(201)).body.id;
    const empty = await caseOf(id, otherAdmin);
    expect(empty.settings).toMatchObject({ discountRate: 0.035, horizonYears: 10, hourlyRateDkk: null });
    expect(empty.scenarios.map((s) => [s.years.length, s.npv, s.paybackYear, s.freedHoursValueNpv])).toEqual([[10, 0, null, null], [10, 0, null, null], [10, 0, null, null]]);

    const field = async (body: object) =>
      ((await otherAdmin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null, ...body }).expect(400)).body.details as { field: string }[]).map((d) => d.field);
    for (const discountRate of [-0.01, 0.2001, '0.035', null, Number.NaN]) expect(await field({ discountRate })).toEqual(['discountRate']);
    for (const horizonYears of [0, 31, 2.5, '10', null]) expect(await field({ horizonYears })).toEqual(['horizonYears']);
    expect(await field({ discountRate: 1, horizonYears: 0 })).toEqual(['discountRate', 'horizonYears']);
    const finance = await ApiClient.as(t.server, t.dataSource, other.organisation.id, ['finance']);
    await finance.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null, discountRate: 0.04 }).expect(403);

    const set: Organisation = (await otherAdmin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null, discountRate: 0.2, horizonYears: 30 }).expect(200)).body;
    expect(set.settings).toMatchObject({ discountRate: 0.2, horizonYears: 30 });
    // Left out: unchanged.
    expect((await otherAdmin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 300 }).expect(200)).body.settings).toMatchObject({ discountRate: 0.2, horizonYears: 30 });
    expect((await caseOf(id, otherAdmin)).settings).toMatchObject({ discountRate: 0.2, horizonYears: 30, hourlyRateDkk: 300 });
  });

  it('answers 404 for an initiative of another organisation, and to every role that reads the portfolio', async () => {
    const { id } = await smallCase();
    const foreign = await createOrganisation(t.dataSource);
    const stranger = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    expect((await stranger.get(`/api/v1/initiatives/${id}/business-case`).expect(404)).body.code).toBe('NOT_FOUND');
    await lead.get('/api/v1/initiatives/not-a-uuid/business-case').expect(404);
    for (const role of ['benefit_owner', 'finance', 'directorate'] as const) {
      const reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, [role]);
      expect(scenario(await caseOf(id, reader), 'likely').npv).toBe(-5015.29);
    }
  });
});
