import type { EvaluationPointView, Measurement, MyBenefit } from '@gevinst/domain';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';
import { daysFromToday } from '../support/clock';

const danishToday = daysFromToday;

describe('measurements, time studies, evaluation points and "Mine gevinster"', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let owner: ApiClient;
  let initiativeId: string;
  let hoursBenefit: string;
  let dkkBenefit: string;
  let goalId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    await t.dataSource.query(`UPDATE organisation SET settings = '{"hourlyRateDkk": 400}' WHERE id = $1`, [org.organisation.id]);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    owner = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    initiativeId = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    const benefits = `/api/v1/initiatives/${initiativeId}/benefits`;
    hoursBenefit = (await lead.post(benefits).send(benefitInput({ ownerUserId: owner.user.id })).expect(201)).body.id;
    dkkBenefit = (await lead.post(benefits).send(benefitInput({ type: 'economic', unit: 'DKK', ownerUserId: owner.user.id })).expect(201)).body.id;
    goalId = (await lead.post(`/api/v1/initiatives/${initiativeId}/goals`).send(goalInput()).expect(201)).body.id;
  });
  afterAll(() => t?.close());

  it('turns a time study into hours (and DKK at the organisation’s rate) stored with its inputs', async () => {
    const body = { kind: 'after', measuredOn: '2026-02-01', timeStudy: { minutesBefore: 12, minutesAfter: 3, casesPerYear: 20000 }, evidenceUrl: 'https://intra.example.dk/tidsstudie' };
    const m: Measurement = (await owner.post(`/api/v1/benefits/${hoursBenefit}/measurements`).send(body).expect(201)).body;
    expect(m).toMatchObject({ value: 3000, recordedBy: { id: owner.user.id }, timeStudy: { minutesBefore: 12, minutesAfter: 3, casesPerYear: 20000, hourlyRate: 400, hoursPerYear: 3000, dkkPerYear: 1200000 } });
    const [audit] = await t.dataSource.query(`SELECT action, actor_user_id FROM audit_log WHERE table_name = 'measurement' AND row_id = $1`, [m.id]);
    expect(audit).toEqual({ action: 'insert', actor_user_id: owner.user.id });
    const list: Measurement[] = (await lead.get(`/api/v1/benefits/${hoursBenefit}/measurements`).expect(200)).body;
    expect(list.map((x) => x.id)).toEqual([m.id]);
  });

  it('refuses bad measurements with the field and writes nothing', async () => {
    const count = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM measurement'))[0].n as number;
    const before = await count();
    const field = async (url: string, body: object) => (await owner.post(url).send(body).expect(400)).body.details[0].field as string;
    const onHours = `/api/v1/benefits/${hoursBenefit}/measurements`;
    const study = { minutesBefore: 5, minutesAfter: 1, casesPerYear: 10 };
    expect(await field(`/api/v1/benefits/${dkkBenefit}/measurements`, { kind: 'after', measuredOn: '2026-01-01', timeStudy: study })).toBe('timeStudy');
    expect(await field(onHours, { kind: 'after', measuredOn: '2026-01-01', value: 1, timeStudy: study })).toBe('timeStudy');
    expect(await field(onHours, { kind: 'after', measuredOn: '2026-01-01' })).toBe('value');
    expect(await field(onHours, { kind: 'after', measuredOn: '2026-01-01', value: 'ti' })).toBe('value');
    expect(await field(onHours, { kind: 'after', measuredOn: '2026-01-01', value: 1, unit: 'DKK' })).toBe('unit');
    expect(await field(onHours, { kind: 'after', measuredOn: danishToday(3), value: 1 })).toBe('measuredOn');
    expect(await field(onHours, { kind: 'later', measuredOn: '2026-01-01', value: 1 })).toBe('kind');
    expect(await field(onHours, { kind: 'after', measuredOn: '2026-01-01', timeStudy: { ...study, casesPerYear: -1 } })).toBe('timeStudy.casesPerYear');
    expect(await count()).toBe(before);
    await owner.post(onHours).send({ kind: 'after', measuredOn: danishToday(1), value: 1, unit: 'hours' }).expect(201);
  });

  it('schedules evaluation points, shows overdue ones in "Mine gevinster" and fulfils them with a measurement', async () => {
    const points: EvaluationPointView[] = (
      await lead.post(`/api/v1/benefits/${dkkBenefit}/evaluation-points/schedule`).send({ start: '2025-01-31', monthsApart: 3, count: 3, label: 'Kvartalsmåling' }).expect(201)
    ).body;
    expect(points.map((p) => p.dueDate)).toEqual(['2025-04-30', '2025-07-31', '2025-10-31']);
    expect(points.every((p) => p.overdue)).toBe(true);
    await owner.post(`/api/v1/benefits/${dkkBenefit}/evaluation-points`).send({ dueDate: daysFromToday(400) }).expect(403);
    await lead.post(`/api/v1/goals/${goalId}/evaluation-points`).send({ dueDate: daysFromToday(400) }).expect(201);

    let mine: MyBenefit[] = (await owner.get('/api/v1/me/benefits').expect(200)).body;
    expect(mine.map((b) => b.id)).toEqual([dkkBenefit, hoursBenefit]);
    expect(mine[0]).toMatchObject({ overdueCount: 3, initiative: { id: initiativeId }, latestMeasurement: null });
    expect(mine[1].latestMeasurement).toMatchObject({ value: 1 });

    await owner.post(`/api/v1/benefits/${dkkBenefit}/measurements`).send({ kind: 'during', measuredOn: '2025-05-02', value: 50000 }).expect(201);
    const m = (await owner.post(`/api/v1/benefits/${dkkBenefit}/measurements`).send({ kind: 'during', measuredOn: '2025-12-01', value: 80000, evaluationPointId: points[2].id }).expect(201)).body;
    await owner.post(`/api/v1/benefits/${dkkBenefit}/measurements`).send({ kind: 'during', measuredOn: '2025-12-02', value: 1, evaluationPointId: points[2].id }).expect(422);
    const after: EvaluationPointView[] = (await owner.get(`/api/v1/benefits/${dkkBenefit}/evaluation-points`).expect(200)).body;
    expect(after.map((p) => [p.measuredOn, p.overdue])).toEqual([['2025-05-02', false], [null, true], ['2025-12-01', false]]);
    expect(after[2].measurementId).toBe(m.id);
    mine = (await owner.get('/api/v1/me/benefits').expect(200)).body;
    expect(mine.find((b) => b.id === dkkBenefit)).toMatchObject({ overdueCount: 1, latestMeasurement: { value: 80000, measuredOn: '2025-12-01' } });
    expect((await lead.get('/api/v1/me/benefits').expect(200)).body).toEqual([]);
  });

  it('refuses a schedule that runs past 2100 and hides measurements of other organisations', async () => {
    await lead.post(`/api/v1/goals/${goalId}/evaluation-points/schedule`).send({ start: '2099-01-01', monthsApart: 24, count: 2 }).expect(400);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    const stranger = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    await stranger.get(`/api/v1/goals/${goalId}/measurements`).expect(404);
    await stranger.post(`/api/v1/benefits/${hoursBenefit}/measurements`).send({ kind: 'after', measuredOn: '2026-01-01', value: 1 }).expect(404);
  });
});
