import type { HealthFinding, HealthRule, InitiativeHealth, Phase, PortfolioHealth } from '@gevinst/domain';
import { EntityManager } from 'typeorm';
import { testToday } from '../support/clock';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('the health check (sundhedstjek)', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let admin: ApiClient;
  let finance: ApiClient;
  let reader: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
  });
  afterAll(() => t?.close());

  const today = () => testToday();
  const okd = () => org.departments.OKD.id;
  const newInitiative = async (overrides: Parameters<typeof initiativeInput>[1] = {}, client = lead) =>
    (await client.post('/api/v1/initiatives').send(initiativeInput(okd(), overrides)).expect(201)).body.id as string;
  const setPhase = (id: string, phase: Phase) => t.dataSource.query('UPDATE initiative SET phase = $2 WHERE id = $1', [id, phase]);
  const health = async (id: string, client = reader) => (await client.get(`/api/v1/initiatives/${id}/health`).expect(200)).body as InitiativeHealth;
  const ruleIds = async (id: string) => (await health(id)).findings.map((f) => f.ruleId);
  const addGoal = async (id: string, overrides: Parameters<typeof goalInput>[0] = {}) =>
    (await lead.post(`/api/v1/initiatives/${id}/goals`).send(goalInput(overrides)).expect(201)).body.id as string;
  const addBenefit = async (id: string, overrides: Parameters<typeof benefitInput>[0] = {}) =>
    (await lead.post(`/api/v1/initiatives/${id}/benefits`).send(benefitInput(overrides)).expect(201)).body.id as string;

  /** A steering group chain straight in the database (the governance routes are another capability's). */
  const steeringGroup = async (organisationId: string, level: 'directorate' | 'department' | 'project', parentId: string | null = null) =>
    ((await t.dataSource.query(`INSERT INTO steering_group (organisation_id, name, level, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
      organisationId,
      `Styregruppe ${crypto.randomUUID()}`,
      level,
      parentId,
    ])) as { id: string }[])[0].id;
  const govern = (organisationId: string, initiativeId: string, steeringGroupId: string | null, projectOwnerId: string | null) =>
    t.dataSource.query(
      `INSERT INTO initiative_governance (initiative_id, organisation_id, steering_group_id, project_owner_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (initiative_id) DO UPDATE SET steering_group_id = EXCLUDED.steering_group_id, project_owner_id = EXCLUDED.project_owner_id`,
      [initiativeId, organisationId, steeringGroupId, projectOwnerId],
    );
  const submittedReport = (organisationId: string, initiativeId: string, periodStart: string, periodEnd: string) =>
    t.dataSource.query(
      `INSERT INTO status_report (organisation_id, initiative_id, period_start, period_end, overall, scope_rag, time_rag, budget_rag, benefits_rag, risks_rag,
                                  summary, status, submitted_at, figures)
       VALUES ($1, $2, $3, $4, 'green', 'green', 'green', 'green', 'green', 'green', 'Alt går efter planen', 'submitted', now(), '{}'::jsonb)`,
      [organisationId, initiativeId, periodStart, periodEnd],
    );
  /** Clear roles, a chain to the directorate, and this quarter reported: the governance rules are quiet. */
  const wellGoverned = async (initiativeId: string) => {
    const top = await steeringGroup(org.organisation.id, 'directorate');
    await govern(org.organisation.id, initiativeId, await steeringGroup(org.organisation.id, 'department', top), admin.user.id);
    await submittedReport(org.organisation.id, initiativeId, today(), today());
  };

  it('finds what is missing, cites theme and advice, and lets findings disappear as the data is put right', async () => {
    const id = await newInitiative();
    // An idea: only ROL-3 applies yet, and there are no decisions.
    expect(await health(id)).toEqual({ rules: [expect.objectContaining({ id: 'ROL-3' })], findings: [] });

    await setPhase(id, 'analysis');
    const analysis = await health(id);
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['MAAL-1', 'ROL-1']);
    expect(analysis.findings[0]).toEqual({
      ruleId: 'MAAL-1',
      theme: 'maal',
      severity: 'error',
      message: 'Initiativet har ingen mål.',
      advice: expect.stringContaining('indikator'),
      adviceId: 'maal.klare-maal',
    });
    expect(analysis.findings[1]).toMatchObject({ theme: 'roller-og-ansvar', message: 'Initiativet har ikke en projektejer og en styregruppe.' });
    expect(analysis.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['MAAL-1', 'MAAL-4', 'GEV-3', 'ROL-1', 'GOV-1', 'RISK-1', 'FIN-1']));
    expect(analysis.rules.map((r) => r.id)).not.toContain('GEV-4');
    expect(analysis.rules.every((r: HealthRule) => r.adviceId?.startsWith(`${r.theme}.`))).toBe(true);

    // A goal without a strategic goal: MAAL-1 goes, MAAL-4 (★) comes.
    const goalId = await addGoal(id);
    expect(await ruleIds(id)).toEqual(['MAAL-4', 'ROL-1']);
    const strategic = (await admin.post('/api/v1/strategic-goals').send({ title: 'Mere tid til kerneopgaven' }).expect(201)).body.id as string;
    await lead.patch(`/api/v1/goals/${goalId}`).send({ version: 1, strategicGoalId: strategic }).expect(200);
    expect(await ruleIds(id)).toEqual(['ROL-1']);

    // A quantified benefit without owner or yearly profile, and a risk nobody handles.
    const benefitId = await addBenefit(id, { years: [] });
    const risk = (await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ handler: null, lastReviewedOn: today(), identifiedOn: today() })).expect(201)).body;
    // The benefit leads to no goal, so the goal has none (the benefit map's GEV-6/7).
    expect(await ruleIds(id)).toEqual(['FIN-1', 'GEV-1', 'GEV-6', 'GEV-7', 'RISK-1', 'ROL-1']);
    expect((await health(id)).findings.find((f) => f.ruleId === 'RISK-1')).toMatchObject({ theme: 'risikovurdering', adviceId: 'risikovurdering.handler', riskIds: [risk.id] });

    await lead.put(`/api/v1/benefits/${benefitId}/years`).send({ version: 1, years: [{ year: 2026, planned: 100, realised: null }] }).expect(200);
    await lead.patch(`/api/v1/benefits/${benefitId}`).send({ version: 2, ownerUserId: lead.user.id, goalId }).expect(200);
    await lead.patch(`/api/v1/risks/${risk.id}`).send({ version: 1, handler: 'municipality' }).expect(200);
    await wellGoverned(id);
    expect((await health(id)).findings).toEqual([]);
  });

  it('skips the ★ rules for small initiatives', async () => {
    const large = await newInitiative({ sizeClass: 'large' });
    const small = await newInitiative({ sizeClass: 'small' });
    for (const id of [large, small]) {
      await setPhase(id, 'implementation');
      await wellGoverned(id);
      // Six indicators, none tied to strategy, side effects not considered; a benefit without preconditions.
      for (let i = 0; i < 6; i++) await addGoal(id, { indicatorName: `Indikator ${i}` });
      await addBenefit(id, { preconditions: null, ownerUserId: lead.user.id });
      await finance.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(okd())).expect(201);
      await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ identifiedOn: '2020-01-01', lastReviewedOn: today() })).expect(201);
    }
    // GEV-4: the benefit has no before measurement (the goals have baselines); GEV-6/7: it serves none of them; GEV-10 (★): no map.
    expect(await ruleIds(large)).toEqual(['GEV-3', 'GEV-4', 'GEV-6', 'GEV-7', 'GEV-10', 'MAAL-3', 'MAAL-4', 'MAAL-5']);
    expect(await ruleIds(small)).toEqual(['GEV-4', 'GEV-6', 'GEV-7']);
    const smallRules = (await health(small)).rules;
    expect(smallRules.some((r) => r.largeOnly)).toBe(false);
    expect((await health(large)).rules.filter((r) => r.largeOnly).map((r) => r.id)).toEqual(['GEV-3', 'GEV-10', 'MAAL-3', 'MAAL-4', 'MAAL-5']);
  });

  it('gates rules by phase: before-measurements from gennemførelse, evaluation points from realisering, nothing once closed', async () => {
    const id = await newInitiative();
    await wellGoverned(id);
    const strategic = (await admin.post('/api/v1/strategic-goals').send({ title: `Strategi ${crypto.randomUUID()}` }).expect(201)).body.id as string;
    await addGoal(id, { baselineValue: null, baselineDate: null, strategicGoalId: strategic, sideEffectsConsidered: true });
    await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ identifiedOn: today(), lastReviewedOn: today() })).expect(201);
    await finance.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(okd())).expect(201);
    const goals = (await reader.get(`/api/v1/initiatives/${id}/goals`).expect(200)).body as { id: string }[];
    const goalId = goals[0].id;
    // A benefit map, so the large initiative's GEV-10 stays quiet past analysis.
    await lead.post(`/api/v1/initiatives/${id}/benefit-map/nodes`).send({ kind: 'delivery', title: 'Ny løsning' }).expect(201);

    await setPhase(id, 'analysis');
    // The goal has no baseline: MAAL-1 from analysis.
    expect(await ruleIds(id)).toEqual(['MAAL-1']);
    await setPhase(id, 'implementation');
    expect(await ruleIds(id)).toEqual(['GEV-4', 'MAAL-1']);
    await lead.post(`/api/v1/goals/${goalId}/measurements`).send({ kind: 'before', measuredOn: today(), value: 10 }).expect(201);
    expect(await ruleIds(id)).toEqual(['MAAL-1']);

    await setPhase(id, 'realisation');
    expect(await ruleIds(id)).toEqual(['GEV-5', 'MAAL-1']);
    const point = (await lead.post(`/api/v1/goals/${goalId}/evaluation-points`).send({ dueDate: '2020-06-30' }).expect(201)).body.id as string;
    const overdue = (await health(id)).findings.find((f) => f.ruleId === 'GEV-5') as HealthFinding;
    expect(overdue).toMatchObject({ severity: 'warning', message: 'Et evalueringspunkt med frist 30.06.2020 er ikke målt.', adviceId: 'gevinstrealisering.evalueringspunkter' });
    await lead.post(`/api/v1/goals/${goalId}/measurements`).send({ kind: 'after', measuredOn: today(), value: 60, evaluationPointId: point }).expect(201);
    expect(await ruleIds(id)).toEqual(['MAAL-1']);

    await setPhase(id, 'closed');
    expect(await health(id)).toEqual({ rules: [], findings: [] });
  });

  it('checks governance and prioritisation: the chain to the directorate, this cycle’s report, who decided, a complete score', async () => {
    const own = await createOrganisation(t.dataSource, { codePrefix: 'GOV' });
    const ownAdmin = await ApiClient.as(t.server, t.dataSource, own.organisation.id, ['admin']);
    const id = (await ownAdmin.post('/api/v1/initiatives').send(initiativeInput(own.departments.OKD.id, { sizeClass: 'small' })).expect(201)).body.id as string;
    await t.dataSource.query('UPDATE initiative SET phase = $2, project_lead_id = $3 WHERE id = $1', [id, 'implementation', ownAdmin.user.id]);
    await ownAdmin.post(`/api/v1/initiatives/${id}/goals`).send(goalInput()).expect(201);
    await ownAdmin.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ identifiedOn: today(), lastReviewedOn: today() })).expect(201);
    await ownAdmin.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(own.departments.OKD.id)).expect(201);
    const ids = async () => ((await ownAdmin.get(`/api/v1/initiatives/${id}/health`).expect(200)).body as InitiativeHealth).findings.map((f) => f.ruleId);

    const local = await steeringGroup(own.organisation.id, 'project');
    await govern(own.organisation.id, id, local, ownAdmin.user.id);
    expect(await ids()).toEqual(['GOV-1', 'GOV-2']);
    const top = await steeringGroup(own.organisation.id, 'directorate');
    await t.dataSource.query('UPDATE steering_group SET parent_id = $2 WHERE id = $1', [local, top]);
    // Last quarter's report does not count for this one.
    await submittedReport(own.organisation.id, id, '2020-01-01', '2020-03-31');
    expect(await ids()).toEqual(['GOV-2']);
    await submittedReport(own.organisation.id, id, today(), today());
    expect(await ids()).toEqual([]);

    await t.dataSource.query(`INSERT INTO decision (organisation_id, initiative_id, kind, from_phase, to_phase, decided_by) VALUES ($1, $2, 'continue', 'implementation', 'implementation', NULL)`, [
      own.organisation.id,
      id,
    ]);
    expect(await ids()).toEqual(['ROL-3']);
    await t.dataSource.query('DELETE FROM decision WHERE initiative_id = $1', [id]);

    // PRI-1 only once the organisation prioritises by criteria.
    const [criterion] = (await t.dataSource.query(`INSERT INTO priority_criterion (organisation_id, name, weight, position) VALUES ($1, 'Strategisk sigte', 100, 1) RETURNING id`, [
      own.organisation.id,
    ])) as { id: string }[];
    const withCriteria = (await ownAdmin.get(`/api/v1/initiatives/${id}/health`).expect(200)).body as InitiativeHealth;
    expect(withCriteria.findings).toEqual([expect.objectContaining({ ruleId: 'PRI-1', theme: 'prioritering', adviceId: 'prioritering.systematisk' })]);
    expect(withCriteria.rules.map((r) => r.id)).toContain('PRI-1');
    await t.dataSource.query('INSERT INTO priority_score (initiative_id, criterion_id, organisation_id, score) VALUES ($1, $2, $3, 4)', [id, criterion.id, own.organisation.id]);
    expect(await ids()).toEqual([]);
  });

  it('sums the portfolio exactly as the initiatives’ own findings, filters by phase and department, and leaves archived ones out', async () => {
    // A few more initiatives in other phases and departments, one archived.
    const social = await newInitiative({ leadDepartmentId: org.departments['SOS-AEL'].id });
    await setPhase(social, 'realisation');
    const archived = await newInitiative();
    await setPhase(archived, 'analysis');
    await t.dataSource.query('UPDATE initiative SET archived_at = now() WHERE id = $1', [archived]);

    const portfolio = async (query = '') => (await reader.get(`/api/v1/health-check/portfolio${query}`).expect(200)).body as PortfolioHealth;
    const expected = async (where: string, params: unknown[] = []) => {
      const rows = (await t.dataSource.query(
        `SELECT id, code, title, phase FROM initiative WHERE organisation_id = $1 AND archived_at IS NULL ${where} ORDER BY code`,
        [org.organisation.id, ...params],
      )) as { id: string; code: string; title: string; phase: Phase }[];
      const perInitiative = await Promise.all(rows.map(async (row) => ({ row, findings: (await health(row.id)).findings })));
      const tally = (key: (f: HealthFinding) => string) => {
        const counts = new Map<string, { findings: number; initiatives: Set<string> }>();
        for (const { row, findings } of perInitiative) {
          for (const f of findings) {
            const entry = counts.get(key(f)) ?? { findings: 0, initiatives: new Set<string>() };
            entry.findings += 1;
            entry.initiatives.add(row.id);
            counts.set(key(f), entry);
          }
        }
        return Object.fromEntries([...counts].map(([k, v]) => [k, { findings: v.findings, initiatives: v.initiatives.size }]));
      };
      return { count: rows.length, byRule: tally((f) => f.ruleId), byTheme: tally((f) => f.theme), perInitiative };
    };

    const all = await portfolio();
    const sums = await expected('');
    expect(all.initiatives).toBe(sums.count);
    expect(Object.fromEntries(all.byRule.map((r) => [r.ruleId, { findings: r.findings, initiatives: r.initiatives }]))).toEqual(sums.byRule);
    expect(Object.fromEntries(all.byTheme.map((r) => [r.theme, { findings: r.findings, initiatives: r.initiatives }]))).toEqual(sums.byTheme);
    expect(all.byRule.reduce((n, r) => n + r.findings, 0)).toBe(sums.perInitiative.reduce((n, p) => n + p.findings.length, 0));
    // Sorted: most findings first; titles from the catalogue.
    expect(all.byRule.map((r) => r.findings)).toEqual([...all.byRule.map((r) => r.findings)].sort((a, b) => b - a));
    expect(all.byTheme.map((r) => r.findings)).toEqual([...all.byTheme.map((r) => r.findings)].sort((a, b) => b - a));
    expect(all.byRule.every((r) => r.title.length > 0 && r.title !== r.ruleId)).toBe(true);
    // The worst list: errors and warnings per initiative as its own check says, most errors first.
    for (const entry of all.worst) {
      const own = sums.perInitiative.find((p) => p.row.id === entry.initiative.id);
      expect(own?.row).toEqual(entry.initiative);
      expect([entry.errors, entry.warnings]).toEqual([
        own?.findings.filter((f) => f.severity === 'error').length,
        own?.findings.filter((f) => f.severity === 'warning').length,
      ]);
    }
    expect(all.worst.length).toBe(Math.min(20, sums.perInitiative.filter((p) => p.findings.length > 0).length));
    expect(all.worst.map((w) => w.errors)).toEqual([...all.worst.map((w) => w.errors)].sort((a, b) => b - a));
    expect(all.worst.map((w) => w.initiative.id)).not.toContain(archived);

    const realisation = await portfolio('?phase=realisation');
    const realisationSums = await expected('AND phase = $2', ['realisation']);
    expect(realisation.initiatives).toBe(realisationSums.count);
    expect(Object.fromEntries(realisation.byRule.map((r) => [r.ruleId, { findings: r.findings, initiatives: r.initiatives }]))).toEqual(realisationSums.byRule);
    expect((await portfolio('?phase=analysis,realisation')).initiatives).toBe((await expected(`AND phase IN ('analysis', 'realisation')`)).count);

    // Social og Sundhed with its område Ældre: only the initiative led there.
    const sos = await portfolio(`?departmentId=${org.departments.SOS.id}`);
    expect(sos.initiatives).toBe(1);
    expect(sos.worst.map((w) => w.initiative.id)).toEqual([social]);

    await reader.get('/api/v1/health-check/portfolio?phase=someday').expect(400);
    await reader.get('/api/v1/health-check/portfolio?departmentId=nope').expect(400);
  });

  it('re-reads changed initiatives in a fixed number of queries, however many changed', async () => {
    const count = async () => {
      const spy = jest.spyOn(EntityManager.prototype, 'query');
      try {
        await reader.get('/api/v1/health-check/portfolio').expect(200);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const addChecked = async () => {
      const id = await newInitiative();
      await setPhase(id, 'implementation');
      await addGoal(id);
      await addBenefit(id);
    };
    await count();
    const unchanged = await count();
    await addChecked();
    const one = await count();
    // The loader's 13 reads and the cache's write, on top of the one read of an unchanged portfolio.
    expect(one).toBeGreaterThanOrEqual(unchanged + 12);
    for (let i = 0; i < 3; i++) await addChecked();
    expect(await count()).toBe(one);
    expect(await count()).toBe(unchanged);
  });

  it('keeps organisations apart: another organisation’s initiative is not found and never counted', async () => {
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRH' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const foreignId = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id as string;
    await setPhase(foreignId, 'implementation');
    await foreignAdmin.post(`/api/v1/initiatives/${foreignId}/goals`).send(goalInput({ baselineValue: null, baselineDate: null })).expect(201);

    await reader.get(`/api/v1/initiatives/${foreignId}/health`).expect(404);
    await reader.get(`/api/v1/initiatives/${crypto.randomUUID()}/health`).expect(404);
    await reader.get('/api/v1/initiatives/not-a-uuid/health').expect(404);
    expect((await health(foreignId, foreignAdmin)).findings.map((f) => f.ruleId)).toContain('MAAL-1');

    const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM initiative WHERE organisation_id = $1 AND archived_at IS NULL', [org.organisation.id])) as { n: number }[];
    const ours = (await reader.get('/api/v1/health-check/portfolio').expect(200)).body as PortfolioHealth;
    expect(ours.initiatives).toBe(n);
    expect(ours.worst.map((w) => w.initiative.id)).not.toContain(foreignId);
    const theirs = (await foreignAdmin.get('/api/v1/health-check/portfolio').expect(200)).body as PortfolioHealth;
    expect(theirs.initiatives).toBe(1);
    expect(theirs.worst.map((w) => w.initiative.id)).toEqual([foreignId]);
    // A department of another organisation matches nothing here.
    expect(((await reader.get(`/api/v1/health-check/portfolio?departmentId=${foreign.departments.OKD.id}`).expect(200)).body as PortfolioHealth).initiatives).toBe(0);
  });
});
