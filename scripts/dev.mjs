// `npm run dev`: the API (rebuilt and restarted on change) on :3000 and the Angular dev server with live reload
// on :4200 (proxying /api), on the embedded PostgreSQL unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { nxBin, repoRoot, stopChild, takeOverSignals } from './lib/process.mjs';

const env = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: process.env.LOG_LEVEL ?? 'debug' };
let database = null;
if (!env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import('./lib/embedded-db.mjs');
  database = await startEmbeddedPostgres({
    dataDir: resolve(repoRoot, '.data', 'postgres'),
    port: Number(env.EMBEDDED_PG_PORT ?? 54329),
  });
  await database.ensureDatabase('gevinst');
  env.DATABASE_URL = database.url('gevinst');
  env.SEED_DEMO ??= 'true';
}

const servers = spawn(process.execPath, [nxBin, 'run-many', '-t', 'serve', '-p', 'api', 'web', '--parallel=2'], {
  cwd: repoRoot,
  env,
  stdio: 'inherit',
});
let stopping = false;
const shutdown = async (code) => {
  if (stopping) return;
  stopping = true;
  await stopChild(servers, 'SIGINT');
  await database?.stop();
  process.exit(code);
};
takeOverSignals(() => shutdown(0));
servers.on('exit', (code) => shutdown(code ?? 0));
