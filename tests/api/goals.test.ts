import type { BenefitSummary, Goal } from '@gevinst/domain';
import { goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('goals and strategic goals', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let lead: ApiClient;
  let otherLead: ApiClient;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    otherLead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    initiativeId = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
  });
  afterAll(() => t?.close());

  const goalsUrl = () => `/api/v1/initiatives/${initiativeId}/goals`;

  it('computes the Rudersdal example through the API: 0 % → 50 %, measured 38 % is 76 % achieved', async () => {
    const strategic = (await admin.post('/api/v1/strategic-goals').send({ title: 'Effektiv administration' }).expect(201)).body;
    const goal: Goal = (await lead.post(goalsUrl()).send(goalInput({ strategicGoalId: strategic.id })).expect(201)).body;
    expect(goal).toMatchObject({ baselineValue: 0, targetValue: 50, strategicGoalId: strategic.id, version: 1, can: { manage: true, record: true } });
    await lead.post(`/api/v1/goals/${goal.id}/measurements`).send({ kind: 'during', measuredOn: '2026-01-15', value: 38, unit: '%' }).expect(201);
    const summary: BenefitSummary = (await lead.get(`/api/v1/initiatives/${initiativeId}/benefit-summary`).expect(200)).body;
    const progress = summary.goals.find((g) => g.goal.id === goal.id)!;
    expect(progress.latestMeasurement).toMatchObject({ value: 38, measuredOn: '2026-01-15' });
    expect(progress.achievementPercent).toBeCloseTo(76, 10);
    expect(typeof progress.goal.targetValue).toBe('number');
  });

  it('refuses a target equal to the baseline, non-numeric and non-finite values, with field details and nothing written', async () => {
    const before = (await lead.get(goalsUrl()).expect(200)).body.length;
    const equal = (await lead.post(goalsUrl()).send(goalInput({ baselineValue: 50, targetValue: 50 })).expect(400)).body;
    expect(equal.details).toEqual([{ field: 'targetValue', messages: [expect.stringMatching(/differ from baselineValue/)] }]);
    const text = (await lead.post(goalsUrl()).send({ ...goalInput(), targetValue: '50' }).expect(400)).body;
    expect(text.details.map((d: { field: string }) => d.field)).toEqual(['targetValue']);
    await lead.post(goalsUrl()).set('Content-Type', 'application/json').send('{"title":"x","indicatorName":"y","unit":"%","direction":"higher","targetValue":1e400,"targetDate":"2026-01-01"}').expect(400);
    await lead.post(goalsUrl()).send(goalInput({ direction: 'sideways' as never })).expect(400);
    await lead.post(goalsUrl()).send(goalInput({ baselineDate: null })).expect(400);
    expect((await lead.get(goalsUrl()).expect(200)).body.length).toBe(before);
  });

  it('allows an unambitious target (flagged by health rules, not refused) and a lower-is-better goal', async () => {
    await lead.post(goalsUrl()).send(goalInput({ baselineValue: 10, targetValue: 5 })).expect(201);
    const lower = (await lead.post(goalsUrl()).send(goalInput({ direction: 'lower', baselineValue: 20, targetValue: 10, unit: 'dage' })).expect(201)).body;
    await lead.post(`/api/v1/goals/${lower.id}/measurements`).send({ kind: 'after', measuredOn: '2026-01-20', value: 15 }).expect(201);
    const summary: BenefitSummary = (await lead.get(`/api/v1/initiatives/${initiativeId}/benefit-summary`).expect(200)).body;
    expect(summary.goals.find((g) => g.goal.id === lower.id)!.achievementPercent).toBeCloseTo(50, 10);
  });

  it('updates with the version and answers 409 with the current goal when stale; deletes with ?version', async () => {
    const goal: Goal = (await lead.post(goalsUrl()).send(goalInput()).expect(201)).body;
    const changed = (await lead.patch(`/api/v1/goals/${goal.id}`).send({ version: 1, targetValue: 60 }).expect(200)).body;
    expect(changed).toMatchObject({ targetValue: 60, version: 2 });
    const stale = (await lead.patch(`/api/v1/goals/${goal.id}`).send({ version: 1, targetValue: 70 }).expect(409)).body;
    expect(stale).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 2, targetValue: 60 } });
    await lead.patch(`/api/v1/goals/${goal.id}`).send({ version: 2, baselineValue: 60 }).expect(400);
    await lead.patch(`/api/v1/goals/${goal.id}`).send({ version: 2, title: null }).expect(400);
    await lead.delete(`/api/v1/goals/${goal.id}?version=1`).expect(409);
    await lead.delete(`/api/v1/goals/${goal.id}`).expect(400);
    await lead.delete(`/api/v1/goals/${goal.id}?version=2`).expect(204);
    await lead.patch(`/api/v1/goals/${goal.id}`).send({ version: 2, title: 'x' }).expect(404);
  });

  it('lets a project lead change only the goals of initiatives they lead', async () => {
    const goal: Goal = (await lead.post(goalsUrl()).send(goalInput()).expect(201)).body;
    await otherLead.post(goalsUrl()).send(goalInput()).expect(403);
    await otherLead.patch(`/api/v1/goals/${goal.id}`).send({ version: 1, title: 'Kapret' }).expect(403);
    await otherLead.post(`/api/v1/goals/${goal.id}/measurements`).send({ kind: 'during', measuredOn: '2026-01-15', value: 1 }).expect(403);
    expect((await otherLead.get(goalsUrl()).expect(200)).body.find((g: Goal) => g.id === goal.id).can).toEqual({ manage: false, record: false });
    await admin.patch(`/api/v1/goals/${goal.id}`).send({ version: 1, title: 'Rettet af porteføljekontoret' }).expect(200);
  });

  it('refuses a strategic goal of another organisation with 422 and the field', async () => {
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const theirs = (await foreignAdmin.post('/api/v1/strategic-goals').send({ title: 'Deres mål' }).expect(201)).body;
    const body = (await lead.post(goalsUrl()).send(goalInput({ strategicGoalId: theirs.id })).expect(422)).body;
    expect(body.details).toEqual([{ field: 'strategicGoalId', messages: ['Unknown strategic goal'] }]);
    expect((await admin.get('/api/v1/strategic-goals').expect(200)).body.map((s: { id: string }) => s.id)).not.toContain(theirs.id);
  });

  it('manages strategic goals as admin with versions, and records an audit row for a create', async () => {
    const created = (await admin.post('/api/v1/strategic-goals').send({ title: '  Bedre velfærd ', description: '' }).expect(201)).body;
    expect(created).toMatchObject({ title: 'Bedre velfærd', description: null, version: 1 });
    const [row] = await t.dataSource.query(`SELECT action, actor_user_id, after FROM audit_log WHERE table_name = 'strategic_goal' AND row_id = $1`, [created.id]);
    expect(row).toMatchObject({ action: 'insert', actor_user_id: admin.user.id, after: { title: 'Bedre velfærd' } });
    await admin.patch(`/api/v1/strategic-goals/${created.id}`).send({ version: 1, title: 'Bedre velfærd for alle' }).expect(200);
    await admin.patch(`/api/v1/strategic-goals/${created.id}`).send({ version: 1, title: 'x' }).expect(409);
    await lead.post('/api/v1/strategic-goals').send({ title: 'x' }).expect(403);
    await admin.delete(`/api/v1/strategic-goals/${created.id}?version=2`).expect(204);
  });
});
