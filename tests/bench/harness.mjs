// Shared by the benchmarks: build the API, a scratch database (on DATABASE_URL's server, else an embedded
// PostgreSQL), the API in production mode on it, sign-in, timing of repeated requests, and the clean-up.
import { Algorithm, hash } from '@node-rs/argon2';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { nxBin, repoRoot, run, stopChild } from '../../scripts/lib/process.mjs';

export const requestsArg = (fallback = 200) => Number(process.argv[process.argv.indexOf('--requests') + 1]) || fallback;

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export const hashPassword = (password) => hash(password, { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

/** Runs `work(bench)` against a freshly built API on a scratch database, and always cleans up. */
export async function withBenchApi(name, work) {
  if ((await run(process.execPath, [nxBin, 'build', 'api', '--outputStyle=static'])) !== 0) process.exit(1);
  let embedded = null;
  let dataDir = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = await import('../../scripts/lib/embedded-db.mjs');
    dataDir = mkdtempSync(join(tmpdir(), 'gevinst-bench-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = embedded.url('postgres');
  }
  const dbName = `gevinst_bench_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const port = await freePort();
  const api = spawn(process.execPath, [join(repoRoot, 'dist/apps/api/main.js')], {
    env: { ...process.env, DATABASE_URL: dbUrl.toString(), PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production', SEED_DEMO: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    for (let i = 0; i < 120; i++) {
      if (await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const db = new pg.Client({ connectionString: dbUrl.toString() });
    await db.connect();
    try {
      // pid: the API's process, for benches that sample its memory (/proc/<pid>/status).
      await work({ base, db, pid: api.pid, signIn: (email, password) => signIn(base, email, password) });
    } finally {
      await db.end();
    }
  } finally {
    await stopChild(api);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    if (embedded) await embedded.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function signIn(base, email, password) {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in: HTTP ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** p50/p95 of `requests` sequential rounds (after 20 warm-up rounds); each round fetches all paths in parallel. */
export async function measure({ base, cookie, requests }, name, paths) {
  const once = async () => {
    const responses = await Promise.all(paths.map((path) => fetch(`${base}${path}`, { headers: { cookie } })));
    for (const [i, response] of responses.entries()) {
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${name} ${paths[i]}: HTTP ${response.status}`);
    }
  };
  for (let i = 0; i < 20; i++) await once();
  const times = [];
  for (let i = 0; i < requests; i++) {
    const start = process.hrtime.bigint();
    await once();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { name, paths, requests, p50Ms: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2) };
}

/** Prints the Markdown table and writes the JSON next to it in tmp/. */
export function report(title, file, rows, extra = {}) {
  console.log(`\n${title}\n`);
  console.log('| Case | p50 ms | p95 ms |\n|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.p50Ms} | ${r.p95Ms} |`);
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'tmp', file), JSON.stringify({ at: new Date().toISOString(), ...extra, rows }, null, 2));
  console.log(`\nwritten: tmp/${file}`);
}
