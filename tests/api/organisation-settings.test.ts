import type { Measurement, Organisation } from '@gevinst/domain';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

/** The business case settings an organisation has until its admin sets them (tests/api/business-case.test.ts). */
const CASE_DEFAULTS = { discountRate: 0.035, horizonYears: 10 };

describe('organisation settings (the default hourly rate of time studies, the review cycle)', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let other: OrganisationFixture;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    other = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
  });
  afterAll(() => t?.close());

  it('lets an admin set the rate, which a time study then uses by default', async () => {
    const before: Organisation = (await admin.get('/api/v1/organisation').expect(200)).body;
    expect(before.settings).toEqual({ hourlyRateDkk: null, reviewCycle: 'quarter', ...CASE_DEFAULTS });

    const updated: Organisation = (await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 412.5 }).expect(200)).body;
    expect(updated).toMatchObject({ id: org.organisation.id, name: org.organisation.name, settings: { hourlyRateDkk: 412.5 } });
    expect((await admin.get('/api/v1/organisation').expect(200)).body.settings).toEqual({ hourlyRateDkk: 412.5, reviewCycle: 'quarter', ...CASE_DEFAULTS });
    const [foreign] = await t.dataSource.query('SELECT settings FROM organisation WHERE id = $1', [other.organisation.id]);
    expect(foreign.settings).toEqual({});

    const initiativeId = (await admin.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    const benefitId = (await admin.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput()).expect(201)).body.id;
    const study = { kind: 'after', measuredOn: '2026-02-01', timeStudy: { minutesBefore: 12, minutesAfter: 3, casesPerYear: 20000 } };
    const m: Measurement = (await admin.post(`/api/v1/benefits/${benefitId}/measurements`).send(study).expect(201)).body;
    expect(m.timeStudy).toMatchObject({ hourlyRate: 412.5, hoursPerYear: 3000, dkkPerYear: 1237500 });

    const cleared: Organisation = (await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null }).expect(200)).body;
    expect(cleared.settings).toEqual({ hourlyRateDkk: null, reviewCycle: 'quarter', ...CASE_DEFAULTS });
    const unpriced: Measurement = (await admin.post(`/api/v1/benefits/${benefitId}/measurements`).send(study).expect(201)).body;
    expect(unpriced.timeStudy).toMatchObject({ hourlyRate: null });
  });

  it('refuses every other role with 403', async () => {
    for (const role of ['project_lead', 'benefit_owner', 'directorate', 'finance'] as const) {
      const client = await ApiClient.as(t.server, t.dataSource, org.organisation.id, [role]);
      await client.get('/api/v1/organisation').expect(200);
      await client.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 500 }).expect(403);
    }
  });

  it('refuses bad values with the field and changes nothing', async () => {
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 300 }).expect(200);
    const field = async (body: object) => {
      const response = await admin.patch('/api/v1/organisation/settings').send(body).expect(400);
      return response.body.details.map((d: { field: string }) => d.field) as string[];
    };
    for (const hourlyRateDkk of [0, -5, 10_000.01, '400', 'mange', true, {}]) expect(await field({ hourlyRateDkk })).toEqual(['hourlyRateDkk']);
    expect(await field({})).toEqual(['hourlyRateDkk']);
    expect(await field({ hourlyRateDkk: 300, name: 'Andet navn' })).toEqual(['name']);
    for (const reviewCycle of ['week', 'Month', null, 3]) expect(await field({ hourlyRateDkk: 300, reviewCycle })).toEqual(['reviewCycle']);
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 10_000 }).expect(200);
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 300 }).expect(200);
    expect((await admin.get('/api/v1/organisation').expect(200)).body).toMatchObject({ name: org.organisation.name, settings: { hourlyRateDkk: 300 } });
  });

  it('sets the review cycle (month or quarter, default quarter) and keeps it when only the rate is sent', async () => {
    const [stored] = await t.dataSource.query('SELECT settings FROM organisation WHERE id = $1', [org.organisation.id]);
    expect(stored.settings.reviewCycle).toBeUndefined();
    const monthly: Organisation = (await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 350, reviewCycle: 'month' }).expect(200)).body;
    expect(monthly.settings).toEqual({ hourlyRateDkk: 350, reviewCycle: 'month', ...CASE_DEFAULTS });
    const rateOnly: Organisation = (await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 360 }).expect(200)).body;
    expect(rateOnly.settings).toEqual({ hourlyRateDkk: 360, reviewCycle: 'month', ...CASE_DEFAULTS });
    expect((await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 360, reviewCycle: 'quarter' }).expect(200)).body.settings).toEqual({
      hourlyRateDkk: 360,
      reviewCycle: 'quarter',
      ...CASE_DEFAULTS,
    });
    // Another organisation's settings stay as they were; its admin sees the default.
    const otherAdmin = await ApiClient.as(t.server, t.dataSource, other.organisation.id, ['admin']);
    expect((await otherAdmin.get('/api/v1/organisation').expect(200)).body.settings).toEqual({ hourlyRateDkk: null, reviewCycle: 'quarter', ...CASE_DEFAULTS });
    const finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    await finance.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 360, reviewCycle: 'month' }).expect(403);
  });
});
