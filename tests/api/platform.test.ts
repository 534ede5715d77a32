import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createOrganisation } from '../factories/organisation.factory';
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

  it('answers 503 in the error shape while no organisation exists', async () => {
    const response = await request(t.server).get('/api/v1/initiatives').expect(503);
    expect(response.body).toMatchObject({ statusCode: 503, code: 'NO_ORGANISATION', requestId: expect.any(String) });
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

  describe('organisation isolation', () => {
    it('never shows another organisation’s initiatives or departments', async () => {
      const own = await createOrganisation(t.dataSource, { codePrefix: 'OWN' });
      const other = await createOrganisation(t.dataSource, { codePrefix: 'OTH' });
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class)
         VALUES ($1, 'OTH-2026-001', 'Fremmed', 'x', $2, 'small') RETURNING id`,
        [other.organisation.id, other.departments.OKD.id],
      );
      await request(t.server).get(`/api/v1/initiatives/${id}`).expect(404);
      await request(t.server).patch(`/api/v1/initiatives/${id}`).send({ version: 1, title: 'Overtaget' }).expect(404);
      await request(t.server).post(`/api/v1/initiatives/${id}/archive`).send({ version: 1 }).expect(404);
      expect((await request(t.server).get('/api/v1/initiatives').expect(200)).body.total).toBe(0);
      const departments = (await request(t.server).get('/api/v1/departments').expect(200)).body as { id: string }[];
      expect(departments.map((d) => d.id).sort()).toEqual(Object.values(own.departments).map((d) => d.id).sort());
      const foreignLead = await request(t.server)
        .post('/api/v1/initiatives')
        .send({ title: 'x', purpose: 'y', sizeClass: 'small', leadDepartmentId: other.departments.OKD.id })
        .expect(422);
      expect(foreignLead.body.details).toEqual([{ field: 'leadDepartmentId', messages: ['Unknown department'] }]);
      expect((await request(t.server).get('/api/v1/organisation').expect(200)).body).toMatchObject({ codePrefix: 'OWN' });
    });
  });
});
