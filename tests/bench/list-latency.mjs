// Rerunnable benchmark: latency of GET /api/v1/initiatives with 1,000 initiatives in one organisation.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:list [-- --requests 300]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Algorithm, hash } from '@node-rs/argon2';
import pg from 'pg';
import { nxBin, repoRoot, run, stopChild } from '../../scripts/lib/process.mjs';

const requests = Number(process.argv[process.argv.indexOf('--requests') + 1]) || 200;
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

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
const dbName = `gevinst_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;

const port = await freePort();
const api = spawn(process.execPath, [join(repoRoot, 'dist/apps/api/main.js')], {
  env: { ...process.env, DATABASE_URL: dbUrl.toString(), PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production' },
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
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 998, 'BEN') RETURNING id`)).rows;
  const departments = (
    await db.query(
      `INSERT INTO department (organisation_id, code, name) SELECT $1, 'D' || g, 'Afdeling ' || g FROM generate_series(1, 20) g RETURNING id`,
      [org],
    )
  ).rows.map((r) => r.id);
  await db.query(
    `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end)
     SELECT $1, 'BEN-2026-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g || CASE WHEN g % 7 = 0 THEN ' robot' ELSE '' END,
            'Formål ' || g, ($2::uuid[])[1 + g % 20], CASE WHEN g % 3 = 0 THEN 'small' ELSE 'large' END::initiative_size_class,
            (ARRAY['idea','analysis','implementation','realisation','closed'])[1 + g % 5]::initiative_phase,
            DATE '2024-01-01' + (g % 700), DATE '2026-01-01' + (g % 700)
     FROM generate_series(1, 1000) g`,
    [org, departments],
  );
  const password = 'bench password 2026';
  await db.query(`INSERT INTO app_user (organisation_id, email, name, roles, password_hash) VALUES ($1, 'bench@bench.gevinst.dk', 'Bench', '{finance}', $2)`, [
    org,
    await hash(password, { algorithm: Algorithm.Argon2id }),
  ]);
  await db.query('ANALYZE');
  await db.end();
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'bench@bench.gevinst.dk', password }),
  });
  if (!login.ok) throw new Error(`sign-in: HTTP ${login.status}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const get = (path) => fetch(`${base}${path}`, { headers: { cookie } });

  const cases = [
    ['page 1, default sort', ''],
    ['phase filter', 'phase=implementation&phase=realisation'],
    ['department filter', `departmentId=${departments[3]}`],
    ['text search', 'q=robot'],
    ['sort by title desc', 'sort=title&direction=desc'],
    ['deep page (page 40 of 25)', 'page=40&pageSize=25'],
    ['100 per page', 'pageSize=100'],
  ];
  const rows = [];
  for (const [name, query] of cases) {
    for (let i = 0; i < 20; i++) await get(`/initiatives?${query}`).then((r) => r.arrayBuffer());
    const times = [];
    for (let i = 0; i < requests; i++) {
      const start = process.hrtime.bigint();
      const response = await get(`/initiatives?${query}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    rows.push({ name, query, requests, p50Ms: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2) });
  }
  console.log(`\nGET /api/v1/initiatives, 1,000 initiatives, ${requests} sequential requests each\n`);
  console.log('| Case | p50 ms | p95 ms |\n|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.p50Ms} | ${r.p95Ms} |`);
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'tmp', 'bench-list.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
  console.log('\nwritten: tmp/bench-list.json');
} finally {
  await stopChild(api);
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  if (embedded) await embedded.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
