import type { MissingReport, StatusReport, StatusReportRequest } from '@gevinst/domain';
import { testClock, testToday } from '../support/clock';
import { addDays, reviewCycleOf as reviewCycleBounds } from '@gevinst/domain';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

/** A green draft for a period; override what the test is about. */
function reportInput(overrides: Partial<StatusReportRequest> = {}): StatusReportRequest {
  return {
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    overall: 'green',
    dimensions: { scope: 'green', time: 'amber', budget: 'green', benefits: 'green', risks: 'red' },
    summary: 'Robotten er i pilotdrift på ét kontor.',
    nextSteps: 'Udrulning til resten af bogholderiet',
    ...overrides,
  };
}

describe('status reports', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  let otherLead: ApiClient;
  let reader: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    otherLead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
  });
  afterAll(() => t?.close());

  const newInitiative = async (client: ApiClient, o: OrganisationFixture = org) =>
    (await client.post('/api/v1/initiatives').send(initiativeInput(o.departments.OKD.id)).expect(201)).body.id as string;
  const reportsOf = (id: string) => `/api/v1/initiatives/${id}/status-reports`;
  const setPhase = (id: string, phase: string) => t.dataSource.query('UPDATE initiative SET phase = $1 WHERE id = $2', [phase, id]);

  it('freezes the key figures at submission: later edits to the initiative never change them', async () => {
    const id = await newInitiative(lead);
    await setPhase(id, 'implementation');
    // Goal achievement: 25 of 0 → 50 is 50 %; a goal without a measurement does not count.
    const goal = (await lead.post(`/api/v1/initiatives/${id}/goals`).send(goalInput()).expect(201)).body;
    await lead.post(`/api/v1/initiatives/${id}/goals`).send(goalInput()).expect(201);
    await lead.post(`/api/v1/goals/${goal.id}/measurements`).send({ kind: 'during', measuredOn: '2026-02-01', value: 25 }).expect(201);
    // Benefits: DKK and hours of quantified benefits over all years; a non-quantified one never counts.
    const dkk = benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: 2026, planned: 1000, realised: 400 }, { year: 2027, planned: 2000, realised: null }] });
    await lead.post(`/api/v1/initiatives/${id}/benefits`).send(dkk).expect(201);
    await lead.post(`/api/v1/initiatives/${id}/benefits`).send(benefitInput()).expect(201);
    await lead.post(`/api/v1/initiatives/${id}/benefits`).send(benefitInput({ type: 'quality', quantified: false, unit: 'other', unitLabel: 'tilfredshed', description: 'Gladere borgere', years: [] })).expect(201);
    await lead.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id)).expect(201);
    // Risks: one live high (5 × 4), one medium, one closed high.
    await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ probability: 5, consequence: 4 })).expect(201);
    await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ probability: 3, consequence: 4 })).expect(201);
    await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ probability: 5, consequence: 5, status: 'closed' })).expect(201);

    const draft: StatusReport = (await lead.post(reportsOf(id)).send(reportInput()).expect(201)).body;
    expect(draft).toMatchObject({
      initiativeId: id,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      overall: 'green',
      dimensions: { scope: 'green', time: 'amber', budget: 'green', benefits: 'green', risks: 'red' },
      status: 'draft',
      author: { id: lead.user.id, name: lead.user.name },
      submittedAt: null,
      figures: null,
      version: 1,
      can: { edit: true },
    });
    const edited: StatusReport = (await lead.patch(`/api/v1/status-reports/${draft.id}`).send({ version: 1, overall: 'amber', decisionRequest: 'Godkend udrulning' }).expect(200)).body;
    expect(edited).toMatchObject({ version: 2, overall: 'amber', decisionRequest: 'Godkend udrulning', summary: draft.summary });

    const submitted: StatusReport = (await lead.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 2 }).expect(200)).body;
    const frozenFigures = {
      goalAchievementPct: 50,
      plannedBenefitsDkk: 3000,
      realisedBenefitsDkk: 400,
      plannedHours: 100,
      realisedHours: 0,
      budgetDkk: 250_000.5,
      openHighRisks: 1,
      phase: 'implementation',
    };
    expect(submitted).toMatchObject({ status: 'submitted', version: 3, figures: frozenFigures, can: { edit: false } });
    expect(Math.abs(testClock().now().getTime() - new Date(submitted.submittedAt!).getTime())).toBeLessThan(60_000);

    // The initiative moves on: more money, a better measurement, a new high risk, a new phase.
    await lead.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id, { amount: 99_999.5 })).expect(201);
    await lead.post(`/api/v1/goals/${goal.id}/measurements`).send({ kind: 'after', measuredOn: '2026-06-01', value: 50 }).expect(201);
    await lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ probability: 4, consequence: 4 })).expect(201);
    await setPhase(id, 'realisation');

    const reread: StatusReport = (await reader.get(`/api/v1/status-reports/${draft.id}`).expect(200)).body;
    expect(reread).toEqual(submitted);
    const [row] = await t.dataSource.query('SELECT figures, submitted_at FROM status_report WHERE id = $1', [draft.id]);
    expect(row.figures).toEqual(frozenFigures);

    // The next period's report freezes the figures of its own moment.
    const next: StatusReport = (await lead.post(reportsOf(id)).send(reportInput({ periodStart: '2026-04-01', periodEnd: '2026-06-30' })).expect(201)).body;
    const later: StatusReport = (await lead.post(`/api/v1/status-reports/${next.id}/submit`).send({ version: 1 }).expect(200)).body;
    expect(later.figures).toEqual({ ...frozenFigures, goalAchievementPct: 100, budgetDkk: 350_000, openHighRisks: 2, phase: 'realisation' });

    // Newest period first; everyone in the organisation reads them.
    const list: StatusReport[] = (await reader.get(reportsOf(id)).expect(200)).body;
    expect(list.map((r) => r.periodStart)).toEqual(['2026-04-01', '2026-01-01']);
    expect(list[0].can).toEqual({ edit: false });
  });

  it('refuses a second submit and any edit of a frozen report, and changes nothing (the database backs it)', async () => {
    const id = await newInitiative(lead);
    const draft: StatusReport = (await lead.post(reportsOf(id)).send(reportInput()).expect(201)).body;
    const submitted: StatusReport = (await lead.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 1 }).expect(200)).body;
    await lead.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id)).expect(201);

    const again = (await lead.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 2 }).expect(422)).body;
    expect(again).toMatchObject({ code: 'INVALID_STATE', message: expect.stringMatching(/submitted report is frozen/) });
    await lead.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 1 }).expect(422);
    const edit = (await lead.patch(`/api/v1/status-reports/${draft.id}`).send({ version: 2, summary: 'Omskrevet historie' }).expect(422)).body;
    expect(edit.message).toMatch(/submitted report is frozen/);
    await admin.patch(`/api/v1/status-reports/${draft.id}`).send({ version: 2, overall: 'red' }).expect(422);
    await lead.delete(`/api/v1/status-reports/${draft.id}?version=2`).expect(422);
    expect((await lead.get(`/api/v1/status-reports/${draft.id}`).expect(200)).body).toEqual(submitted);

    // Not even the schema owner may change it behind the API's back.
    await expect(t.dataSource.query(`UPDATE status_report SET summary = 'Manipuleret' WHERE id = $1`, [draft.id])).rejects.toThrow(/frozen/);
    await expect(t.dataSource.query(`UPDATE status_report SET status = 'draft', submitted_at = NULL, figures = NULL WHERE id = $1`, [draft.id])).rejects.toThrow(/frozen/);
    const [row] = await t.dataSource.query('SELECT summary, status, version FROM status_report WHERE id = $1', [draft.id]);
    expect(row).toEqual({ summary: draft.summary, status: 'submitted', version: 2 });
  });

  it('edits and deletes drafts with the version they saw', async () => {
    const id = await newInitiative(lead);
    const draft: StatusReport = (await lead.post(reportsOf(id)).send(reportInput()).expect(201)).body;
    const changed: StatusReport = (
      await lead
        .patch(`/api/v1/status-reports/${draft.id}`)
        .send({ version: 1, periodEnd: '2026-02-28', nextSteps: null, dimensions: { scope: 'red', time: 'red', budget: 'amber', benefits: 'green', risks: 'green' } })
        .expect(200)
    ).body;
    expect(changed).toMatchObject({ version: 2, periodEnd: '2026-02-28', nextSteps: null, dimensions: { scope: 'red', time: 'red', budget: 'amber' } });
    const stale = (await lead.patch(`/api/v1/status-reports/${draft.id}`).send({ version: 1, summary: 'Gammel' }).expect(409)).body;
    expect(stale.current).toMatchObject({ version: 2, periodEnd: '2026-02-28' });
    await lead.delete(`/api/v1/status-reports/${draft.id}?version=1`).expect(409);
    await lead.delete(`/api/v1/status-reports/${draft.id}?version=2`).expect(204);
    await lead.get(`/api/v1/status-reports/${draft.id}`).expect(404);
  });

  it('refuses bad input with the field, and a second report for the same period with 409', async () => {
    const id = await newInitiative(lead);
    const fields = async (body: object, status = 400) => ((await lead.post(reportsOf(id)).send(body).expect(status)).body.details as { field: string }[]).map((d) => d.field);
    expect(await fields(reportInput({ periodStart: '2026-04-01', periodEnd: '2026-03-31' }))).toEqual(['periodEnd']);
    expect(await fields(reportInput({ periodStart: '2026-02-30' }))).toEqual(['periodStart']);
    expect(await fields(reportInput({ periodEnd: '31-03-2026' }))).toEqual(['periodEnd']);
    expect(await fields(reportInput({ overall: 'blue' as never }))).toEqual(['overall']);
    expect(await fields(reportInput({ dimensions: undefined }))).toEqual(['dimensions']);
    expect(await fields(reportInput({ dimensions: { scope: 'purple' } as never }))).toEqual(['dimensions.scope', 'dimensions.time', 'dimensions.budget', 'dimensions.benefits', 'dimensions.risks']);
    expect(await fields(reportInput({ summary: '  ' }))).toEqual(['summary']);
    expect(await fields({ ...reportInput(), figures: { budgetDkk: 1 } })).toEqual(['figures']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM status_report WHERE initiative_id = $1', [id]);
    expect(n).toBe(0);

    const first: StatusReport = (await lead.post(reportsOf(id)).send(reportInput()).expect(201)).body;
    expect(await fields(reportInput({ periodEnd: '2026-01-31' }), 409)).toEqual(['periodStart']);
    const patched = await lead.patch(`/api/v1/status-reports/${first.id}`).send({ version: 1, periodStart: '2026-04-01' }).expect(400);
    expect(patched.body.details).toEqual([expect.objectContaining({ field: 'periodEnd' })]);
    await lead.patch(`/api/v1/status-reports/${first.id}`).send({ version: 1, summary: null }).expect(400);
    await lead.post(`/api/v1/status-reports/${first.id}/submit`).send({}).expect(400);
  });

  it('lets only the leading project lead (and admin) write; everyone reads; other organisations get 404', async () => {
    const id = await newInitiative(lead);
    await otherLead.post(reportsOf(id)).send(reportInput()).expect(403);
    await reader.post(reportsOf(id)).send(reportInput()).expect(403);
    const draft: StatusReport = (await lead.post(reportsOf(id)).send(reportInput()).expect(201)).body;
    const seen: StatusReport = (await otherLead.get(`/api/v1/status-reports/${draft.id}`).expect(200)).body;
    expect(seen.can).toEqual({ edit: false });
    await otherLead.patch(`/api/v1/status-reports/${draft.id}`).send({ version: 1, summary: 'Ikke mit' }).expect(403);
    await otherLead.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 1 }).expect(403);
    await otherLead.delete(`/api/v1/status-reports/${draft.id}?version=1`).expect(403);
    await reader.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 1 }).expect(403);
    expect((await admin.get(`/api/v1/status-reports/${draft.id}`).expect(200)).body.can).toEqual({ edit: true });
    await admin.post(reportsOf(id)).send(reportInput({ periodStart: '2026-04-01', periodEnd: '2026-06-30' })).expect(201);

    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRG' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    await foreignAdmin.get(reportsOf(id)).expect(404);
    await foreignAdmin.post(reportsOf(id)).send(reportInput({ periodStart: '2026-07-01', periodEnd: '2026-09-30' })).expect(404);
    await foreignAdmin.get(`/api/v1/status-reports/${draft.id}`).expect(404);
    await foreignAdmin.patch(`/api/v1/status-reports/${draft.id}`).send({ version: 1, summary: 'Fremmed' }).expect(404);
    await foreignAdmin.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 1 }).expect(404);
    await foreignAdmin.delete(`/api/v1/status-reports/${draft.id}?version=1`).expect(404);
    await lead.get('/api/v1/status-reports/not-a-uuid').expect(404);
    const [row] = await t.dataSource.query('SELECT status, version, summary FROM status_report WHERE id = $1', [draft.id]);
    expect(row).toEqual({ status: 'draft', version: 1, summary: draft.summary });
  });

  describe('missing reports for the current review cycle', () => {
    let mis: OrganisationFixture;
    let misAdmin: ApiClient;

    beforeAll(async () => {
      mis = await createOrganisation(t.dataSource, { codePrefix: 'MIS' });
      misAdmin = await ApiClient.as(t.server, t.dataSource, mis.organisation.id, ['admin']);
    });

    const submittedReport = async (id: string, periodStart: string, periodEnd: string) => {
      const draft: StatusReport = (await misAdmin.post(reportsOf(id)).send(reportInput({ periodStart, periodEnd })).expect(201)).body;
      await misAdmin.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 1 }).expect(200);
    };
    const group = async (name: string, parentId: string | null = null): Promise<string> =>
      (
        await t.dataSource.query(`INSERT INTO steering_group (organisation_id, name, level, parent_id) VALUES ($1, $2, 'department', $3) RETURNING id`, [
          mis.organisation.id,
          name,
          parentId,
        ])
      )[0].id;
    const steer = (initiativeId: string, groupId: string) =>
      t.dataSource.query(
        `INSERT INTO initiative_governance (initiative_id, organisation_id, steering_group_id) VALUES ($1, $2, $3)
         ON CONFLICT (initiative_id) DO UPDATE SET steering_group_id = EXCLUDED.steering_group_id`,
        [initiativeId, mis.organisation.id, groupId],
      );

    it('lists initiatives in gennemførelse and realisering without a submitted report overlapping the month or quarter', async () => {
      const today = testToday();
      const month = reviewCycleBounds('month', today);
      const quarter = reviewCycleBounds('quarter', today);
      // A month of the current quarter other than the current one (the quarter's first, or its last).
      const otherMonth = reviewCycleBounds('month', month.start === quarter.start ? `${quarter.end.slice(0, 8)}01` : quarter.start);
      const lastQuarterEnd = addDays(quarter.start, -1);
      const lastQuarter = reviewCycleBounds('quarter', lastQuarterEnd);

      const make = async (phase: string) => {
        const id = await newInitiative(misAdmin, mis);
        await setPhase(id, phase);
        return id;
      };
      const current = await make('implementation');
      await submittedReport(current, month.start, month.end);
      const stale = await make('realisation');
      await submittedReport(stale, lastQuarter.start, lastQuarter.end);
      const draftOnly = await make('implementation');
      await misAdmin.post(reportsOf(draftOnly)).send(reportInput({ periodStart: month.start, periodEnd: month.end })).expect(201);
      const earlierInQuarter = await make('implementation');
      await submittedReport(earlierInQuarter, otherMonth.start, otherMonth.end);
      const never = await make('realisation');
      await t.dataSource.query('UPDATE initiative SET project_lead_id = $1 WHERE id = $2', [misAdmin.user.id, never]);
      await make('analysis');
      await make('closed');
      const archived = await make('implementation');
      await t.dataSource.query('UPDATE initiative SET archived_at = now() WHERE id = $1', [archived]);

      const ids = (list: MissingReport[]) => list.map((m) => m.initiative.id).sort();
      const missing: MissingReport[] = (await misAdmin.get('/api/v1/status-reports/missing').expect(200)).body;
      expect(ids(missing)).toEqual([stale, draftOnly, never].sort());
      const neverRow = missing.find((m) => m.initiative.id === never)!;
      expect(neverRow).toMatchObject({
        initiative: { phase: 'realisation', code: expect.stringMatching(/^MIS-/) },
        projectLead: { id: misAdmin.user.id, name: misAdmin.user.name },
        cycleStart: quarter.start,
        cycleEnd: quarter.end,
      });

      await misAdmin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null, reviewCycle: 'month' }).expect(200);
      const monthly: MissingReport[] = (await misAdmin.get('/api/v1/status-reports/missing').expect(200)).body;
      expect(ids(monthly)).toEqual([stale, draftOnly, earlierInQuarter, never].sort());
      expect(monthly[0]).toMatchObject({ cycleStart: month.start, cycleEnd: month.end });

      // By steering group: the group and every group below it.
      const top = await group('Direktionen');
      const child = await group('Digitaliseringsudvalget', top);
      const other = await group('Anden styregruppe');
      await steer(stale, child);
      await steer(never, top);
      await steer(draftOnly, other);
      expect(ids((await misAdmin.get(`/api/v1/status-reports/missing?steeringGroupId=${top}`).expect(200)).body)).toEqual([stale, never].sort());
      expect(ids((await misAdmin.get(`/api/v1/status-reports/missing?steeringGroupId=${child}`).expect(200)).body)).toEqual([stale]);
      expect(ids((await misAdmin.get(`/api/v1/status-reports/missing?steeringGroupId=${other}`).expect(200)).body)).toEqual([draftOnly]);
      await admin.get(`/api/v1/status-reports/missing?steeringGroupId=${top}`).expect(404);
      await misAdmin.get('/api/v1/status-reports/missing?steeringGroupId=nope').expect(400);
      await misAdmin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null, reviewCycle: 'quarter' }).expect(200);
    });
  });
});
