import type { InitiativeDetail, InitiativeSummary, Page } from '@gevinst/domain';
import { ApiClient } from '../support/api-client';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

describe('initiatives over HTTP', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;
  const api = () => lead;
  const year = thisYear();

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource, { codePrefix: 'BAL', municipalityCode: 151 });
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
  });
  afterAll(() => t?.close());

  const create = async (overrides = {}) => {
    const response = await api().post('/api/v1/initiatives').send(initiativeInput(org.departments['OKD-IT'].id, overrides)).expect(201);
    return response.body as InitiativeDetail;
  };
  const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM initiative'))[0].n);

  describe('registration', () => {
    it('registers an idea with a readable code, idea phase and version 1', async () => {
      const input = initiativeInput(org.departments['OKD-IT'].id, { involvedDepartmentIds: [org.departments['SOS-AEL'].id], expectedValue: '  Frigjort tid  ' });
      const created: InitiativeDetail = (await api().post('/api/v1/initiatives').send(input).expect(201)).body;
      expect(created.code).toMatch(new RegExp(`^BAL-${year}-\\d{3}$`));
      expect(created).toMatchObject({
        phase: 'idea',
        version: 1,
        archived: false,
        expectedValue: 'Frigjort tid',
        leadDepartment: { code: 'OKD-IT' },
        involvedDepartments: [{ code: 'SOS-AEL', name: 'Ældre' }],
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
      });
      const fetched = await api().get(`/api/v1/initiatives/${created.id}`).expect(200);
      expect(fetched.body).toEqual(created);
    });

    it('numbers codes consecutively and uniquely under concurrent registrations', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => create()));
      const numbers = results.map((r) => Number(r.code.split('-')[2])).sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(8);
      expect(numbers[7] - numbers[0]).toBe(7);
    });

    it('skips a number already taken by an imported code', async () => {
      const next = await create();
      const taken = Number(next.code.split('-')[2]) + 1;
      const code = `BAL-${year}-${String(taken).padStart(3, '0')}`;
      await t.dataSource.query(
        `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class) VALUES ($1, $2, 'Importeret', 'x', $3, 'small')`,
        [org.organisation.id, code, org.departments.OKD.id],
      );
      const after = await create();
      expect(after.code).toBe(`BAL-${year}-${String(taken + 1).padStart(3, '0')}`);
    });
  });

  describe('bad input gets a clear answer and writes nothing', () => {
    const post = (body: unknown) => api().post('/api/v1/initiatives').send(body as object);
    const fields = (body: { details?: { field: string }[] }) => (body.details ?? []).map((d) => d.field).sort();

    it('names every missing required field', async () => {
      const before = await count();
      const response = await post({}).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(fields(response.body)).toEqual(['leadDepartmentId', 'purpose', 'sizeClass', 'title']);
      expect(await count()).toBe(before);
    });

    it.each([
      ['wrong types', { title: 42, sizeClass: 'medium' }, ['sizeClass', 'title']],
      ['over-long text', { title: 'x'.repeat(201) }, ['title']],
      ['blank title after trimming', { title: '   ' }, ['title']],
      ['bad dates', { plannedStart: '2026-02-30', plannedEnd: '31-12-2026' }, ['plannedEnd', 'plannedStart']],
      ['unknown fields', { code: 'BAL-2026-999', hacker: true }, ['code', 'hacker']],
      ['a non-uuid department', { leadDepartmentId: 'OKD' }, ['leadDepartmentId']],
      ['an end before the start', { plannedStart: '2026-06-01', plannedEnd: '2026-05-31' }, ['plannedEnd']],
      ['a null title', { title: null }, ['title']],
    ])('%s', async (_name, overrides, expected) => {
      const before = await count();
      const response = await post({ ...initiativeInput(org.departments.OKD.id), ...overrides }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fields(response.body)).toEqual(expected);
      expect(await count()).toBe(before);
    });

    it('stores SQL or script text verbatim as data, never as code', async () => {
      const title = `<script>alert('x')</script>'; DROP TABLE initiative; --`;
      const created = await create({ title, purpose: "Robert'); DELETE FROM department; --" });
      expect((await api().get(`/api/v1/initiatives/${created.id}`).expect(200)).body.title).toBe(title);
      expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM department'))[0].n)).toBe(5);
      const found = (await api().get(`/api/v1/initiatives?q=${encodeURIComponent("'; DROP")}`).expect(200)).body;
      expect(found.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    });

    it('refuses an unknown department with 422 and the field, writing nothing', async () => {
      const before = await count();
      const unknownId = '00000000-0000-4000-8000-000000000000';
      const response = await post(initiativeInput(org.departments.OKD.id, { involvedDepartmentIds: [org.departments.SOS.id, unknownId] })).expect(422);
      expect(response.body).toMatchObject({ code: 'UNKNOWN_REFERENCE', details: [{ field: 'involvedDepartmentIds.1' }] });
      expect(await count()).toBe(before);
    });

    it('refuses the lead department among the involved ones', async () => {
      const lead = org.departments.OKD.id;
      const response = await post(initiativeInput(lead, { involvedDepartmentIds: [lead] })).expect(400);
      expect(fields(response.body)).toEqual(['involvedDepartmentIds']);
    });

    it('refuses malformed JSON with 400 and an oversized body with 413, in the one error shape', async () => {
      const malformed = await api().post('/api/v1/initiatives').set('Content-Type', 'application/json').send('{"title": ').expect(400);
      expect(malformed.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_BODY' });
      const huge = await post({ ...initiativeInput(org.departments.OKD.id), description: 'x'.repeat(300 * 1024) }).expect(413);
      expect(huge.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    });

    it('answers 404 for an unknown or malformed id', async () => {
      const unknown = await api().get('/api/v1/initiatives/00000000-0000-4000-8000-000000000000').expect(404);
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      await api().get('/api/v1/initiatives/not-a-uuid').expect(404);
    });
  });

  describe('editing with optimistic locking', () => {
    it('changes only the fields sent and bumps the version', async () => {
      const created = await create({ description: 'Før' });
      const response = await api()
        .patch(`/api/v1/initiatives/${created.id}`)
        .send({ version: 1, title: 'Ny titel', involvedDepartmentIds: [org.departments.SOS.id], technology: null })
        .expect(200);
      expect(response.body).toMatchObject({ title: 'Ny titel', description: 'Før', technology: null, version: 2, code: created.code });
      expect(response.body.projectLead).toEqual({ id: lead.user.id, name: lead.user.name });
      expect(response.body.can).toEqual({ update: true, archive: true });
      expect(response.body.involvedDepartments.map((d: { code: string }) => d.code)).toEqual(['SOS']);
    });

    it('answers 409 to a stale version and keeps the first writer’s change', async () => {
      const created = await create();
      await api().patch(`/api/v1/initiatives/${created.id}`).send({ version: 1, title: 'Første' }).expect(200);
      const stale = await api().patch(`/api/v1/initiatives/${created.id}`).send({ version: 1, title: 'Anden' }).expect(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
      expect(stale.body.current).toMatchObject({ id: created.id, title: 'Første', version: 2 });
      expect((await api().get(`/api/v1/initiatives/${created.id}`)).body).toMatchObject({ title: 'Første', version: 2 });
    });

    it('lets exactly one of two simultaneous edits of the same version win', async () => {
      const created = await create();
      const results = await Promise.all(
        ['A', 'B', 'C'].map((title) => api().patch(`/api/v1/initiatives/${created.id}`).send({ version: 1, title })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const winner = results.find((r) => r.status === 200)!.body.title;
      expect((await api().get(`/api/v1/initiatives/${created.id}`)).body).toMatchObject({ title: winner, version: 2 });
    });

    it('validates a change against the stored values and rolls back on failure', async () => {
      const created = await create({ plannedStart: '2026-03-01', plannedEnd: '2026-09-30' });
      const response = await api().patch(`/api/v1/initiatives/${created.id}`).send({ version: 1, plannedEnd: '2026-02-01', title: 'Må ikke gemmes' }).expect(400);
      expect(response.body.details).toEqual([{ field: 'plannedEnd', messages: [expect.any(String)] }]);
      expect((await api().get(`/api/v1/initiatives/${created.id}`)).body).toMatchObject({ title: created.title, version: 1 });
      await api().patch(`/api/v1/initiatives/${created.id}`).send({ title: 'x' }).expect(400);
      await api().patch(`/api/v1/initiatives/${created.id}`).send({ version: 1, title: null }).expect(400);
    });

    it('archives and restores with the version checked', async () => {
      const created = await create();
      const archived = await api().post(`/api/v1/initiatives/${created.id}/archive`).send({ version: 1 }).expect(200);
      expect(archived.body).toMatchObject({ archived: true, version: 2 });
      expect(archived.body.archivedAt).toEqual(expect.any(String));
      await api().post(`/api/v1/initiatives/${created.id}/restore`).send({ version: 1 }).expect(409);
      const restored = await api().post(`/api/v1/initiatives/${created.id}/restore`).send({ version: 2 }).expect(200);
      expect(restored.body).toMatchObject({ archived: false, archivedAt: null, version: 3 });
    });
  });

  describe('the list', () => {
    let listOrg: TestApp;
    let admin: ApiClient;
    let ids: Record<string, string>;
    const list = (query: string) => admin.get(`/api/v1/initiatives?${query}`).expect(200).then((r) => r.body as Page<InitiativeSummary>);

    beforeAll(async () => {
      listOrg = await startTestApp();
      const fixture = await createOrganisation(listOrg.dataSource);
      admin = await ApiClient.as(listOrg.server, listOrg.dataSource, fixture.organisation.id, ['admin']);
      const d = fixture.departments;
      const make = async (title: string, lead: string, extra: object = {}) =>
        (await admin.post('/api/v1/initiatives').send(initiativeInput(lead, { title, ...extra })).expect(201)).body as InitiativeDetail;
      const robot = await make('Robot i bogholderiet', d['OKD-OKO'].id, { plannedStart: '2026-02-01' });
      const chatbot = await make('Chatbot til borgerservice', d['OKD-IT'].id, { plannedStart: '2025-05-01', purpose: 'Svar 100% hurtigere' });
      const sensors = await make('Sensorer i plejeboliger', d['SOS-AEL'].id, { plannedStart: null, involvedDepartmentIds: [d['OKD-IT'].id] });
      const old = await make('Gammel idé', d.SOS.id);
      await listOrg.dataSource.query(`UPDATE initiative SET phase = 'analysis' WHERE id = $1`, [chatbot.id]);
      await listOrg.dataSource.query(`UPDATE initiative SET phase = 'implementation' WHERE id = $1`, [sensors.id]);
      await admin.post(`/api/v1/initiatives/${old.id}/archive`).send({ version: 1 }).expect(200);
      ids = { robot: robot.id, chatbot: chatbot.id, sensors: sensors.id, old: old.id, okd: d.OKD.id, okdIt: d['OKD-IT'].id };
    });
    afterAll(() => listOrg?.close());

    const titles = (page: Page<InitiativeSummary>) => page.items.map((i) => i.title);

    it('leaves archived initiatives out unless asked', async () => {
      expect((await list('')).total).toBe(3);
      expect(titles(await list('includeArchived=true&sort=title'))).toEqual([
        'Chatbot til borgerservice',
        'Gammel idé',
        'Robot i bogholderiet',
        'Sensorer i plejeboliger',
      ]);
    });

    it('filters by phase (repeated or comma-separated)', async () => {
      expect(titles(await list('phase=analysis&phase=implementation&sort=title'))).toEqual(['Chatbot til borgerservice', 'Sensorer i plejeboliger']);
      expect(titles(await list('phase=idea,analysis&sort=title'))).toEqual(['Chatbot til borgerservice', 'Robot i bogholderiet']);
    });

    it('filters by department including sub-departments and involvement', async () => {
      expect(titles(await list(`departmentId=${ids.okd}&sort=title`))).toEqual([
        'Chatbot til borgerservice',
        'Robot i bogholderiet',
        'Sensorer i plejeboliger',
      ]);
      expect(titles(await list(`departmentId=${ids.okdIt}&sort=title`))).toEqual(['Chatbot til borgerservice', 'Sensorer i plejeboliger']);
    });

    it('searches code, title and purpose, case-insensitively, with wildcards taken literally', async () => {
      expect(titles(await list('q=ROBOT'))).toEqual(['Robot i bogholderiet']);
      expect(titles(await list('q=100%25'))).toEqual(['Chatbot til borgerservice']);
      expect(titles(await list('q=%25'))).toEqual(['Chatbot til borgerservice']);
    });

    it('sorts with empty dates last and pages with a total', async () => {
      expect(titles(await list('sort=plannedStart&direction=asc'))).toEqual([
        'Chatbot til borgerservice',
        'Robot i bogholderiet',
        'Sensorer i plejeboliger',
      ]);
      const second = await list('sort=title&pageSize=2&page=2');
      expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(titles(second)).toEqual(['Sensorer i plejeboliger']);
      const beyond = await list('sort=title&pageSize=2&page=5');
      expect(beyond).toMatchObject({ total: 3, items: [] });
    });

    it('pages by cursor (keyset) in the same order as by page number, for every sort and direction', async () => {
      const sorts = ['code', 'title', 'phase', 'plannedStart', 'plannedEnd', 'updatedAt'];
      for (const sort of sorts) {
        for (const direction of ['asc', 'desc']) {
          const base = `includeArchived=true&sort=${sort}&direction=${direction}`;
          const all = titles(await list(`${base}&pageSize=100`));
          expect(all).toHaveLength(4);
          const walked: string[] = [];
          let page = await list(`${base}&pageSize=1`);
          expect(page.nextCursor).toEqual(expect.any(String));
          walked.push(...titles(page));
          while (page.nextCursor) {
            page = await list(`${base}&pageSize=1&after=${encodeURIComponent(page.nextCursor)}`);
            expect(page.total).toBe(4);
            walked.push(...titles(page));
          }
          expect(walked).toEqual(all);
        }
      }
      // The last page says so by having no cursor; a filter applies to every page.
      const analysis = await list('phase=analysis&pageSize=1');
      expect(analysis).toMatchObject({ total: 1, items: [expect.objectContaining({ title: 'Chatbot til borgerservice' })] });
      expect(analysis.nextCursor).toBeUndefined();
    });

    it('refuses a cursor that is not one, or one mixed with a page number', async () => {
      const first = await list('sort=plannedStart&pageSize=1');
      for (const after of ['nonsense', Buffer.from('["x"]').toString('base64url'), Buffer.from('["2026-01-01","not-a-uuid"]').toString('base64url')]) {
        const response = await admin.get(`/api/v1/initiatives?sort=plannedStart&after=${after}`).expect(400);
        expect(response.body.details).toEqual([{ field: 'after', messages: [expect.stringContaining('cursor')] }]);
      }
      // A cursor of another sort whose key is not a date.
      const byTitle = await list('sort=title&pageSize=1');
      const mixed = await admin.get(`/api/v1/initiatives?sort=plannedStart&after=${byTitle.nextCursor}`).expect(400);
      expect(mixed.body.details[0].field).toBe('after');
      const both = await admin.get(`/api/v1/initiatives?page=2&after=${first.nextCursor}`).expect(400);
      expect(both.body.details).toEqual([{ field: 'after', messages: ['Use either page or after, not both'] }]);
    });

    it('refuses bad query parameters with field messages', async () => {
      const response = await admin.get('/api/v1/initiatives?pageSize=1000&sort=secret&phase=done&page=0').expect(400);
      expect((response.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual(['page', 'pageSize', 'phase', 'sort']);
    });

    it('counts initiatives per phase in SQL, archived left out', async () => {
      const counts = (await admin.get('/api/v1/initiatives/phase-counts').expect(200)).body as { phase: string; count: number }[];
      expect(counts.find((c) => c.phase === 'idea')?.count).toBe(1);
      expect(counts.find((c) => c.phase === 'analysis')?.count).toBe(1);
      expect(counts.find((c) => c.phase === 'closed')?.count).toBe(0);
      expect(counts).toHaveLength(7);
    });
  });
});
