import type { AgendaReason, PortfolioReview, Rag, StatusReport, StatusReportRequest } from '@gevinst/domain';
import { goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

const SCRIPT = '<script>alert("x")</script>';

describe('portfolio reviews', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  /** Chairs the directorate group (a benefit owner by role: the seat gives the right). */
  let chair: ApiClient;
  /** Sits in the department group below it. */
  let member: ApiClient;
  /** A project lead in no group. */
  let outsider: ApiClient;
  let directorate: ApiClient;
  let top: string;
  let child: string;
  let other: string;
  const initiatives: Record<string, { id: string; code: string }> = {};
  const latest: Record<string, string> = {};

  const sql = (query: string, params: unknown[] = []) => t.dataSource.query(query, params);
  const group = async (name: string, level: string, parentId: string | null, chairUserId: string | null, members: string[] = []) => {
    const [{ id }] = await sql(`INSERT INTO steering_group (organisation_id, name, level, parent_id, chair_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      org.organisation.id,
      name,
      level,
      parentId,
      chairUserId,
    ]);
    for (const userId of members) await sql('INSERT INTO steering_group_member (group_id, user_id, organisation_id) VALUES ($1, $2, $3)', [id, userId, org.organisation.id]);
    return id as string;
  };
  const steer = (initiativeId: string, groupId: string, requestedPhase: string | null = null) =>
    sql(
      `INSERT INTO initiative_governance (initiative_id, organisation_id, steering_group_id, requested_phase, requested_at) VALUES ($1, $2, $3, $4::initiative_phase, CASE WHEN $4::initiative_phase IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (initiative_id) DO UPDATE SET steering_group_id = EXCLUDED.steering_group_id, requested_phase = EXCLUDED.requested_phase, requested_at = EXCLUDED.requested_at`,
      [initiativeId, org.organisation.id, groupId, requestedPhase],
    );
  const report = async (initiativeId: string, periodStart: string, overall: Rag, extra: Partial<StatusReportRequest> = {}, submit = true) => {
    const body: StatusReportRequest = {
      periodStart,
      periodEnd: `${periodStart.slice(0, 8)}28`,
      overall,
      dimensions: { scope: overall, time: 'green', budget: 'green', benefits: 'green', risks: 'green' },
      summary: `Status ${overall}`,
      ...extra,
    };
    const draft: StatusReport = (await admin.post(`/api/v1/initiatives/${initiativeId}/status-reports`).send(body).expect(201)).body;
    if (!submit) return draft.id;
    await admin.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: 1 }).expect(200);
    return draft.id;
  };
  const initiative = async (key: string, phase = 'implementation') => {
    const body = (await admin.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id, { title: `Initiativ ${key}` })).expect(201)).body;
    await sql('UPDATE initiative SET phase = $1 WHERE id = $2', [phase, body.id]);
    initiatives[key] = { id: body.id, code: body.code };
    return body.id as string;
  };
  const agendaOf = (review: PortfolioReview) => review.agenda.map((item) => [item.initiative.code, item.reasons] as [string, AgendaReason[]]);

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    chair = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    member = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    outsider = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    directorate = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    top = await group('Direktionen', 'directorate', null, chair.user.id, [directorate.user.id]);
    child = await group('Digitaliseringsstyregruppen', 'department', top, null, [member.user.id]);
    other = await group('Ældreområdets styregruppe', 'department', null, null);

    // Created in this order, so codes sort in it.
    await steer(await initiative('gate'), child, 'realisation');
    latest.gate = await report(initiatives.gate.id, '2026-01-01', 'green');
    await steer(await initiative('red'), top);
    latest.red = await report(initiatives.red.id, '2026-01-01', 'red', { decisionRequest: 'Skal projektet stoppes?' });
    await steer(await initiative('amber'), child);
    await report(initiatives.amber.id, '2026-01-01', 'red');
    latest.amber = await report(initiatives.amber.id, '2026-02-01', 'amber');
    await steer(await initiative('overduePoint'), top);
    const goal = (await admin.post(`/api/v1/initiatives/${initiatives.overduePoint.id}/goals`).send(goalInput()).expect(201)).body;
    await admin.post(`/api/v1/goals/${goal.id}/evaluation-points`).send({ dueDate: '2025-01-31' }).expect(201);
    await steer(await initiative('lateAction'), child);
    const late = riskInput({ identifiedOn: '2025-01-01', lastReviewedOn: null, actions: [{ action: 'Afklar snitflade', deadline: '2025-02-01', status: 'in_progress' }] });
    await admin.post(`/api/v1/initiatives/${initiatives.lateAction.id}/risks`).send(late).expect(201);
    await steer(await initiative('calm'), child);
    latest.calm = await report(initiatives.calm.id, '2026-01-01', 'green');
    await steer(await initiative('elsewhere'), other);
    await report(initiatives.elsewhere.id, '2026-01-01', 'red');
    await steer(await initiative('archived'), top);
    await report(initiatives.archived.id, '2026-01-01', 'red');
    await sql('UPDATE initiative SET archived_at = now() WHERE id = $1', [initiatives.archived.id]);
    await steer(await initiative('gateAndRed', 'analysis'), top, 'implementation');
    latest.gateAndRed = await report(initiatives.gateAndRed.id, '2026-01-01', 'red');
    await steer(await initiative('draftRed'), top);
    await report(initiatives.draftRed.id, '2026-01-01', 'red', {}, false);
    await steer(await initiative('stopped', 'stopped'), top, null);
    await report(initiatives.stopped.id, '2026-01-01', 'red');
    // Done and closed follow-up does not count: a closed risk with a late action, a fulfilled point.
    const closedRisk = riskInput({ identifiedOn: '2025-01-01', lastReviewedOn: null, status: 'closed', actions: [{ action: 'Gammelt tiltag', deadline: '2025-02-01' }] });
    await admin.post(`/api/v1/initiatives/${initiatives.calm.id}/risks`).send(closedRisk).expect(201);
  });
  afterAll(() => t?.close());

  it('builds the agenda at creation from the group and the groups below it: gate requests, red, amber, then the rest', async () => {
    const review: PortfolioReview = (await chair.post('/api/v1/portfolio-reviews').send({ steeringGroupId: top, title: 'Porteføljemøde marts', heldOn: '2026-03-10' }).expect(201)).body;
    expect(review).toMatchObject({
      steeringGroup: { id: top, name: 'Direktionen', level: 'directorate' },
      title: 'Porteføljemøde marts',
      heldOn: '2026-03-10',
      status: 'planned',
      notes: null,
      version: 1,
      can: { manage: true, decide: true },
    });
    const code = (key: string) => initiatives[key].code;
    expect(agendaOf(review)).toEqual([
      [code('gate'), ['gate_request']],
      [code('gateAndRed'), ['gate_request', 'red_status']],
      [code('red'), ['red_status', 'decision_requested']],
      [code('amber'), ['amber_status']],
      [code('overduePoint'), ['overdue_follow_up']],
      [code('lateAction'), ['overdue_follow_up']],
    ]);
    expect(review.agenda.map((item) => item.position)).toEqual([1, 2, 3, 4, 5, 6]);
    // Each item reads the latest submitted (frozen) report, with its figures.
    const byCode = new Map(review.agenda.map((item) => [item.initiative.code, item]));
    for (const key of ['gate', 'gateAndRed', 'red', 'amber']) {
      expect(byCode.get(code(key))!.report).toMatchObject({ id: latest[key], status: 'submitted', figures: expect.objectContaining({ budgetDkk: 0 }), can: { edit: false } });
    }
    expect(byCode.get(code('overduePoint'))!.report).toBeNull();
    expect(byCode.get(code('red'))!.report!.decisionRequest).toBe('Skal projektet stoppes?');
    expect(byCode.get(code('red'))!.initiative).toEqual({ id: initiatives.red.id, code: code('red'), title: 'Initiativ red', phase: 'implementation' });

    // A newer report after the agenda was built does not change the meeting's papers.
    const newer = await report(initiatives.red.id, '2026-03-01', 'green');
    const reread: PortfolioReview = (await outsider.get(`/api/v1/portfolio-reviews/${review.id}`).expect(200)).body;
    expect(reread.agenda.find((item) => item.initiative.id === initiatives.red.id)!.report!.id).toBe(latest.red);
    expect(reread.can).toEqual({ manage: false, decide: false });
    // A new review reads the newer one (and, green without request, red is no longer due).
    const next: PortfolioReview = (await directorate.post('/api/v1/portfolio-reviews').send({ steeringGroupId: top, title: 'April', heldOn: '2026-04-10' }).expect(201)).body;
    expect(next.agenda.some((item) => item.initiative.id === initiatives.red.id)).toBe(false);
    await admin.post(`/api/v1/portfolio-reviews/${next.id}/agenda`).send({ initiativeId: initiatives.red.id }).expect(201);
    const withRed: PortfolioReview = (await admin.get(`/api/v1/portfolio-reviews/${next.id}`).expect(200)).body;
    expect(withRed.agenda.at(-1)).toMatchObject({ reasons: ['added'], report: { id: newer } });

    // The department group's own meeting covers only its part of the tree.
    const local: PortfolioReview = (await member.post('/api/v1/portfolio-reviews').send({ steeringGroupId: child, title: 'Lokalt møde', heldOn: '2026-03-03' }).expect(201)).body;
    expect(agendaOf(local)).toEqual([
      [code('gate'), ['gate_request']],
      [code('amber'), ['amber_status']],
      [code('lateAction'), ['overdue_follow_up']],
    ]);
  });

  it('lets the directorate, admin and the group chain create reviews; others get 403, a foreign group 422', async () => {
    const body = (steeringGroupId: string) => ({ steeringGroupId, title: 'Møde', heldOn: '2026-05-01' });
    await outsider.post('/api/v1/portfolio-reviews').send(body(top)).expect(403);
    await outsider.post('/api/v1/portfolio-reviews').send(body(child)).expect(403);
    // The member of the lower group does not sit in the group above it; the chair above sits over the lower group.
    await member.post('/api/v1/portfolio-reviews').send(body(top)).expect(403);
    await member.post('/api/v1/portfolio-reviews').send(body(other)).expect(403);
    await chair.post('/api/v1/portfolio-reviews').send(body(child)).expect(201);
    await admin.post('/api/v1/portfolio-reviews').send(body(other)).expect(201);
    const finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    await finance.post('/api/v1/portfolio-reviews').send(body(other)).expect(403);

    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRP' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const refused = (await foreignAdmin.post('/api/v1/portfolio-reviews').send(body(top)).expect(422)).body;
    expect(refused.details).toEqual([expect.objectContaining({ field: 'steeringGroupId' })]);
    const fields = async (payload: object) => ((await admin.post('/api/v1/portfolio-reviews').send(payload).expect(400)).body.details as { field: string }[]).map((d) => d.field);
    expect(await fields({ ...body(top), heldOn: '2026-13-01' })).toEqual(['heldOn']);
    expect(await fields({ ...body(top), title: ' ' })).toEqual(['title']);
    expect(await fields({ ...body('nope') })).toEqual(['steeringGroupId']);
    expect(await fields({ ...body(top), agenda: [] })).toEqual(['agenda']);
  });

  it('adds and removes agenda items; an item with decisions of the meeting stays', async () => {
    const review: PortfolioReview = (await chair.post('/api/v1/portfolio-reviews').send({ steeringGroupId: top, title: 'Maj', heldOn: '2026-05-12' }).expect(201)).body;
    const added: PortfolioReview = (await chair.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: initiatives.calm.id }).expect(201)).body;
    const item = added.agenda.at(-1)!;
    expect(item).toMatchObject({ position: review.agenda.length + 1, initiative: { id: initiatives.calm.id }, reasons: ['added'], report: { id: latest.calm }, decisions: [] });
    expect((await chair.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: initiatives.calm.id }).expect(409)).body.details).toEqual([
      expect.objectContaining({ field: 'initiativeId' }),
    ]);
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRA' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const foreignInitiative = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id;
    expect((await chair.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: foreignInitiative }).expect(422)).body.details).toEqual([
      expect.objectContaining({ field: 'initiativeId' }),
    ]);
    await chair.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: '00000000-0000-4000-8000-000000000000' }).expect(422);
    await outsider.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: initiatives.elsewhere.id }).expect(403);
    await member.delete(`/api/v1/portfolio-reviews/${review.id}/agenda/${item.id}`).expect(403);

    // Remove the first item: the rest move up.
    const first = added.agenda[0];
    await chair.delete(`/api/v1/portfolio-reviews/${review.id}/agenda/${first.id}`).expect(204);
    const after: PortfolioReview = (await chair.get(`/api/v1/portfolio-reviews/${review.id}`).expect(200)).body;
    expect(after.agenda.map((i) => i.position)).toEqual(added.agenda.slice(1).map((_, index) => index + 1));
    expect(after.agenda.some((i) => i.id === first.id)).toBe(false);
    await chair.delete(`/api/v1/portfolio-reviews/${review.id}/agenda/${first.id}`).expect(404);

    // A decision recorded in the meeting keeps its item on the agenda.
    await chair.post(`/api/v1/initiatives/${initiatives.calm.id}/decisions`).send({ kind: 'continue', reason: 'Fortsæt som planlagt', reviewId: review.id }).expect(201);
    const kept: PortfolioReview = (await chair.get(`/api/v1/portfolio-reviews/${review.id}`).expect(200)).body;
    expect(kept.agenda.find((i) => i.id === item.id)!.decisions).toEqual([
      expect.objectContaining({ kind: 'continue', decidedBy: { id: chair.user.id, name: chair.user.name }, reviewId: review.id }),
    ]);
    expect((await chair.delete(`/api/v1/portfolio-reviews/${review.id}/agenda/${item.id}`).expect(422)).body.code).toBe('INVALID_STATE');
  });

  it('shows the decisions recorded in the review per item, and edits the meeting with its version', async () => {
    const review: PortfolioReview = (await chair.post('/api/v1/portfolio-reviews').send({ steeringGroupId: top, title: 'Juni', heldOn: '2026-06-09' }).expect(201)).body;
    const elsewhere: PortfolioReview = (await chair.post('/api/v1/portfolio-reviews').send({ steeringGroupId: top, title: 'Andet møde', heldOn: '2026-06-01' }).expect(201)).body;
    const decide = (reviewId: string, kind: string, from: string, to: string, reason: string | null, by: string | null) =>
      sql(
        `INSERT INTO decision (organisation_id, initiative_id, kind, from_phase, to_phase, reason, open_findings, decided_by, steering_group_id, review_id, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(secs => $11))`,
        [org.organisation.id, initiatives.gate.id, kind, from, to, reason, JSON.stringify(to !== from ? [{ ruleId: 'GEV-5', message: 'Ingen evalueringspunkter' }] : []), by, top, reviewId, kind === 'continue' ? 1 : 2],
      );
    await decide(review.id, 'continue', 'implementation', 'implementation', `Fortsæt ${SCRIPT}`, directorate.user.id);
    await decide(review.id, 'approve_phase', 'implementation', 'realisation', 'Klar til drift', chair.user.id);
    await decide(elsewhere.id, 'pause', 'implementation', 'paused', 'Andet møde', chair.user.id);
    await decide(null as never, 'scale', 'implementation', 'implementation', 'Uden møde', chair.user.id);

    const read: PortfolioReview = (await member.get(`/api/v1/portfolio-reviews/${review.id}`).expect(200)).body;
    const gate = read.agenda.find((item) => item.initiative.id === initiatives.gate.id)!;
    expect(gate.decisions).toEqual([
      expect.objectContaining({
        kind: 'continue',
        reason: `Fortsæt ${SCRIPT}`,
        decidedBy: { id: directorate.user.id, name: directorate.user.name },
        steeringGroup: { id: top, name: 'Direktionen' },
        reviewId: review.id,
        initiative: { id: initiatives.gate.id, code: initiatives.gate.code, title: 'Initiativ gate' },
        openFindings: [],
      }),
      expect.objectContaining({ kind: 'approve_phase', fromPhase: 'implementation', toPhase: 'realisation', openFindings: [{ ruleId: 'GEV-5', message: 'Ingen evalueringspunkter' }] }),
    ]);
    expect(read.agenda.filter((item) => item.initiative.id !== initiatives.gate.id).every((item) => item.decisions.length === 0)).toBe(true);
    // The member sits in a group below: reads, may not manage the directorate's meeting.
    expect(read.can).toEqual({ manage: false, decide: false });

    const edited: PortfolioReview = (
      await chair.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 1, notes: `Referent: ${SCRIPT}`, status: 'held', title: 'Juni (afholdt)' }).expect(200)
    ).body;
    expect(edited).toMatchObject({ version: 2, notes: `Referent: ${SCRIPT}`, status: 'held', title: 'Juni (afholdt)', heldOn: '2026-06-09' });
    expect((await chair.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 1, title: 'Gammel' }).expect(409)).body.current).toMatchObject({ version: 2 });
    await chair.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 2, title: null }).expect(400);
    await chair.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 2, status: 'cancelled' }).expect(400);
    await outsider.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 2, title: 'Udefra' }).expect(403);
    await member.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 2, title: 'Nedefra' }).expect(403);
    expect((await chair.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 2, notes: null }).expect(200)).body).toMatchObject({ version: 3, notes: null });

    // The list: newest meeting first, per group if asked.
    const all = (await outsider.get('/api/v1/portfolio-reviews').expect(200)).body as { id: string; heldOn: string; itemCount: number; decisionCount: number }[];
    expect(all.map((r) => r.heldOn)).toEqual([...all.map((r) => r.heldOn)].sort().reverse());
    expect(all.find((r) => r.id === review.id)).toMatchObject({ itemCount: review.agenda.length, decisionCount: 2, steeringGroup: { id: top } });
    const ofOther = (await outsider.get(`/api/v1/portfolio-reviews?steeringGroupId=${other}`).expect(200)).body as { steeringGroup: { id: string } }[];
    expect(ofOther.every((r) => r.steeringGroup.id === other)).toBe(true);
    await outsider.get('/api/v1/portfolio-reviews?steeringGroupId=x').expect(400);
  });

  it('prints the minutes as a self-contained Danish A4 page with every user text escaped', async () => {
    await sql(`UPDATE app_user SET name = $1 WHERE id = $2`, [`Bent <b>Formand</b>`, chair.user.id]);
    const review: PortfolioReview = (await chair.post('/api/v1/portfolio-reviews').send({ steeringGroupId: top, title: `Møde ${SCRIPT}`, heldOn: '2026-06-23' }).expect(201)).body;
    await chair.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 1, notes: `Æ, ø og å ${SCRIPT}` }).expect(200);
    // Recorded through the decision log's route, as part of this meeting.
    const stopped = await initiative('minutes');
    await steer(stopped, top);
    await admin.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: stopped }).expect(201);
    const decision = { kind: 'stop', reason: `Gevinsten udebliver ${SCRIPT}`, reviewId: review.id };
    await chair.post(`/api/v1/initiatives/${stopped}/decisions`).send(decision).expect(201);

    const response = await outsider.get(`/api/v1/portfolio-reviews/${review.id}/minutes.html`).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const csp = response.headers['content-security-policy'] as string;
    const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');

    const html = response.text;
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).toContain('@page { size: A4;');
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(html).not.toContain('<b>Formand</b>');
    expect(html).toContain('Bent &lt;b&gt;Formand&lt;/b&gt; (formand)');
    expect(html).toContain(`Møde &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;`);
    expect(html).toContain('Æ, ø og å &lt;script&gt;');
    expect(html).toContain('Gevinsten udebliver &lt;script&gt;');
    expect(html).toContain('Referat af porteføljemøde');
    expect(html).toContain('Direktionen (direktion)');
    expect(html).toContain('23. juni 2026');
    expect(html).toContain(directorate.user.name);
    expect(html).toMatch(/<strong>Stop<\/strong> \(Gennemførelse → Stoppet\)/);
    expect(html).toContain('Besluttet af Bent &lt;b&gt;Formand&lt;/b&gt; for Direktionen');
    expect(html).toContain('Anmoder om fasegang');
    expect(html).toContain('<span class="rag rag-red">Rød</span>');
    expect(html).toContain('Åbne høje risici');
    expect(html).toMatch(/Udskrevet \d{1,2}\. \w+ \d{4}/);

    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    await foreignAdmin.get(`/api/v1/portfolio-reviews/${review.id}/minutes.html`).expect(404);
  });

  it('keeps other organisations out: their reviews are 404 and never listed', async () => {
    const review: PortfolioReview = (await admin.post('/api/v1/portfolio-reviews').send({ steeringGroupId: other, title: 'Lukket møde', heldOn: '2026-07-01' }).expect(201)).body;
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRO' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    await foreignAdmin.get(`/api/v1/portfolio-reviews/${review.id}`).expect(404);
    await foreignAdmin.patch(`/api/v1/portfolio-reviews/${review.id}`).send({ version: 1, title: 'Fremmed' }).expect(404);
    await foreignAdmin.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: initiatives.calm.id }).expect(404);
    const anyItem = (await admin.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: initiatives.calm.id }).expect(201)).body.agenda[0].id;
    await foreignAdmin.delete(`/api/v1/portfolio-reviews/${review.id}/agenda/${anyItem}`).expect(404);
    expect((await foreignAdmin.get('/api/v1/portfolio-reviews').expect(200)).body).toEqual([]);
    await admin.get('/api/v1/portfolio-reviews/not-a-uuid').expect(404);
    const [row] = await sql('SELECT title, version FROM portfolio_review WHERE id = $1', [review.id]);
    expect(row).toEqual({ title: 'Lukket møde', version: 1 });
  });
});
