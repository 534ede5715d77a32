import type { Decision, HealthFinding, InitiativeGovernance, Page, SteeringGroup } from '@gevinst/domain';
import { testToday } from '../support/clock';
import { createReview, steeringGroupInput } from '../factories/governance.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient, createUser } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

type GateAnswer = { governance: InitiativeGovernance; checklist: HealthFinding[] };

describe('governance: steering groups, gates and the decision log', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let lead: ApiClient;
  let otherLead: ApiClient;
  let director: ApiClient;
  /** Sits in the department-level group (a parent of the project group), holds no deciding role. */
  let member: ApiClient;
  /** Sits only in a group outside the chain. */
  let outsider: ApiClient;
  let top: SteeringGroup;
  let department: SteeringGroup;
  let project: SteeringGroup;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    otherLead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    director = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    member = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    outsider = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    top = await createGroup({ name: 'Direktionen', level: 'directorate' });
    department = await createGroup({ name: 'Digitaliseringsstyregruppen', level: 'department', parentId: top.id, memberUserIds: [member.user.id] });
    project = await createGroup({ level: 'project', parentId: department.id });
    await createGroup({ level: 'department', parentId: top.id, chairUserId: outsider.user.id });
  });
  afterAll(() => t?.close());

  const createGroup = async (body: object): Promise<SteeringGroup> =>
    (await admin.post('/api/v1/steering-groups').send(steeringGroupInput(body)).expect(201)).body;
  const newInitiative = async () =>
    (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id as string;
  const governanceOf = (id: string) => `/api/v1/initiatives/${id}/governance`;
  const decisionsOf = (id: string) => `/api/v1/initiatives/${id}/decisions`;
  const gateOf = (id: string) => `/api/v1/initiatives/${id}/gate-request`;
  const phaseOf = async (id: string) =>
    (await t.dataSource.query('SELECT phase, version FROM initiative WHERE id = $1', [id]))[0] as { phase: string; version: number };
  /** An initiative led by `lead`, steered by the project group. */
  const steeredInitiative = async () => {
    const id = await newInitiative();
    await lead.put(governanceOf(id)).send({ version: 1, steeringGroupId: project.id }).expect(200);
    return id;
  };
  const decide = (client: ApiClient, id: string, body: object, status: number) => client.post(decisionsOf(id)).send(body).expect(status);

  it('keeps steering groups with chair, members and initiative counts; admin only writes; names are unique', async () => {
    const chair = await createUser(t.dataSource, org.organisation.id, ['directorate']);
    const group = await createGroup({ name: 'Styregruppe for velfærdsteknologi', level: 'project', parentId: department.id, chairUserId: chair.id });
    expect(group).toMatchObject({ level: 'project', parentId: department.id, chair: { id: chair.id }, initiativeCount: 0, version: 1 });
    // The chair is always a member.
    expect(group.members).toEqual([{ id: chair.id, name: chair.name }]);

    const list: SteeringGroup[] = (await lead.get('/api/v1/steering-groups').expect(200)).body;
    expect(list.map((g) => g.level).slice(0, 1)).toEqual(['directorate']);
    expect(list.find((g) => g.id === department.id)).toMatchObject({ members: [{ id: member.user.id }] });
    expect((await lead.get(`/api/v1/steering-groups/${group.id}`).expect(200)).body).toMatchObject({ id: group.id, chair: { id: chair.id } });

    const changed: SteeringGroup = (
      await admin.patch(`/api/v1/steering-groups/${group.id}`).send({ version: 1, name: 'Velfærdsteknologi', memberUserIds: [member.user.id] }).expect(200)
    ).body;
    expect(changed).toMatchObject({ name: 'Velfærdsteknologi', version: 2 });
    expect(changed.members.map((m) => m.id).sort()).toEqual([chair.id, member.user.id].sort());
    const stale = (await admin.patch(`/api/v1/steering-groups/${group.id}`).send({ version: 1, name: 'Gammel' }).expect(409)).body;
    expect(stale.current).toMatchObject({ version: 2, name: 'Velfærdsteknologi' });
    const duplicate = (await admin.post('/api/v1/steering-groups').send(steeringGroupInput({ name: 'Velfærdsteknologi' })).expect(409)).body;
    expect(duplicate.details[0].field).toBe('name');
    await admin.patch(`/api/v1/steering-groups/${group.id}`).send({ version: 2, name: 'Direktionen' }).expect(409);

    await lead.post('/api/v1/steering-groups').send(steeringGroupInput()).expect(403);
    await director.patch(`/api/v1/steering-groups/${group.id}`).send({ version: 2, name: 'X' }).expect(403);
    expect((await admin.post('/api/v1/steering-groups').send({ name: ' ', level: 'board' }).expect(400)).body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'level',
      'name',
    ]);

    await admin.delete(`/api/v1/steering-groups/${group.id}?version=1`).expect(409);
    await admin.delete(`/api/v1/steering-groups/${group.id}?version=2`).expect(204);
    await lead.get(`/api/v1/steering-groups/${group.id}`).expect(404);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM steering_group_member WHERE group_id = $1', [group.id]);
    expect(n).toBe(0);
  });

  it('refuses cycles, levels out of order, and parents and users of other organisations (422), writing nothing', async () => {
    const field = async (call: Promise<{ body: { details?: { field: string }[] } }>) => (await call).body.details?.map((d) => d.field);
    expect(await field(admin.post('/api/v1/steering-groups').send(steeringGroupInput({ level: 'directorate', parentId: top.id })).expect(422))).toEqual(['parentId']);
    expect(await field(admin.post('/api/v1/steering-groups').send(steeringGroupInput({ level: 'department', parentId: project.id })).expect(422))).toEqual(['level']);

    const upper = await createGroup({ level: 'department', parentId: top.id });
    const lower = await createGroup({ level: 'department', parentId: upper.id });
    expect(await field(admin.patch(`/api/v1/steering-groups/${upper.id}`).send({ version: 1, parentId: lower.id }).expect(422))).toEqual(['parentId']);
    expect(await field(admin.patch(`/api/v1/steering-groups/${upper.id}`).send({ version: 1, parentId: upper.id }).expect(422))).toEqual(['parentId']);
    // The group below would end up above its parent.
    expect(await field(admin.patch(`/api/v1/steering-groups/${upper.id}`).send({ version: 1, level: 'project' }).expect(422))).toEqual(['level']);
    // A group that reports upward cannot become a directorate group.
    expect(await field(admin.patch(`/api/v1/steering-groups/${upper.id}`).send({ version: 1, level: 'directorate' }).expect(422))).toEqual(['parentId']);

    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FSG' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const foreignGroup: SteeringGroup = (await foreignAdmin.post('/api/v1/steering-groups').send(steeringGroupInput({ level: 'directorate' })).expect(201)).body;
    const stranger = await createUser(t.dataSource, foreign.organisation.id, ['directorate']);
    expect(await field(admin.post('/api/v1/steering-groups').send(steeringGroupInput({ parentId: foreignGroup.id })).expect(422))).toEqual(['parentId']);
    expect(await field(admin.post('/api/v1/steering-groups').send(steeringGroupInput({ memberUserIds: [stranger.id] })).expect(422))).toEqual(['memberUserIds']);
    expect(await field(admin.post('/api/v1/steering-groups').send(steeringGroupInput({ chairUserId: stranger.id })).expect(422))).toEqual(['chairUserId']);
    expect(await field(admin.patch(`/api/v1/steering-groups/${lower.id}`).send({ version: 1, memberUserIds: [stranger.id] }).expect(422))).toEqual(['memberUserIds']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM steering_group_member WHERE user_id = $1', [stranger.id]);
    expect(n).toBe(0);
    expect((await admin.get(`/api/v1/steering-groups/${upper.id}`).expect(200)).body).toMatchObject({ version: 1, level: 'department', parentId: top.id });

    // Still in use: groups below it, initiatives assigned to it.
    await admin.delete(`/api/v1/steering-groups/${upper.id}?version=1`).expect(422);
    const id = await newInitiative();
    await lead.put(governanceOf(id)).send({ version: 1, steeringGroupId: lower.id }).expect(200);
    expect((await admin.get(`/api/v1/steering-groups/${lower.id}`).expect(200)).body.initiativeCount).toBe(1);
    await admin.delete(`/api/v1/steering-groups/${lower.id}?version=1`).expect(422);
  });

  it('sets who steers an initiative and computes its chain up to the directorate', async () => {
    const id = await newInitiative();
    const defaults: InitiativeGovernance = (await lead.get(governanceOf(id)).expect(200)).body;
    expect(defaults).toEqual({
      initiativeId: id,
      phase: 'idea',
      steeringGroup: null,
      chain: [],
      projectOwner: null,
      gateRequest: null,
      pausedFromPhase: null,
      version: 1,
      can: { manage: true, requestGate: true, decide: false },
    });
    const owner = await createUser(t.dataSource, org.organisation.id, ['directorate']);
    const set: InitiativeGovernance = (await lead.put(governanceOf(id)).send({ version: 1, steeringGroupId: project.id, projectOwnerUserId: owner.id }).expect(200)).body;
    expect(set).toMatchObject({ steeringGroup: { id: project.id, level: 'project' }, projectOwner: { id: owner.id, name: owner.name }, version: 2 });
    expect(set.chain.map((g) => [g.id, g.level])).toEqual([
      [project.id, 'project'],
      [department.id, 'department'],
      [top.id, 'directorate'],
    ]);
    // Both clients saw the defaults: the second one is stale.
    expect((await admin.put(governanceOf(id)).send({ version: 1, steeringGroupId: null }).expect(409)).body.current).toMatchObject({ version: 2 });
    // Fields left out stay as they are.
    expect((await admin.put(governanceOf(id)).send({ version: 2, projectOwnerUserId: null }).expect(200)).body).toMatchObject({
      steeringGroup: { id: project.id },
      projectOwner: null,
      version: 3,
    });

    expect((await member.get(governanceOf(id)).expect(200)).body.can).toEqual({ manage: false, requestGate: false, decide: true });
    expect((await outsider.get(governanceOf(id)).expect(200)).body.can).toEqual({ manage: false, requestGate: false, decide: false });
    expect((await director.get(governanceOf(id)).expect(200)).body.can.decide).toBe(true);

    await otherLead.put(governanceOf(id)).send({ version: 3, steeringGroupId: null }).expect(403);
    await director.put(governanceOf(id)).send({ version: 3, steeringGroupId: null }).expect(403);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FGV' });
    const stranger = await createUser(t.dataSource, foreign.organisation.id, ['project_lead']);
    expect((await lead.put(governanceOf(id)).send({ version: 3, projectOwnerUserId: stranger.id }).expect(422)).body.details[0].field).toBe('projectOwnerUserId');
    expect((await lead.put(governanceOf(id)).send({ version: 3, steeringGroupId: crypto.randomUUID() }).expect(422)).body.details[0].field).toBe('steeringGroupId');
    expect((await lead.get(governanceOf(id)).expect(200)).body.version).toBe(3);
  });

  it('takes a gate request only for the next phase, answers with its checklist, and lets it be withdrawn', async () => {
    const id = await steeredInitiative();
    const skipped = (await lead.post(gateOf(id)).send({ toPhase: 'implementation' }).expect(422)).body;
    expect(skipped.message).toMatch(/cannot be skipped or moved backwards/);
    expect(skipped.details[0].field).toBe('toPhase');
    await lead.post(gateOf(id)).send({ toPhase: 'idea' }).expect(422);
    await lead.post(gateOf(id)).send({ toPhase: 'paused' }).expect(422);
    await lead.post(gateOf(id)).send({ toPhase: 'someday' }).expect(400);
    await otherLead.post(gateOf(id)).send({ toPhase: 'analysis' }).expect(403);
    await director.post(gateOf(id)).send({ toPhase: 'analysis' }).expect(403);

    const answer: GateAnswer = (await lead.post(gateOf(id)).send({ toPhase: 'analysis', note: 'Klar til analyse' }).expect(200)).body;
    expect(answer.governance.gateRequest).toMatchObject({ toPhase: 'analysis', note: 'Klar til analyse', requestedBy: { id: lead.user.id } });
    expect(Array.isArray(answer.checklist)).toBe(true);
    await lead.delete(gateOf(id)).expect(204);
    expect((await lead.get(governanceOf(id)).expect(200)).body.gateRequest).toBeNull();
    await lead.delete(gateOf(id)).expect(204);
    await otherLead.delete(gateOf(id)).expect(403);
  });

  it('refuses a decision by someone outside the chain and changes nothing; a parent group member and the directorate decide', async () => {
    const id = await steeredInitiative();
    await lead.post(gateOf(id)).send({ toPhase: 'analysis' }).expect(200);
    const before = await phaseOf(id);
    const approve = { kind: 'approve_phase', toPhase: 'analysis' };
    expect((await decide(outsider, id, approve, 403)).body.message).toBe("Only the directorate or members of the initiative's steering group chain decide");
    // The portfolio office keeps the groups but does not decide.
    await decide(admin, id, approve, 403);
    await decide(lead, id, approve, 403);
    expect(await phaseOf(id)).toEqual(before);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM decision WHERE initiative_id = $1', [id]))[0].n).toBe(0);

    const decision: Decision = (await decide(member, id, approve, 201)).body;
    expect(decision).toMatchObject({
      kind: 'approve_phase',
      fromPhase: 'idea',
      toPhase: 'analysis',
      decidedBy: { id: member.user.id },
      steeringGroup: { id: department.id, name: department.name },
      reviewId: null,
      openFindings: [],
    });
    expect(await phaseOf(id)).toEqual({ phase: 'analysis', version: before.version + 1 });
    expect((await lead.get(governanceOf(id)).expect(200)).body.gateRequest).toBeNull();
    // The audit trail records the phase change and who made it.
    const audit = await t.dataSource.query(
      `SELECT actor_user_id FROM audit_log WHERE table_name = 'initiative' AND row_id = $1 AND before ->> 'phase' = 'idea' AND after ->> 'phase' = 'analysis'`,
      [id],
    );
    expect(audit).toEqual([{ actor_user_id: member.user.id }]);

    // The directorate decides outside any group; a review puts the review's group on the decision.
    const scaled: Decision = (await decide(director, id, { kind: 'scale' }, 201)).body;
    expect(scaled).toMatchObject({ kind: 'scale', fromPhase: 'analysis', toPhase: 'analysis', steeringGroup: null, decidedBy: { id: director.user.id } });
    const reviewId = await createReview(t.dataSource, org.organisation.id, top.id);
    const inReview: Decision = (await decide(director, id, { kind: 'reprioritise', reason: 'Lavere gevinst end ventet', reviewId }, 201)).body;
    expect(inReview).toMatchObject({ reviewId, steeringGroup: { id: top.id }, reason: 'Lavere gevinst end ventet' });
    expect((await decide(director, id, { kind: 'scale', reviewId: crypto.randomUUID() }, 422)).body.details[0].field).toBe('reviewId');
    expect((await decide(director, id, { kind: 'reprioritise' }, 400)).body.details[0].field).toBe('reason');
    await decide(director, id, { kind: 'approve' }, 400);
  });

  it('moves only to the next phase, and passing a gate with open findings needs a reason kept with the decision', async () => {
    const id = await steeredInitiative();
    await decide(director, id, { kind: 'approve_phase', toPhase: 'analysis' }, 201);
    // RISK-1 (a risk without a handler) applies from analysis.
    await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ handler: null })).expect(201);
    const gate: GateAnswer = (await lead.post(gateOf(id)).send({ toPhase: 'implementation' }).expect(200)).body;
    expect(gate.checklist.map((f) => f.ruleId)).toContain('RISK-1');

    expect((await decide(director, id, { kind: 'approve_phase' }, 400)).body.details[0].field).toBe('toPhase');
    expect((await decide(director, id, { kind: 'approve_phase', toPhase: 'realisation' }, 422)).body.message).toMatch(/cannot be skipped or moved backwards/);
    await decide(director, id, { kind: 'approve_phase', toPhase: 'idea' }, 422);
    const refused = (await decide(member, id, { kind: 'approve_phase', toPhase: 'implementation' }, 400)).body;
    expect(refused.details).toEqual([{ field: 'reason', messages: ['Passing a gate with open findings needs a written reason'] }]);
    expect((await phaseOf(id)).phase).toBe('analysis');

    const passed: Decision = (await decide(member, id, { kind: 'approve_phase', toPhase: 'implementation', reason: 'Leverandøren håndterer risikoen' }, 201)).body;
    expect(passed).toMatchObject({ toPhase: 'implementation', reason: 'Leverandøren håndterer risikoen' });
    expect(passed.openFindings.map((f) => f.ruleId)).toEqual(gate.checklist.map((f) => f.ruleId));
    expect(passed.openFindings[0]).toEqual({ ruleId: gate.checklist[0].ruleId, message: gate.checklist[0].message });
    const [stored] = await t.dataSource.query('SELECT open_findings FROM decision WHERE id = $1', [passed.id]);
    expect(stored.open_findings).toEqual(passed.openFindings);
    expect((await phaseOf(id)).phase).toBe('implementation');
  });

  it('pauses with a reason and continues in the phase it was paused in; a stopped initiative takes no more decisions', async () => {
    const id = await steeredInitiative();
    await decide(director, id, { kind: 'approve_phase', toPhase: 'analysis' }, 201);
    expect((await decide(member, id, { kind: 'pause' }, 400)).body.details[0].field).toBe('reason');
    const paused: Decision = (await decide(member, id, { kind: 'pause', reason: 'Afventer budget' }, 201)).body;
    expect(paused).toMatchObject({ fromPhase: 'analysis', toPhase: 'paused' });
    expect((await lead.get(governanceOf(id)).expect(200)).body).toMatchObject({ phase: 'paused', pausedFromPhase: 'analysis', can: { requestGate: false } });
    await lead.post(gateOf(id)).send({ toPhase: 'implementation' }).expect(422);
    await decide(member, id, { kind: 'approve_phase', toPhase: 'implementation' }, 422);
    await decide(member, id, { kind: 'pause', reason: 'Igen' }, 422);

    const resumed: Decision = (await decide(member, id, { kind: 'continue' }, 201)).body;
    expect(resumed).toMatchObject({ fromPhase: 'paused', toPhase: 'analysis' });
    expect((await lead.get(governanceOf(id)).expect(200)).body).toMatchObject({ phase: 'analysis', pausedFromPhase: null });
    expect((await decide(member, id, { kind: 'continue' }, 201)).body).toMatchObject({ fromPhase: 'analysis', toPhase: 'analysis' });

    expect((await decide(director, id, { kind: 'stop' }, 400)).body.details[0].field).toBe('reason');
    expect((await decide(director, id, { kind: 'stop', reason: 'Gevinsten er væk' }, 201)).body).toMatchObject({ toPhase: 'stopped' });
    await decide(director, id, { kind: 'continue' }, 422);
    await lead.post(gateOf(id)).send({ toPhase: 'implementation' }).expect(422);
    expect((await lead.get(governanceOf(id)).expect(200)).body.can).toMatchObject({ requestGate: false, decide: false });
  });

  it('lets exactly one of two concurrent gate decisions move the initiative', async () => {
    const id = await steeredInitiative();
    const deciders = await Promise.all([0, 1].map(() => ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate'])));
    const results = await Promise.all(deciders.map((client) => client.post(decisionsOf(id)).send({ kind: 'approve_phase', toPhase: 'analysis' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(await phaseOf(id)).toMatchObject({ phase: 'analysis' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM decision WHERE initiative_id = $1 AND kind = 'approve_phase'`, [id]);
    expect(n).toBe(1);
  });

  it('keeps decisions immutable: the app role may not update or delete them', async () => {
    const id = await steeredInitiative();
    const decision: Decision = (await decide(director, id, { kind: 'scale' }, 201)).body;
    for (const statement of ["UPDATE decision SET reason = 'omskrevet' WHERE id = $1", 'DELETE FROM decision WHERE id = $1']) {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query('SET LOCAL ROLE gevinst_app');
        await runner.query(`SELECT set_config('app.organisation_id', $1, true)`, [org.organisation.id]);
        await expect(runner.query(statement, [decision.id])).rejects.toThrow(/permission denied/);
        await runner.rollbackTransaction();
      } finally {
        await runner.release();
      }
    }
    const [row] = await t.dataSource.query('SELECT reason FROM decision WHERE id = $1', [decision.id]);
    expect(row.reason).toBeNull();
  });

  it('lists decisions newest first per initiative and as the organisation log, filtered and paged', async () => {
    const id = await steeredInitiative();
    await decide(member, id, { kind: 'approve_phase', toPhase: 'analysis' }, 201);
    await decide(member, id, { kind: 'pause', reason: 'Afventer' }, 201);
    await decide(director, id, { kind: 'continue' }, 201);
    const log: Decision[] = (await outsider.get(decisionsOf(id)).expect(200)).body;
    expect(log.map((d) => d.kind)).toEqual(['continue', 'pause', 'approve_phase']);
    expect(log[0].initiative).toMatchObject({ id, code: expect.stringMatching(/^TST-/) });

    const query = async (q: string) => (await outsider.get(`/api/v1/decisions?${q}`).expect(200)).body as Page<Decision>;
    const all = await query('pageSize=200');
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items.map((d) => Date.parse(d.decidedAt))).toEqual([...all.items.map((d) => Date.parse(d.decidedAt))].sort((a, b) => b - a));
    const pauses = await query('kind=pause');
    expect(pauses.items.length).toBeGreaterThan(0);
    expect(pauses.items.every((d) => d.kind === 'pause')).toBe(true);
    expect((await query('kind=pause,continue')).items.every((d) => d.kind === 'pause' || d.kind === 'continue')).toBe(true);
    const inGroup = await query(`steeringGroupId=${department.id}`);
    expect(inGroup.items.length).toBeGreaterThan(0);
    expect(inGroup.items.every((d) => d.steeringGroup?.id === department.id)).toBe(true);
    const today = testToday();
    expect((await query(`from=${today}&to=${today}&pageSize=200`)).total).toBe(all.total);
    expect((await query('from=2000-01-01&to=2000-12-31')).total).toBe(0);
    const paged = await query('pageSize=1&page=2');
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(paged.items[0].id).toBe(all.items[1].id);
    await outsider.get('/api/v1/decisions?from=2026-02-01&to=2026-01-01').expect(400);
    await outsider.get('/api/v1/decisions?kind=veto').expect(400);
  });

  it('keeps other organisations out: their groups, governance and decisions are 404 and never listed', async () => {
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FDC' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const foreignDirector = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['directorate']);
    const group: SteeringGroup = (await foreignAdmin.post('/api/v1/steering-groups').send(steeringGroupInput({ level: 'directorate' })).expect(201)).body;
    const id = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id as string;
    await foreignAdmin.put(governanceOf(id)).send({ version: 1, steeringGroupId: group.id }).expect(200);
    const decision: Decision = (await decide(foreignDirector, id, { kind: 'scale' }, 201)).body;

    await admin.get(`/api/v1/steering-groups/${group.id}`).expect(404);
    await admin.patch(`/api/v1/steering-groups/${group.id}`).send({ version: 1, name: 'Overtaget' }).expect(404);
    await admin.delete(`/api/v1/steering-groups/${group.id}?version=1`).expect(404);
    await admin.get(governanceOf(id)).expect(404);
    await admin.put(governanceOf(id)).send({ version: 2, steeringGroupId: null }).expect(404);
    await admin.post(gateOf(id)).send({ toPhase: 'analysis' }).expect(404);
    await admin.delete(gateOf(id)).expect(404);
    await director.post(decisionsOf(id)).send({ kind: 'scale' }).expect(404);
    await outsider.post(decisionsOf(id)).send({ kind: 'scale' }).expect(404);
    await director.get(decisionsOf(id)).expect(404);
    expect(((await admin.get('/api/v1/steering-groups').expect(200)).body as SteeringGroup[]).some((g) => g.id === group.id)).toBe(false);
    expect(((await director.get('/api/v1/decisions?pageSize=200').expect(200)).body as Page<Decision>).items.some((d) => d.id === decision.id)).toBe(false);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM decision WHERE initiative_id = $1', [id]))[0].n).toBe(1);
  });
});
