import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { createTestDatabase, TestDatabase } from '../support/database';

/** The CI check that entities and migrations agree, and that every migration can be undone. */
describe('database schema', () => {
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

  it('has no difference between the entities and the migrated schema', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    const statements = pending.upQueries.map((query) => query.query);
    if (statements.length > 0) {
      console.error(`Entities and migrations disagree. A migration needs:\n${statements.join(';\n')};\n\nDown:\n${pending.downQueries.map((q) => q.query).reverse().join(';\n')};`);
    }
    expect(statements).toEqual([]);
  });

  it('puts organisation_id on every tenant-owned table', async () => {
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT t.table_name FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
         AND t.table_name NOT IN ('organisation', 'schema_migration')
         AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                         WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'organisation_id')`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([]);
  });

  it('undoes every migration with its down() and applies them again', async () => {
    const applied: unknown[] = await dataSource.query('SELECT * FROM schema_migration');
    expect(applied.length).toBe(dataSource.migrations.length);
    for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const left: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
    );
    expect(left).toEqual([]);
    const types: unknown[] = await dataSource.query(`SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`);
    expect(types).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
