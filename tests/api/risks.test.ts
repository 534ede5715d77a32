import type { Page, Risk, RiskHeatMap, RiskListItem } from '@gevinst/domain';
import { daysFromToday, testToday } from '../support/clock';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient, createUser } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('the risk register', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let otherLead: ApiClient;
  let owner: ApiClient;
  let reader: ApiClient;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    otherLead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    owner = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    initiativeId = await newInitiative(lead);
  });
  afterAll(() => t?.close());

  const newInitiative = async (client: ApiClient) => (await client.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id as string;
  const risksOf = (id: string) => `/api/v1/initiatives/${id}/risks`;

  it('scores, bands and numbers risks per initiative; everyone in the organisation reads them', async () => {
    const id = await newInitiative(lead);
    const first: Risk = (await lead.post(risksOf(id)).send(riskInput({ probability: 5, consequence: 4, residualProbability: 2, residualConsequence: 2 })).expect(201)).body;
    const second: Risk = (await lead.post(risksOf(id)).send(riskInput({ probability: 1, consequence: 4 })).expect(201)).body;
    expect(first).toMatchObject({ number: 1, score: 20, band: 'high', residualScore: 4, residualBand: 'low', status: 'open', version: 1, can: { manage: true, update: true } });
    expect(first.actions).toEqual([expect.objectContaining({ action: 'Aftal testmiljø med leverandøren', deadline: daysFromToday(30), status: 'planned' })]);
    expect(second).toMatchObject({ number: 2, score: 4, band: 'low', residualScore: null, residualBand: null });
    const read: Risk[] = (await reader.get(risksOf(id)).expect(200)).body;
    expect(read.map((r) => r.number)).toEqual([1, 2]);
    expect(read[0].can).toEqual({ manage: false, update: false });
    // Numbers are per initiative.
    expect((await lead.post(risksOf(initiativeId)).send(riskInput()).expect(201)).body.number).toBe(1);
  });

  it('refuses bad ratings, categories and dates with field-level messages, and owners of another organisation', async () => {
    const fields = async (body: object, status: number) => ((await lead.post(risksOf(initiativeId)).send(body).expect(status)).body.details as { field: string }[]).map((d) => d.field);
    expect(await fields(riskInput({ probability: 6 }), 400)).toEqual(['probability']);
    expect(await fields(riskInput({ consequence: 2.5 }), 400)).toEqual(['consequence']);
    expect(await fields(riskInput({ probability: '3' as never }), 400)).toEqual(['probability']);
    expect(await fields(riskInput({ residualProbability: 0 }), 400)).toEqual(['residualProbability']);
    expect(await fields(riskInput({ category: 'weather' as never }), 400)).toEqual(['category']);
    expect(await fields(riskInput({ handler: 'nobody' as never }), 400)).toEqual(['handler']);
    expect(await fields(riskInput({ identifiedOn: '2026-02-30' }), 400)).toEqual(['identifiedOn']);
    expect(await fields(riskInput({ identifiedOn: '2026-05-01', actions: [{ action: 'Test', deadline: '2026-04-30' }] }), 400)).toEqual(['actions.0.deadline']);
    expect(await fields(riskInput({ identifiedOn: '2026-05-01', lastReviewedOn: '2026-04-01' }), 400)).toEqual(['lastReviewedOn']);
    expect(await fields(riskInput({ title: ' ' }), 400)).toEqual(['title']);
    // Actions lower a risk: a residual rating above the inherent one is refused (docs/risks.md).
    expect(await fields(riskInput({ probability: 3, consequence: 3, residualProbability: 5, residualConsequence: 5 }), 400)).toEqual(['residualProbability', 'residualConsequence']);
    expect(await fields(riskInput({ probability: 3, consequence: 3, residualProbability: 3, residualConsequence: 4 }), 400)).toEqual(['residualConsequence']);
    const rated: Risk = (await lead.post(risksOf(initiativeId)).send(riskInput({ probability: 4, consequence: 4, residualProbability: 2, residualConsequence: 4 })).expect(201)).body;
    const lowered = await lead.patch(`/api/v1/risks/${rated.id}`).send({ version: rated.version, probability: 1 }).expect(400);
    expect(lowered.body.details.map((d: { field: string }) => d.field)).toEqual(['residualProbability']);
    expect(await fields(riskInput({ actions: Array.from({ length: 21 }, () => ({ action: 'x' })) }), 400)).toEqual(['actions']);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRR' });
    const stranger = await createUser(t.dataSource, foreign.organisation.id, ['project_lead']);
    expect(await fields(riskInput({ ownerUserId: stranger.id }), 422)).toEqual(['ownerUserId']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM risk WHERE owner_user_id = $1', [stranger.id]);
    expect(n).toBe(0);
  });

  it('lets the lead edit with the version, the risk owner only status, actions and review date, and no one else', async () => {
    const risk: Risk = (await lead.post(risksOf(initiativeId)).send(riskInput({ ownerUserId: owner.user.id })).expect(201)).body;
    const edited: Risk = (await lead.patch(`/api/v1/risks/${risk.id}`).send({ version: 1, probability: 5, title: 'Ny titel' }).expect(200)).body;
    expect(edited).toMatchObject({ version: 2, probability: 5, score: 20, band: 'high', title: 'Ny titel' });
    const stale = (await lead.patch(`/api/v1/risks/${risk.id}`).send({ version: 1, probability: 1 }).expect(409)).body;
    expect(stale.current).toMatchObject({ version: 2, probability: 5 });

    const mine: Risk = (await owner.get(`/api/v1/risks/${risk.id}`).expect(200)).body;
    expect(mine.can).toEqual({ manage: false, update: true });
    const updated: Risk = (
      await owner
        .patch(`/api/v1/risks/${risk.id}`)
        .send({ version: 2, status: 'in_progress', lastReviewedOn: daysFromToday(-5), actions: [{ action: 'Pilot på ét kontor', status: 'done' }] })
        .expect(200)
    ).body;
    expect(updated).toMatchObject({ version: 3, status: 'in_progress', lastReviewedOn: daysFromToday(-5), actions: [{ action: 'Pilot på ét kontor', status: 'done', overdue: false }] });
    expect((await owner.patch(`/api/v1/risks/${risk.id}`).send({ version: 3, probability: 1 }).expect(403)).body.message).toMatch(/probability/);
    await owner.delete(`/api/v1/risks/${risk.id}?version=3`).expect(403);
    await otherLead.patch(`/api/v1/risks/${risk.id}`).send({ version: 3, status: 'closed' }).expect(403);
    await reader.patch(`/api/v1/risks/${risk.id}`).send({ version: 3, status: 'closed' }).expect(403);
    await otherLead.post(risksOf(initiativeId)).send(riskInput()).expect(403);
    await lead.delete(`/api/v1/risks/${risk.id}?version=2`).expect(409);
    await lead.delete(`/api/v1/risks/${risk.id}?version=3`).expect(204);
    await lead.get(`/api/v1/risks/${risk.id}`).expect(404);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM risk_action WHERE risk_id = $1', [risk.id]);
    expect(n).toBe(0);
  });

  it('keeps other organisations out: their risks are 404 and never listed', async () => {
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRS' });
    const foreignLead = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['project_lead']);
    const foreignInitiative = (await foreignLead.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id;
    const foreignRisk: Risk = (await foreignLead.post(risksOf(foreignInitiative)).send(riskInput({ probability: 5, consequence: 5 })).expect(201)).body;
    await lead.get(`/api/v1/risks/${foreignRisk.id}`).expect(404);
    await lead.patch(`/api/v1/risks/${foreignRisk.id}`).send({ version: 1, status: 'closed' }).expect(404);
    await lead.get(risksOf(foreignInitiative)).expect(404);
    await lead.post(risksOf(foreignInitiative)).send(riskInput()).expect(404);
    const page: Page<RiskListItem> = (await lead.get('/api/v1/risks?pageSize=100').expect(200)).body;
    expect(page.items.some((r) => r.id === foreignRisk.id)).toBe(false);
  });

  it('aggregates heat maps before and after mitigation, whose cells open the list of their risks', async () => {
    const id = await newInitiative(lead);
    const create = (body: object) => lead.post(risksOf(id)).send(riskInput(body)).expect(201);
    await create({ probability: 4, consequence: 5, residualProbability: 2, residualConsequence: 3 });
    await create({ probability: 4, consequence: 5, residualProbability: 2, residualConsequence: 3 });
    await create({ probability: 4, consequence: 5 });
    await create({ probability: 1, consequence: 2, residualProbability: 1, residualConsequence: 1 });
    await create({ probability: 5, consequence: 5, status: 'closed' });
    const map: RiskHeatMap = (await reader.get(`/api/v1/risks/heat-map?initiativeId=${id}`).expect(200)).body;
    expect(map).toEqual({
      before: [
        { probability: 4, consequence: 5, count: 3 },
        { probability: 1, consequence: 2, count: 1 },
      ],
      after: [
        { probability: 4, consequence: 5, count: 1 },
        { probability: 2, consequence: 3, count: 2 },
        { probability: 1, consequence: 1, count: 1 },
      ],
      total: 4,
      unassessed: 1,
    });
    const cell: Page<RiskListItem> = (await reader.get(`/api/v1/risks?initiativeId=${id}&matrix=after&probability=2&consequence=3`).expect(200)).body;
    expect(cell.total).toBe(2);
    expect(cell.items.every((r) => r.residualProbability === 2 && r.residualConsequence === 3)).toBe(true);
    const closed: RiskHeatMap = (await reader.get(`/api/v1/risks/heat-map?initiativeId=${id}&status=closed`).expect(200)).body;
    expect(closed.before).toEqual([{ probability: 5, consequence: 5, count: 1 }]);
  });

  it('lists live risks across the portfolio by score, filtered by band, category, handler, owner, overdue actions and review age', async () => {
    const id = await newInitiative(lead);
    const create = async (body: object) => (await lead.post(risksOf(id)).send(riskInput(body)).expect(201)).body as Risk;
    const today = testToday();
    const high = await create({ probability: 5, consequence: 5, category: 'political', handler: 'municipality', ownerUserId: owner.user.id });
    const overdue = await create({ probability: 2, consequence: 3, category: 'legal', identifiedOn: daysFromToday(-700), lastReviewedOn: daysFromToday(-670), actions: [{ action: 'Indhent juridisk vurdering', deadline: daysFromToday(-640) }] });
    const low = await create({ probability: 1, consequence: 1, category: 'supplier', handler: 'shared', lastReviewedOn: today, actions: [] });
    const query = async (q: string) => ((await reader.get(`/api/v1/risks?initiativeId=${id}&${q}`).expect(200)).body as Page<RiskListItem>);
    const all = await query('');
    expect(all.items.map((r) => r.id)).toEqual([high.id, overdue.id, low.id]);
    expect(all.items[1]).toMatchObject({ initiative: { id }, overdueActions: 1, openActions: 1, stale: true });
    expect(all.items[2]).toMatchObject({ overdueActions: 0, openActions: 0, stale: false });
    expect((await query('band=high')).items.map((r) => r.id)).toEqual([high.id]);
    expect((await query('band=medium,low')).items.map((r) => r.id)).toEqual([overdue.id, low.id]);
    expect((await query('category=legal')).items.map((r) => r.id)).toEqual([overdue.id]);
    expect((await query('handler=shared&handler=municipality')).items.map((r) => r.id)).toEqual([high.id, low.id]);
    expect((await query(`ownerUserId=${owner.user.id}`)).items.map((r) => r.id)).toEqual([high.id]);
    expect((await query('overdueActions=true')).items.map((r) => r.id)).toEqual([overdue.id]);
    expect((await query('notReviewedDays=90')).items.map((r) => r.id)).toEqual([overdue.id]);
    expect((await query('sort=score&direction=asc')).items.map((r) => r.id)).toEqual([low.id, overdue.id, high.id]);
    const paged = await query('pageSize=1&page=2');
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [{ id: overdue.id }] });
    expect(await query('pageSize=1&page=9')).toMatchObject({ total: 3, items: [] });
    await lead.patch(`/api/v1/risks/${high.id}`).send({ version: 1, status: 'closed' }).expect(200);
    expect((await query('')).total).toBe(2);
    expect((await query('status=closed')).items.map((r) => r.id)).toEqual([high.id]);
  });

  it('answers bad list filters with 400 naming the field', async () => {
    const field = async (q: string) => ((await reader.get(`/api/v1/risks?${q}`).expect(400)).body.details as { field: string }[])[0].field;
    expect(await field('band=extreme')).toBe('band');
    expect(await field('notReviewedDays=-1')).toBe('notReviewedDays');
    expect(await field('probability=6&consequence=1')).toBe('probability');
    expect(await field('pageSize=1000')).toBe('pageSize');
    expect(await field('sort=random')).toBe('sort');
    expect(await field('colour=red')).toBe('colour');
    await reader.get('/api/v1/risks/not-a-uuid').expect(404);
  });

  it('records every change of a risk and its actions in the audit log under the risk', async () => {
    const risk: Risk = (await lead.post(risksOf(initiativeId)).send(riskInput()).expect(201)).body;
    await lead.patch(`/api/v1/risks/${risk.id}`).send({ version: 1, actions: [] }).expect(200);
    const rows: { table_name: string; action: string }[] = await t.dataSource.query(
      'SELECT table_name, action FROM audit_log WHERE row_id = $1 ORDER BY id',
      [risk.id],
    );
    expect(rows.map((r) => `${r.table_name}:${r.action}`)).toEqual(['risk:insert', 'risk_action:insert', 'risk:update', 'risk_action:delete']);
  });

  it('exposes the risk rules of the health check with what they find in an initiative', async () => {
    const id = await newInitiative(lead);
    type Findings = { rules: { id: string }[]; findings: { ruleId: string; riskIds?: string[] }[] };
    const findings = async () => (await reader.get(`/api/v1/initiatives/${id}/risk-findings`).expect(200)).body as Findings;
    // An idea: no rule applies yet.
    expect((await findings()).findings).toEqual([]);
    expect((await findings()).rules.map((r) => r.id)).toEqual(expect.arrayContaining(['RISK-1', 'RISK-2', 'RISK-3', 'RISK-5', 'RISK-6']));
    // Phases change through gate decisions (a later capability); the audit trigger records the move either way.
    await t.dataSource.query(`UPDATE initiative SET phase = 'implementation' WHERE id = $1`, [id]);
    // Past analysis without any risk registered.
    expect((await findings()).findings.map((f) => f.ruleId)).toEqual(['RISK-2']);
    const unhandled: Risk = (await lead.post(risksOf(id)).send(riskInput({ handler: null, probability: 5, consequence: 5, actions: [] })).expect(201)).body;
    const result = await findings();
    // Registered the day the initiative left analysis; without a handler; high without a reserve, actions or owner.
    expect(result.findings.map((f) => f.ruleId)).toEqual(['RISK-1', 'RISK-3', 'RISK-6']);
    expect(result.findings[0].riskIds).toEqual([unhandled.id]);
    const finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    await finance
      .post(`/api/v1/initiatives/${id}/funding-lines`)
      .send({ year: 2026, category: 'risk_reserve', amount: 50000, source: 'own_budget', payingDepartmentId: org.departments.OKD.id })
      .expect(201);
    expect((await findings()).findings.map((f) => f.ruleId)).toEqual(['RISK-1', 'RISK-6']);
    await reader.get(`/api/v1/initiatives/${crypto.randomUUID()}/risk-findings`).expect(404);
  });
});
