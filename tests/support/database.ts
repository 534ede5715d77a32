import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { testClock } from './clock';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('TEST_ADMIN_DATABASE_URL is not set: run the tests through Jest (tests/support/global-setup.mjs)');
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, migrated to the latest schema, so files can run in parallel. Its audit log's
 * time runs as many days ahead as the test clock (`app.clock_shift_days`, read by app_clock_now()).
 */
export async function createTestDatabase(options: { migrate?: boolean; clockShiftDays?: number } = {}): Promise<TestDatabase> {
  const name = `gevinst_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(5).toString('hex')}`;
  const shift = Math.trunc(options.clockShiftDays ?? testClock().shiftDays);
  await admin(async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
    if (shift !== 0) await client.query(`ALTER DATABASE ${name} SET app.clock_shift_days = '${shift}'`);
  });
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  if (options.migrate ?? true) {
    const dataSource = new DataSource(dataSourceOptions(url.toString(), 2));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  }
  return {
    url: url.toString(),
    name,
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
