// `npm start`: build what is needed, start the embedded PostgreSQL when DATABASE_URL is unset,
// then serve the API and the web app on one port. Stops everything cleanly on Ctrl-C / SIGTERM.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { nxBin, repoRoot, run, stopChild, takeOverSignals } from './lib/process.mjs';

const say = (message) => console.log(`[gevinst] ${message}`);

let database = null;

async function main() {
  say('Building the API and the web app (cached after the first run)…');
  const buildCode = await run(process.execPath, [nxBin, 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static']);
  if (buildCode !== 0) {
    console.error('[gevinst] The build failed; see the output above.');
    process.exit(buildCode);
  }

  const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
  env.WEB_DIST_PATH ??= resolve(repoRoot, 'dist', 'apps', 'web', 'browser');
  if (!env.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import('./lib/embedded-db.mjs');
    const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
    say(`DATABASE_URL is not set: starting the embedded PostgreSQL on port ${port} (data in .data/postgres)…`);
    database = await startEmbeddedPostgres({ dataDir: resolve(repoRoot, '.data', 'postgres'), port });
    await database.ensureDatabase('gevinst');
    env.DATABASE_URL = database.url('gevinst');
    env.SEED_DEMO ??= 'true';
  }

  let stopping = false;
  const api = spawn(process.execPath, ['--enable-source-maps', resolve(repoRoot, 'dist', 'apps', 'api', 'main.js')], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });

  const shutdown = async (reason, exitCode) => {
    if (stopping) return;
    stopping = true;
    say(`Stopping (${reason})…`);
    await stopChild(api);
    if (database) {
      await database.stop().catch((error) => console.error('[gevinst] Stopping PostgreSQL failed:', error));
      say('Embedded PostgreSQL stopped.');
    }
    process.exit(exitCode);
  };
  takeOverSignals((signal) => shutdown(signal, 0));
  api.on('exit', (code, signal) => shutdown(`API exited with ${code ?? signal}`, code ?? 1));
}

main().catch(async (error) => {
  console.error(`[gevinst] ${error instanceof Error ? error.message : String(error)}`);
  await database?.stop().catch(() => undefined);
  process.exit(1);
});
