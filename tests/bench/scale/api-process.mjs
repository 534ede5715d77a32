// Starts the built API (dist/apps/api/main.js) in production mode on a free port, optionally with SQL_LOG=true,
// whose statements it collects from stdout.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot, stopChild } from '../../../scripts/lib/process.mjs';
import { freePort } from '../harness.mjs';

const READY_TIMEOUT_MS = 90_000;

/** Resolves with { base, origin, pid, statements, stop() } once /health/ready answers. */
export async function startApi(databaseUrl, { sqlLog = false } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'dist/apps/api/main.js')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      // The bench warms the largest organisation itself; a boot-time warm-up of all 98 would load the machine meanwhile.
      ROLLUP_WARMUP: 'false',
      LOG_LEVEL: 'warn',
      DB_MIGRATIONS_RUN: 'false',
      SEED_DEMO: 'false',
      SQL_LOG: String(sqlLog),
      WEB_DIST_PATH: join(repoRoot, 'dist/apps/web/browser'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const statements = [];
  const logTail = [];
  const keep = (line) => {
    logTail.push(line);
    if (logTail.length > 40) logTail.shift();
  };
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('{"sqlLog":')) statements.push(JSON.parse(line).sqlLog);
    else keep(line);
  });
  createInterface({ input: child.stderr }).on('line', keep);
  const base = `http://127.0.0.1:${port}/api/v1`;
  const api = {
    base,
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid,
    statements,
    logTail,
    stop: () => stopChild(child),
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up (code ${child.exitCode}):\n${logTail.join('\n')}`);
    if (await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) return api;
    await new Promise((r) => setTimeout(r, 300));
  }
  await api.stop();
  throw new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${logTail.join('\n')}`);
}

/** Signs in; returns the Cookie header and the CSRF token that state-changing requests must echo (x-xsrf-token). */
export async function signIn(base, email, password) {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email}: HTTP ${response.status} ${await response.text()}`);
  const pairs = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = pairs.find((p) => p.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
  if (!csrf) throw new Error('sign-in set no XSRF-TOKEN cookie');
  return { cookie: pairs.join('; '), csrf: decodeURIComponent(csrf) };
}
