import type { EvaluationPointView } from '@gevinst/domain';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('editing and deleting evaluation points', () => {
  let t: TestApp;
  let lead: ApiClient;
  let owner: ApiClient;
  let stranger: ApiClient;
  let goalId: string;
  let benefitId: string;

  const points = async (kind: 'goals' | 'benefits', id: string): Promise<EvaluationPointView[]> =>
    (await lead.get(`/api/v1/${kind}/${id}/evaluation-points`).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    owner = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FEP' });
    stranger = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const initiativeId = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    goalId = (await lead.post(`/api/v1/initiatives/${initiativeId}/goals`).send(goalInput()).expect(201)).body.id;
    benefitId = (await lead.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput({ ownerUserId: owner.user.id })).expect(201)).body.id;
  });
  afterAll(() => t?.close());

  it('moves and renames an open point of a goal, changing only what is sent', async () => {
    const [point] = (await lead.post(`/api/v1/goals/${goalId}/evaluation-points`).send({ dueDate: '2026-06-30', label: 'Halvår' }).expect(201)).body;
    const moved: EvaluationPointView = (await lead.patch(`/api/v1/evaluation-points/${point.id}`).send({ dueDate: '2027-03-31' }).expect(200)).body;
    expect(moved).toMatchObject({ id: point.id, goalId, dueDate: '2027-03-31', label: 'Halvår', measurementId: null });
    const renamed = (await lead.patch(`/api/v1/evaluation-points/${point.id}`).send({ label: '  Årsmåling ' }).expect(200)).body;
    expect(renamed).toMatchObject({ dueDate: '2027-03-31', label: 'Årsmåling' });
    expect((await lead.patch(`/api/v1/evaluation-points/${point.id}`).send({ label: null }).expect(200)).body.label).toBeNull();
    expect((await points('goals', goalId)).map((p) => [p.dueDate, p.label])).toEqual([['2027-03-31', null]]);
  });

  it('validates like creating: date-only, 2000–2100, label length; a due date cannot be removed', async () => {
    const [point] = (await lead.post(`/api/v1/goals/${goalId}/evaluation-points`).send({ dueDate: '2028-01-31' }).expect(201)).body.filter(
      (p: EvaluationPointView) => p.dueDate === '2028-01-31',
    );
    const field = async (body: object) => (await lead.patch(`/api/v1/evaluation-points/${point.id}`).send(body).expect(400)).body.details[0].field;
    expect(await field({ dueDate: '31.03.2027' })).toBe('dueDate');
    expect(await field({ dueDate: '2027-02-30' })).toBe('dueDate');
    expect(await field({ dueDate: '2101-01-01' })).toBe('dueDate');
    expect(await field({ dueDate: null })).toBe('dueDate');
    expect(await field({ label: 'x'.repeat(201) })).toBe('label');
    expect((await points('goals', goalId)).find((p) => p.id === point.id)).toMatchObject({ dueDate: '2028-01-31', label: null });
  });

  it('deletes an open point', async () => {
    const before = await points('benefits', benefitId);
    const created: EvaluationPointView[] = (await lead.post(`/api/v1/benefits/${benefitId}/evaluation-points`).send({ dueDate: '2026-12-31' }).expect(201)).body;
    const point = created.find((p) => !before.some((b) => b.id === p.id))!;
    await lead.delete(`/api/v1/evaluation-points/${point.id}`).expect(204);
    expect((await points('benefits', benefitId)).map((p) => p.id)).toEqual(before.map((p) => p.id));
    await lead.delete(`/api/v1/evaluation-points/${point.id}`).expect(404);
  });

  it('refuses to edit or delete a point a measurement has fulfilled', async () => {
    const [point] = (await lead.post(`/api/v1/benefits/${benefitId}/evaluation-points`).send({ dueDate: '2025-03-31' }).expect(201)).body;
    await owner.post(`/api/v1/benefits/${benefitId}/measurements`).send({ kind: 'during', measuredOn: '2025-04-02', value: 5, evaluationPointId: point.id }).expect(201);
    const edit = await lead.patch(`/api/v1/evaluation-points/${point.id}`).send({ dueDate: '2025-06-30' }).expect(422);
    expect(edit.body).toMatchObject({ code: 'INVALID_STATE' });
    expect(edit.body.message).toMatch(/fulfilled/);
    expect((await lead.delete(`/api/v1/evaluation-points/${point.id}`).expect(422)).body.code).toBe('INVALID_STATE');
    expect((await points('benefits', benefitId)).find((p) => p.id === point.id)).toMatchObject({ dueDate: '2025-03-31', measuredOn: '2025-04-02' });
  });

  it('refuses the benefit owner (who may only measure), and answers 404 for foreign or unknown points', async () => {
    const created: EvaluationPointView[] = (await lead.post(`/api/v1/benefits/${benefitId}/evaluation-points`).send({ dueDate: '2029-06-30' }).expect(201)).body;
    const point = created.find((p) => p.dueDate === '2029-06-30')!;
    await owner.patch(`/api/v1/evaluation-points/${point.id}`).send({ dueDate: '2029-09-30' }).expect(403);
    await owner.delete(`/api/v1/evaluation-points/${point.id}`).expect(403);
    await stranger.patch(`/api/v1/evaluation-points/${point.id}`).send({ dueDate: '2029-09-30' }).expect(404);
    await stranger.delete(`/api/v1/evaluation-points/${point.id}`).expect(404);
    await lead.patch('/api/v1/evaluation-points/00000000-0000-4000-8000-000000000000').send({ label: 'x' }).expect(404);
    await lead.patch('/api/v1/evaluation-points/not-a-uuid').send({ label: 'x' }).expect(404);
    expect((await points('benefits', benefitId)).find((p) => p.id === point.id)?.dueDate).toBe('2029-06-30');
  });
});
