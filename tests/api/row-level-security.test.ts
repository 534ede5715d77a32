import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { createOrganisation } from '../factories/organisation.factory';
import { createTestDatabase, TestDatabase } from '../support/database';

/** The second wall: PostgreSQL itself confines the app role to the organisation set for the transaction. */
describe('row-level security', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('is enabled, forced and has a USING and WITH CHECK policy on every table with organisation_id', async () => {
    const tables: { table_name: string; rls: boolean; forced: boolean; policies: number; qual: string | null; with_check: string | null }[] =
      await dataSource.query(`
        SELECT c.relname AS table_name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
               (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname) AS policies,
               (SELECT p.qual FROM pg_policies p WHERE p.tablename = c.relname LIMIT 1) AS qual,
               (SELECT p.with_check FROM pg_policies p WHERE p.tablename = c.relname LIMIT 1) AS with_check
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND (c.relname = 'organisation' OR EXISTS (SELECT 1 FROM information_schema.columns col
               WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'organisation_id'))`);
    expect(tables.length).toBeGreaterThanOrEqual(8);
    const lacking = tables.filter((t) => !t.rls || !t.forced || t.policies === 0 || !t.qual || !t.with_check).map((t) => t.table_name);
    expect(lacking).toEqual([]);
  });

  it('runs the app as a role that owns nothing and cannot bypass row-level security', async () => {
    const [role] = await dataSource.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'gevinst_app'`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'gevinst_app'`,
    );
    expect(owned).toEqual([]);
  });

  it('shows and changes only the organisation set with SET LOCAL, and nothing when none is set', async () => {
    const a = await createOrganisation(dataSource, { codePrefix: 'AAA' });
    const b = await createOrganisation(dataSource, { codePrefix: 'BBB' });
    const inTenant = async <T>(organisationId: string | null, work: (q: (sql: string, p?: unknown[]) => Promise<T[]>) => Promise<unknown>) => {
      const runner = dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query('SET LOCAL ROLE gevinst_app');
        if (organisationId) await runner.query(`SELECT set_config('app.organisation_id', $1, true)`, [organisationId]);
        return await work((sql, params) => runner.query(sql, params));
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const codes = (rows: { code: string }[]) => rows.map((r) => r.code).sort();

    expect(codes((await inTenant(a.organisation.id, (q) => q('SELECT code FROM department'))) as { code: string }[])).toEqual(
      ['OKD', 'OKD-IT', 'OKD-OKO', 'SOS', 'SOS-AEL'],
    );
    expect(await inTenant(a.organisation.id, (q) => q('SELECT id FROM organisation'))).toEqual([{ id: a.organisation.id }]);
    expect(await inTenant(null, (q) => q('SELECT id FROM department'))).toEqual([]);
    expect(await inTenant(a.organisation.id, (q) => q('SELECT id FROM department WHERE organisation_id = $1', [b.organisation.id]))).toEqual([]);
    await expect(
      inTenant(a.organisation.id, (q) => q(`INSERT INTO department (organisation_id, code, name) VALUES ($1, 'X', 'Smuglet')`, [b.organisation.id])),
    ).rejects.toThrow(/row-level security/);
    const overtaken = async () =>
      Number((await dataSource.query(`SELECT count(*) AS n FROM department WHERE name = 'Overtaget'`))[0].n);
    const commitAsTenant = async (sql: string, params: unknown[]) => {
      await dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL ROLE gevinst_app');
        await manager.query(`SELECT set_config('app.organisation_id', $1, true)`, [a.organisation.id]);
        await manager.query(sql, params);
      });
    };
    await commitAsTenant(`UPDATE department SET name = 'Overtaget' WHERE organisation_id = $1`, [b.organisation.id]);
    await commitAsTenant(`DELETE FROM department WHERE organisation_id = $1`, [b.organisation.id]);
    expect(await overtaken()).toBe(0);
    expect(Number((await dataSource.query('SELECT count(*) AS n FROM department WHERE organisation_id = $1', [b.organisation.id]))[0].n)).toBe(5);
    await expect(
      inTenant(a.organisation.id, (q) => q(`UPDATE department SET organisation_id = $1 WHERE code = 'OKD'`, [b.organisation.id])),
    ).rejects.toThrow(/row-level security/);
  });
});
