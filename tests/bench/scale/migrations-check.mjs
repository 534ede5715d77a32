// The seeded database must have every migration of this checkout: an index or column added since it was seeded would
// otherwise be measured as missing (or the API would fail on it). `--migrate` applies them as a release would.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, run } from '../../../scripts/lib/process.mjs';

/** The migration files (e.g. 1764921600000-scale-indexes) whose timestamp the database has not recorded. */
export async function pendingMigrations(db) {
  const [{ table }] = (await db.query(`SELECT to_regclass('public.schema_migration') IS NOT NULL AS table`)).rows;
  if (!table) return [];
  const applied = new Set((await db.query('SELECT timestamp::text FROM schema_migration')).rows.map((r) => r.timestamp));
  return readdirSync(join(repoRoot, 'migrations'))
    .map((file) => /^(\d{13})-(.+)\.ts$/.exec(file))
    .filter((match) => match && !applied.has(match[1]))
    .map((match) => `${match[1]}-${match[2]}`)
    .sort();
}

/** `main.js migrate` of the built API against the database; throws when it fails. */
export async function applyMigrations(databaseUrl) {
  const code = await run(process.execPath, [join(repoRoot, 'dist/apps/api/main.js'), 'migrate'], { env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' } });
  if (code !== 0) throw new Error('applying the migrations failed');
}
