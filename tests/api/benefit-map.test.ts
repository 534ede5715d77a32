import type { Benefit, BenefitMap, Goal, HealthFinding } from '@gevinst/domain';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser } from '../support/api-client';
import { daysFromToday, danishShort, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

/** The benefit map (gevinstdiagram): one model with the goals and benefits, links left to right, the map's rules. */
describe('benefit map', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let owner: ApiClient;
  let directorate: ApiClient;
  let initiativeId: string;
  let goal: Goal;
  let benefit: Benefit;
  let strategicGoalId: string;

  const mapUrl = (id = initiativeId) => `/api/v1/initiatives/${id}/benefit-map`;
  const addNode = (body: object, client = lead) => client.post(`${mapUrl()}/nodes`).send(body);
  const link = (from: string, to: string, client = lead) => client.post(`${mapUrl()}/links`).send({ from, to });
  const benefitNow = async (): Promise<Benefit> =>
    ((await lead.get(`/api/v1/initiatives/${initiativeId}/benefits`).expect(200)).body as Benefit[]).find((b) => b.id === benefit.id) as Benefit;
  const goalNow = async (): Promise<Goal> =>
    ((await lead.get(`/api/v1/initiatives/${initiativeId}/goals`).expect(200)).body as Goal[]).find((g) => g.id === goal.id) as Goal;
  const nodeOf = (map: BenefitMap, title: string) => {
    const node = map.nodes.find((n) => n.title === title);
    if (!node) throw new Error(`no node ${title} in ${JSON.stringify(map.nodes.map((n) => n.title))}`);
    return node;
  };

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    const admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    owner = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    directorate = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    initiativeId = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    strategicGoalId = (await admin.post('/api/v1/strategic-goals').send({ title: 'Effektiv administration' }).expect(201)).body.id;
    goal = (await lead.post(`/api/v1/initiatives/${initiativeId}/goals`).send(goalInput({ title: 'Automatisk bogføring' })).expect(201)).body;
    benefit = (await lead.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput({ title: 'Frigjorte timer i bogholderiet' })).expect(201)).body;
  });
  afterAll(() => t?.close());

  it('shows the goals and benefits as nodes, once each, with no copies', async () => {
    const map: BenefitMap = (await lead.get(mapUrl()).expect(200)).body;
    expect(map.nodes.map((n) => [n.kind, n.id])).toEqual([
      ['goal', goal.id],
      ['benefit', benefit.id],
    ]);
    expect(map.links).toEqual([]);
    expect(map.can.manage).toBe(true);
    // A benefit added through its own route is a node at once.
    const second: Benefit = (await lead.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput({ title: 'Færre fejl' })).expect(201)).body;
    const after: BenefitMap = (await lead.get(mapUrl()).expect(200)).body;
    expect(after.nodes.filter((n) => n.kind === 'benefit').map((n) => n.id)).toEqual([benefit.id, second.id]);
    await lead.delete(`/api/v1/benefits/${second.id}?version=1`).expect(204);
  });

  it('builds the RPA chain: delivery → change → benefit → goal → strategic goal, the last two as the records’ own links', async () => {
    await addNode({ kind: 'delivery', title: 'Softwarerobot til bogføring' }).expect(201);
    const ownerUser = await createUser(t.dataSource, org.organisation.id, ['benefit_owner'], { name: 'Åse Ødegård' });
    let map: BenefitMap = (await addNode({ kind: 'change', title: 'Ny bogføringsrutine', ownerUserId: ownerUser.id, dueDate: daysFromToday(30) }).expect(201)).body;
    const robot = nodeOf(map, 'Softwarerobot til bogføring');
    const routine = nodeOf(map, 'Ny bogføringsrutine');
    expect(routine).toMatchObject({ kind: 'change', status: 'open', dueDate: daysFromToday(30), owner: { id: ownerUser.id, name: 'Åse Ødegård' }, version: 1 });
    expect(robot).toMatchObject({ kind: 'delivery', status: null, dueDate: null });

    await link(robot.id, routine.id).expect(201);
    await link(routine.id, benefit.id).expect(201);
    await link(benefit.id, goal.id).expect(201);
    map = (await link(goal.id, strategicGoalId).expect(201)).body;
    expect(map.links).toEqual(
      expect.arrayContaining([
        { from: robot.id, to: routine.id },
        { from: routine.id, to: benefit.id },
        { from: benefit.id, to: goal.id },
        { from: goal.id, to: strategicGoalId },
      ]),
    );
    expect(map.links).toHaveLength(4);
    expect(nodeOf(map, 'Effektiv administration').kind).toBe('strategic_goal');
    // One model: the benefit's goal and the goal's strategic goal are those links.
    expect((await benefitNow()).goalId).toBe(goal.id);
    const goals: Goal[] = (await lead.get(`/api/v1/initiatives/${initiativeId}/goals`).expect(200)).body;
    expect(goals[0].strategicGoalId).toBe(strategicGoalId);
    // A link that is there already changes nothing.
    expect((await link(robot.id, routine.id).expect(201)).body.links).toHaveLength(4);
  });

  it('refuses links against the direction, circles, and nodes of another initiative or organisation (400), writing nothing', async () => {
    const map: BenefitMap = (await lead.get(mapUrl()).expect(200)).body;
    const routine = nodeOf(map, 'Ny bogføringsrutine');
    const robot = nodeOf(map, 'Softwarerobot til bogføring');
    const training = nodeOf((await addNode({ kind: 'change', title: 'Oplæring af bogholderne' }).expect(201)).body, 'Oplæring af bogholderne');
    await link(routine.id, training.id).expect(201);

    const circle = (await link(training.id, routine.id).expect(400)).body;
    expect(circle.details).toEqual([{ field: 'to', messages: [expect.stringMatching(/circle/)] }]);
    expect((await link(training.id, training.id).expect(400)).body.details[0].field).toBe('to');
    expect((await link(robot.id, goal.id).expect(400)).body.details[0].messages[0]).toMatch(/a change or a benefit/);
    expect((await link(goal.id, benefit.id).expect(400)).body.details[0].field).toBe('to');
    expect((await link(strategicGoalId, goal.id).expect(400)).body.details[0].field).toBe('from');

    const otherInitiative = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    const foreignBenefit: Benefit = (await lead.post(`/api/v1/initiatives/${otherInitiative}/benefits`).send(benefitInput()).expect(201)).body;
    expect((await link(robot.id, foreignBenefit.id).expect(400)).body.details[0].field).toBe('to');

    const elsewhere = await createOrganisation(t.dataSource, { codePrefix: 'ELS' });
    const stranger = await ApiClient.as(t.server, t.dataSource, elsewhere.organisation.id, ['admin']);
    const theirs = (await stranger.post('/api/v1/initiatives').send(initiativeInput(elsewhere.departments.OKD.id)).expect(201)).body.id;
    const theirMap: BenefitMap = (await stranger.post(`${mapUrl(theirs)}/nodes`).send({ kind: 'delivery', title: 'Deres leverance' }).expect(201)).body;
    expect((await link(theirMap.nodes[0].id, benefit.id).expect(400)).body.details[0].field).toBe('from');
    await stranger.get(mapUrl()).expect(404);
    await stranger.post(`${mapUrl()}/nodes`).send({ kind: 'delivery', title: 'Indbrud' }).expect(404);
    await stranger.patch(`/api/v1/benefit-map-nodes/${robot.id}`).send({ version: 1, title: 'Indbrud' }).expect(404);
    await stranger.delete(`/api/v1/benefit-map-nodes/${robot.id}?version=1`).expect(404);

    const after: BenefitMap = (await lead.get(mapUrl()).expect(200)).body;
    expect(after.links).toHaveLength(5);
    expect(nodeOf(after, 'Softwarerobot til bogføring').title).toBe('Softwarerobot til bogføring');
  });

  it('validates nodes: only a change has a due date and status, unknown fields and owners are refused', async () => {
    expect((await addNode({ kind: 'delivery', title: 'X', dueDate: daysFromToday(3) }).expect(400)).body.details[0].field).toBe('dueDate');
    expect((await addNode({ kind: 'benefit', title: 'X' }).expect(400)).body.details[0].field).toBe('kind');
    expect((await addNode({ kind: 'change', title: '' }).expect(400)).body.details[0].field).toBe('title');
    expect((await addNode({ kind: 'change', title: 'X', dueDate: 'i morgen' }).expect(400)).body.details[0].field).toBe('dueDate');
    await addNode({ kind: 'change', title: 'X', colour: 'red' }).expect(400);
    const stranger = await createUser(t.dataSource, (await createOrganisation(t.dataSource, { codePrefix: 'OWN' })).organisation.id, ['admin']);
    expect((await addNode({ kind: 'change', title: 'X', ownerUserId: stranger.id }).expect(422)).body.details[0].field).toBe('ownerUserId');
  });

  it('updates a change with its version (409 when stale) and follows its status', async () => {
    const routine = nodeOf((await lead.get(mapUrl()).expect(200)).body, 'Ny bogføringsrutine');
    const updated: BenefitMap = (await lead.patch(`/api/v1/benefit-map-nodes/${routine.id}`).send({ version: routine.version, status: 'done' }).expect(200)).body;
    expect(nodeOf(updated, 'Ny bogføringsrutine')).toMatchObject({ status: 'done', version: 2 });
    await lead.patch(`/api/v1/benefit-map-nodes/${routine.id}`).send({ version: 1, status: 'open' }).expect(409);
    // Nothing to change: the version stays.
    const same: BenefitMap = (await lead.patch(`/api/v1/benefit-map-nodes/${routine.id}`).send({ version: 2, status: 'done' }).expect(200)).body;
    expect(nodeOf(same, 'Ny bogføringsrutine').version).toBe(2);
  });

  it('lets whoever reads the initiative read the map; only its lead or an admin changes it', async () => {
    const map: BenefitMap = (await directorate.get(mapUrl()).expect(200)).body;
    expect(map.can.manage).toBe(false);
    await addNode({ kind: 'delivery', title: 'Ikke tilladt' }, owner).expect(403);
    await addNode({ kind: 'delivery', title: 'Ikke tilladt' }, directorate).expect(403);
    const other = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    await addNode({ kind: 'delivery', title: 'Ikke tilladt' }, other).expect(403);
    expect((await lead.get(mapUrl()).expect(200)).body.nodes.some((n: { title: string }) => n.title === 'Ikke tilladt')).toBe(false);
  });

  it('unlinks (the benefit loses its goal), and deleting a node takes its links but leaves the benefit', async () => {
    await lead.delete(`${mapUrl()}/links`).query({ from: benefit.id, to: goal.id }).expect(204);
    expect((await benefitNow()).goalId).toBeNull();
    await lead.delete(`${mapUrl()}/links`).query({ from: benefit.id, to: goal.id }).expect(404);
    await lead.delete(`${mapUrl()}/links`).query({ from: 'nope', to: goal.id }).expect(400);
    await link(benefit.id, goal.id).expect(201);

    const map: BenefitMap = (await lead.get(mapUrl()).expect(200)).body;
    const robot = nodeOf(map, 'Softwarerobot til bogføring');
    await lead.delete(`/api/v1/benefit-map-nodes/${robot.id}?version=2`).expect(409);
    await lead.delete(`/api/v1/benefit-map-nodes/${robot.id}?version=1`).expect(204);
    const after: BenefitMap = (await lead.get(mapUrl()).expect(200)).body;
    expect(after.nodes.some((n) => n.id === robot.id)).toBe(false);
    expect(after.links.some((l) => l.from === robot.id)).toBe(false);
    expect(after.nodes.some((n) => n.id === benefit.id)).toBe(true);
  });

  it('refuses to delete a goal or benefit that carries measurements (422), and keeps it', async () => {
    await lead.post(`/api/v1/benefits/${benefit.id}/measurements`).send({ kind: 'before', measuredOn: daysFromToday(-10), value: 120 }).expect(201);
    await lead.post(`/api/v1/goals/${goal.id}/measurements`).send({ kind: 'before', measuredOn: daysFromToday(-10), value: 3 }).expect(201);
    const current: Benefit = (await benefitNow());
    const refused = (await lead.delete(`/api/v1/benefits/${benefit.id}?version=${current.version}`).expect(422)).body;
    expect(refused.message).toMatch(/1 measurement and cannot be deleted/);
    const goalVersion = (await goalNow()).version;
    await lead.delete(`/api/v1/goals/${goal.id}?version=${goalVersion}`).expect(422);
    const map: BenefitMap = (await lead.get(mapUrl()).expect(200)).body;
    expect(nodeOf(map, 'Frigjorte timer i bogholderiet').measurements).toBe(1);
    expect(nodeOf(map, 'Automatisk bogføring').measurements).toBe(1);
  });

  it('marks a dis-benefit as such in the map', async () => {
    const dis: Benefit = (await lead.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput({ title: 'Ekstra kontrol', disBenefit: true, goalId: goal.id })).expect(201)).body;
    expect(dis.disBenefit).toBe(true);
    expect(nodeOf((await lead.get(mapUrl()).expect(200)).body, 'Ekstra kontrol').disBenefit).toBe(true);
    // It counts against the hours of the benefits: 100 planned in the factory's profile, 40 lost to extra control.
    const hours = async () =>
      ((await lead.get('/api/v1/benefit-totals').expect(200)).body as { byUnit: { unit: string; planned: number }[] }).byUnit.find((x) => x.unit === 'hours')?.planned ?? 0;
    const before = await hours();
    await lead.put(`/api/v1/benefits/${dis.id}/years`).send({ version: dis.version, years: [{ year: thisYear(), planned: 40, realised: null }] }).expect(200);
    const summary = (await lead.get(`/api/v1/initiatives/${initiativeId}/benefit-summary`).expect(200)).body as { totals: { unit: string; year: number; planned: number }[] };
    expect(summary.totals.find((x) => x.unit === 'hours' && x.year === thisYear())?.planned).toBe(100 - 40);
    // Its profile went from the factory's 100 to 40 hours: the portfolio loses 40 instead of 100.
    expect(await hours()).toBe(before + 60);
    await lead.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput({ disBenefit: 'yes' as never })).expect(400);
  });

  it('runs the map rules in the health check: a change past its due date, a benefit nothing leads to', async () => {
    await t.dataSource.query(`UPDATE initiative SET phase = 'implementation' WHERE id = $1`, [initiativeId]);
    const late: BenefitMap = (await addNode({ kind: 'change', title: 'Aftale med leverandøren', dueDate: daysFromToday(-5) }).expect(201)).body;
    const findings: HealthFinding[] = (await lead.get(`/api/v1/initiatives/${initiativeId}/health`).expect(200)).body.findings;
    const gev9 = findings.find((f) => f.ruleId === 'GEV-9');
    expect(gev9).toMatchObject({ severity: 'error', theme: 'gevinstrealisering', adviceId: 'gevinstrealisering.forudsaetninger' });
    expect(gev9?.message).toContain(danishShort(daysFromToday(-5)));
    // The dis-benefit has no delivery or change leading to it.
    expect(findings.find((f) => f.ruleId === 'GEV-8')?.message).toContain('»Ekstra kontrol«');
    expect(findings.some((f) => f.ruleId === 'GEV-10')).toBe(false);

    const change = nodeOf(late, 'Aftale med leverandøren');
    await lead.patch(`/api/v1/benefit-map-nodes/${change.id}`).send({ version: 1, status: 'done' }).expect(200);
    const after: HealthFinding[] = (await lead.get(`/api/v1/initiatives/${initiativeId}/health`).expect(200)).body.findings;
    expect(after.some((f) => f.ruleId === 'GEV-9')).toBe(false);
  });
});
