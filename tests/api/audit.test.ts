import type { AuditEntry } from '@gevinst/domain';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';
import { testToday } from '../support/clock';

describe('audit trail', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let lead: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
  });
  afterAll(() => t?.close());

  const rowsFor = (rowId: string) =>
    t.dataSource.query(
      `SELECT table_name, action, actor_user_id, before, after FROM audit_log WHERE row_id = $1 ORDER BY id`,
      [rowId],
    ) as Promise<{ table_name: string; action: string; actor_user_id: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[]>;

  it('records a create, an update and a delete with who did it, before and after', async () => {
    const { OKD, SOS } = org.departments;
    const created = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments['OKD-IT'].id, { involvedDepartmentIds: [OKD.id] })).expect(201)).body;
    let rows = await rowsFor(created.id);
    expect(rows.map((r) => `${r.table_name}:${r.action}`)).toEqual(['initiative:insert', 'initiative_department:insert']);
    expect(rows.every((r) => r.actor_user_id === lead.user.id)).toBe(true);
    expect(rows[0]).toMatchObject({ before: null, after: { title: created.title, version: 1, organisation_id: org.organisation.id } });

    await lead.patch(`/api/v1/initiatives/${created.id}`).send({ version: 1, title: 'Ny titel', involvedDepartmentIds: [SOS.id] }).expect(200);
    rows = (await rowsFor(created.id)).slice(2);
    expect(rows.map((r) => `${r.table_name}:${r.action}`).sort()).toEqual(['initiative:update', 'initiative_department:delete', 'initiative_department:insert']);
    const update = rows.find((r) => r.action === 'update')!;
    expect(update.before).toMatchObject({ title: created.title, version: 1 });
    expect(update.after).toMatchObject({ title: 'Ny titel', version: 2 });
    expect(rows.find((r) => r.action === 'delete')).toMatchObject({ before: { department_id: OKD.id }, after: null });

    const history = (await lead.get(`/api/v1/initiatives/${created.id}/history`).expect(200)).body as AuditEntry[];
    expect(history).toHaveLength(5);
    expect(history[0].actor).toEqual({ id: lead.user.id, name: lead.user.name });
    expect(new Date(history[0].at).getTime()).toBeGreaterThanOrEqual(new Date(history[4].at).getTime());
  });

  it('writes nothing when a change is refused or rolled back', async () => {
    const created = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body;
    const before = (await rowsFor(created.id)).length;
    await lead.patch(`/api/v1/initiatives/${created.id}`).send({ version: 1, title: 'x', plannedStart: '2026-05-01', plannedEnd: '2026-04-01' }).expect(400);
    await lead.patch(`/api/v1/initiatives/${created.id}`).send({ version: 9, title: 'x' }).expect(409);
    expect((await rowsFor(created.id)).length).toBe(before);
  });

  it('keeps password hashes out of the log and lets the app role only read it', async () => {
    const admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    const user = (await admin.post('/api/v1/users').send({ email: 'logget@test.gevinst.dk', name: 'Logget', roles: ['finance'], password: 'a long enough password' }).expect(201)).body;
    const [row] = await rowsFor(user.id);
    expect(row.after).toMatchObject({ email: 'logget@test.gevinst.dk' });
    expect(row.after).not.toHaveProperty('password_hash');

    const asAppRole = async (sql: string) => {
      const runner = t.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query('SET LOCAL ROLE gevinst_app');
        await runner.query(`SELECT set_config('app.organisation_id', $1, true)`, [org.organisation.id]);
        return await runner.query(sql);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    await expect(asAppRole('UPDATE audit_log SET action = \'insert\'')).rejects.toThrow(/permission denied/);
    await expect(asAppRole('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
    await expect(asAppRole(`INSERT INTO audit_log (organisation_id, table_name, row_id, action) VALUES ('${org.organisation.id}', 'x', gen_random_uuid(), 'insert')`)).rejects.toThrow(/permission denied/);
    expect((await asAppRole('SELECT count(*)::int AS n FROM audit_log'))[0].n).toBeGreaterThan(0);
  });

  it('lets admins search the organisation’s log by table, row, actor and day, and refuses others', async () => {
    const admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    const today = testToday();
    const page = (await admin.get(`/api/v1/audit?tableName=initiative&actorId=${lead.user.id}&from=${today}&to=${today}&pageSize=2`).expect(200)).body;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items.every((e: AuditEntry) => e.tableName === 'initiative' && e.actor?.id === lead.user.id)).toBe(true);
    expect((await admin.get('/api/v1/audit?from=2000-01-01&to=2000-01-02').expect(200)).body.total).toBe(0);
    await admin.get('/api/v1/audit?tableName=pg_authid').expect(400);
    await lead.get('/api/v1/audit').expect(403);
  });
});
