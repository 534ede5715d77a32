import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import request from 'supertest';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('API platform', () => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'gevinst-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Gevinst test shell</title>');
    t = await startTestApp({ env: { WEB_DIST_PATH: webDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('reports liveness without and readiness with the database', async () => {
    expect((await request(t.server).get('/api/v1/health/live').expect(200)).body.status).toBe('ok');
    const ready = await request(t.server).get('/api/v1/health/ready').expect(200);
    expect(ready.body.details.database.status).toBe('up');
  });

  it('publishes the OpenAPI document with the initiative routes', async () => {
    const doc = (await request(t.server).get('/api/docs-json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/initiatives', '/api/v1/initiatives/{id}', '/api/v1/departments']));
    expect(doc.components.schemas.CreateInitiativeDto.required).toEqual(expect.arrayContaining(['title', 'purpose', 'leadDepartmentId', 'sizeClass']));
    await request(t.server).get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('answers 401 in the error shape when nobody is signed in', async () => {
    const response = await request(t.server).get('/api/v1/initiatives').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', requestId: expect.any(String) });
  });

  it('gives every response a request id, keeping a sane incoming one', async () => {
    const generated = await request(t.server).get('/api/v1/health/live');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(t.server).get('/api/v1/health/live').set('X-Request-Id', 'trace-123');
    expect(kept.headers['x-request-id']).toBe('trace-123');
    const replaced = await request(t.server).get('/api/v1/health/live').set('X-Request-Id', 'bad id <script>');
    expect(replaced.headers['x-request-id']).not.toContain('<');
  });

  it('sets security headers', async () => {
    const response = await request(t.server).get('/api/v1/health/live');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the web app and its deep links, but JSON 404s under /api', async () => {
    await request(t.server).get('/').expect(200).expect(/Gevinst test shell/);
    await request(t.server).get('/initiativer/ny').expect(200).expect(/Gevinst test shell/);
    const missing = await request(t.server).get('/api/v1/does-not-exist').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('serves deep links when WEB_DIST_PATH is relative to the working directory', async () => {
    const relativeApp = await startTestApp({ env: { WEB_DIST_PATH: relative(process.cwd(), webDir) } });
    try {
      for (const path of ['/', '/overblik', '/initiativer', '/log-ind', '/no/such/page']) {
        await request(relativeApp.server).get(path).expect(200).expect(/Gevinst test shell/);
      }
    } finally {
      await relativeApp.close();
    }
  });

  describe('organisation isolation', () => {
    it('answers 404 for another organisation’s objects on every initiative route and never lists them', async () => {
      const own = await createOrganisation(t.dataSource, { codePrefix: 'OWN' });
      const other = await createOrganisation(t.dataSource, { codePrefix: 'OTH' });
      const admin = await ApiClient.as(t.server, t.dataSource, own.organisation.id, ['admin']);
      const foreignAdmin = await ApiClient.as(t.server, t.dataSource, other.organisation.id, ['admin']);
      const foreign = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(other.departments.OKD.id)).expect(201)).body;
      const id = foreign.id as string;

      await admin.get(`/api/v1/initiatives/${id}`).expect(404);
      await admin.get(`/api/v1/initiatives/${id}/history`).expect(404);
      await admin.patch(`/api/v1/initiatives/${id}`).send({ version: 1, title: 'Overtaget' }).expect(404);
      await admin.post(`/api/v1/initiatives/${id}/archive`).send({ version: 1 }).expect(404);
      await admin.post(`/api/v1/initiatives/${id}/restore`).send({ version: 1 }).expect(404);
      expect((await admin.get('/api/v1/initiatives').expect(200)).body.total).toBe(0);
      expect((await admin.get('/api/v1/initiatives/phase-counts').expect(200)).body.every((c: { count: number }) => c.count === 0)).toBe(true);
      const departments = (await admin.get('/api/v1/departments').expect(200)).body as { id: string }[];
      expect(departments.map((d) => d.id).sort()).toEqual(Object.values(own.departments).map((d) => d.id).sort());
      const foreignLead = await admin
        .post('/api/v1/initiatives')
        .send({ title: 'x', purpose: 'y', sizeClass: 'small', leadDepartmentId: other.departments.OKD.id })
        .expect(422);
      expect(foreignLead.body.details).toEqual([{ field: 'leadDepartmentId', messages: ['Unknown department'] }]);
      expect((await admin.get('/api/v1/organisation').expect(200)).body).toMatchObject({ codePrefix: 'OWN' });
      await admin.patch(`/api/v1/users/${foreignAdmin.user.id}`).send({ version: 1, name: 'Overtaget' }).expect(404);
      const users = (await admin.get('/api/v1/users').expect(200)).body as { id: string }[];
      expect(users.map((u) => u.id)).toEqual([admin.user.id]);
      const audit = (await admin.get('/api/v1/audit?pageSize=200').expect(200)).body as { items: { rowId: string }[] };
      expect(audit.items.some((entry) => entry.rowId === id)).toBe(false);
      const title = (await foreignAdmin.get(`/api/v1/initiatives/${id}`).expect(200)).body.title;
      expect(title).toBe(foreign.title);
    });
  });
});
