import type { Benefit, BenefitSummary } from '@gevinst/domain';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser } from '../support/api-client';
import { thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

describe('benefits and their yearly profile', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let owner: ApiClient;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    owner = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    initiativeId = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
  });
  afterAll(() => t?.close());

  const url = () => `/api/v1/initiatives/${initiativeId}/benefits`;

  it('totals per unit and year, never mixing units and never counting non-quantified benefits', async () => {
    const hours = [3000, 4300];
    for (const amount of hours) {
      await lead.post(url()).send(benefitInput({ years: [{ year: 2026, planned: amount, realised: amount / 2 }] })).expect(201);
    }
    await lead.post(url()).send(benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2026, planned: 250000.5, realised: null }] })).expect(201);
    await lead.post(url()).send(benefitInput({ type: 'quality', quantified: false, unit: 'hours', years: [] })).expect(201);
    await lead.post(url()).send(benefitInput({ type: 'citizen_experience', unit: 'other', unitLabel: 'tilfredshed', years: [{ year: 2027, planned: 4, realised: null }] })).expect(201);
    const summary: BenefitSummary = (await lead.get(`/api/v1/initiatives/${initiativeId}/benefit-summary`).expect(200)).body;
    expect(summary.totals).toEqual(
      expect.arrayContaining([
        { unit: 'hours', year: 2026, planned: 7300, realised: 3650, unitLabel: null },
        { unit: 'DKK', year: 2026, planned: 250000.5, realised: 0, unitLabel: null },
        { unit: 'other', year: 2027, planned: 4, realised: 0, unitLabel: 'tilfredshed' },
      ]),
    );
    expect(summary.totals).toHaveLength(3);
    expect(summary.nonQuantifiedCount).toBe(1);
  });

  it('refuses units that do not fit the type, bad years and owners or departments of another organisation', async () => {
    const fields = async (body: object, status: number) =>
      ((await lead.post(url()).send(body).expect(status)).body.details as { field: string }[]).map((d) => d.field);
    expect(await fields(benefitInput({ type: 'economic', unit: 'hours' }), 400)).toEqual(['unit']);
    expect(await fields(benefitInput({ unit: 'other', type: 'other' }), 400)).toEqual(['unitLabel']);
    expect(await fields(benefitInput({ years: [{ year: 1999, planned: 1, realised: null }] }), 400)).toEqual(['years.0.year']);
    expect(await fields(benefitInput({ years: [{ year: 2026, planned: 'mange' as never, realised: null }] }), 400)).toEqual(['years.0.planned']);
    expect(await fields(benefitInput({ years: [{ year: 2026, planned: 1, realised: null }, { year: 2026, planned: 2, realised: null }] }), 400)).toEqual(['years.1.year']);
    // Amounts in hundredths at most, whatever the unit (øre for DKK): totals are exact sums of what is shown.
    const dkk = { type: 'economic' as const, unit: 'DKK' as const };
    expect(await fields(benefitInput({ ...dkk, years: [{ year: thisYear(), planned: 0.004, realised: 10.005 }] }), 400)).toEqual(['years.0.planned', 'years.0.realised']);
    expect(await fields(benefitInput({ years: [{ year: thisYear(), planned: 7.125, realised: null }] }), 400)).toEqual(['years.0.planned']);
    await lead.post(url()).send(benefitInput({ ...dkk, years: [{ year: thisYear(), planned: 0.01, realised: 10.5 }] })).expect(201);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    const stranger = await createUser(t.dataSource, foreign.organisation.id, ['benefit_owner']);
    expect(await fields(benefitInput({ ownerUserId: stranger.id }), 422)).toEqual(['ownerUserId']);
    expect(await fields(benefitInput({ receivingDepartmentId: foreign.departments.OKD.id }), 422)).toEqual(['receivingDepartmentId']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM benefit WHERE owner_user_id = $1', [stranger.id]);
    expect(n).toBe(0);
  });

  it('keeps amounts out of a qualitative benefit and asks it for no unit', async () => {
    const fields = async (body: object) => ((await lead.post(url()).send(body).expect(400)).body.details as { field: string }[]).map((d) => d.field);
    const qualitative = { title: 'Gladere borgere', type: 'citizen_experience', quantified: false };
    expect(await fields({ ...qualitative, years: [{ year: thisYear(), planned: 5, realised: 4 }] })).toEqual(['years']);
    const created: Benefit = (await lead.post(url()).send(qualitative).expect(201)).body;
    expect(created).toMatchObject({ quantified: false, unit: 'other', unitLabel: null, years: [] });
    // No amounts put on it later, and a quantified benefit with amounts cannot turn qualitative and keep them.
    await lead.put(`/api/v1/benefits/${created.id}/years`).send({ version: 1, years: [{ year: thisYear(), planned: 1, realised: null }] }).expect(400);
    const counted: Benefit = (await lead.post(url()).send(benefitInput({ years: [{ year: thisYear(), planned: 10, realised: null }] })).expect(201)).body;
    const refused = await lead.patch(`/api/v1/benefits/${counted.id}`).send({ version: 1, quantified: false }).expect(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'quantified' })]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM benefit_year WHERE benefit_id = $1', [created.id]);
    expect(n).toBe(0);
  });

  it('puts the whole profile with the version; an owner records realised amounts only on own benefits', async () => {
    const benefit: Benefit = (
      await lead.post(url()).send(benefitInput({ ownerUserId: owner.user.id, receivingDepartmentId: org.departments['OKD-OKO'].id })).expect(201)
    ).body;
    expect(benefit).toMatchObject({ owner: { id: owner.user.id }, years: [{ year: thisYear(), planned: 100, realised: null }], can: { manage: true } });
    const profile = [{ year: 2026, planned: 100, realised: 40 }, { year: 2027, planned: 200, realised: null }];
    const changed = (await lead.put(`/api/v1/benefits/${benefit.id}/years`).send({ version: 1, years: profile }).expect(200)).body;
    expect(changed).toMatchObject({ version: 2, years: profile });
    await lead.put(`/api/v1/benefits/${benefit.id}/years`).send({ version: 1, years: profile }).expect(409);

    const realised = profile.map((y) => ({ ...y, realised: y.year === 2027 ? 120 : y.realised }));
    expect((await owner.put(`/api/v1/benefits/${benefit.id}/years`).send({ version: 2, years: realised }).expect(200)).body.years).toEqual(realised.map((y) => ({ ...y, plannedLow: null, plannedHigh: null })));
    await owner.put(`/api/v1/benefits/${benefit.id}/years`).send({ version: 3, years: [{ year: 2026, planned: 1, realised: 1 }] }).expect(403);
    await owner.patch(`/api/v1/benefits/${benefit.id}`).send({ version: 3, title: 'Min titel' }).expect(403);

    const notMine: Benefit = (await lead.post(url()).send(benefitInput()).expect(201)).body;
    await owner.put(`/api/v1/benefits/${notMine.id}/years`).send({ version: 1, years: [{ year: 2026, planned: 100, realised: 5 }] }).expect(403);
    await owner.post(`/api/v1/benefits/${notMine.id}/measurements`).send({ kind: 'after', measuredOn: '2026-01-10', value: 5 }).expect(403);
  });

  it('updates with the version, keeps the goal within the initiative and deletes', async () => {
    const benefit: Benefit = (await lead.post(url()).send(benefitInput()).expect(201)).body;
    const updated = (await lead.patch(`/api/v1/benefits/${benefit.id}`).send({ version: 1, inBudget: true, status: 'in_progress' }).expect(200)).body;
    expect(updated).toMatchObject({ inBudget: true, status: 'in_progress', version: 2 });
    expect((await lead.patch(`/api/v1/benefits/${benefit.id}`).send({ version: 1, title: 'x' }).expect(409)).body.current.version).toBe(2);
    const other = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body;
    const foreignGoal = (await lead.post(`/api/v1/initiatives/${other.id}/goals`).send({ title: 'Mål', indicatorName: 'x', unit: '%', direction: 'higher', targetValue: 1, targetDate: '2027-01-01' }).expect(201)).body;
    expect((await lead.patch(`/api/v1/benefits/${benefit.id}`).send({ version: 2, goalId: foreignGoal.id }).expect(422)).body.details[0].field).toBe('goalId');
    await lead.delete(`/api/v1/benefits/${benefit.id}?version=2`).expect(204);
    expect((await lead.get(url()).expect(200)).body.map((b: Benefit) => b.id)).not.toContain(benefit.id);
  });
});
