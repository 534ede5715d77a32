// Rerunnable benchmark of the finance exports over a full funding plan: 1,000 initiatives × 5 years × 5 lines =
// 25,000 funding lines (plus 2 quantified benefits with 5 years each per initiative, one pool with 300 applications).
// Times the full .xlsx and .csv exports (median of several runs after one warm-up) and the API server's peak memory
// during each export (VmRSS of /proc/<pid>/status sampled every 20 ms; VmHWM too, reset before each run when allowed),
// plus the overview's latency over the same data. Finally it abandons a download half-way and checks that no
// database connection is left inside a transaction.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:finance [-- --runs 5 --requests 50 --initiatives 1000]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/process.mjs';
import { hashPassword, measure, requestsArg, withBenchApi } from './harness.mjs';

const requests = requestsArg(50);
const argument = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const runs = argument('--runs', 5);
/** `--initiatives 4000` (100,000 lines) shows whether the server's peak memory depends on the plan's length. */
const initiatives = argument('--initiatives', 1000);
const PASSWORD = 'bench-password-not-secret';

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 997, 'BEN') RETURNING id`)).rows;
  const departments = (
    await db.query(`INSERT INTO department (organisation_id, code, name) SELECT $1, 'D' || g, 'Afdeling ' || g FROM generate_series(1, 20) g RETURNING id`, [org])
  ).rows.map((r) => r.id);
  const passwordHash = await hashPassword(PASSWORD);
  const [{ id: user }] = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, name, roles, password_hash) VALUES ($1, 'oekonomi@bench.gevinst.dk', 'Bench Økonomi', '{finance}', $2) RETURNING id`,
      [org, passwordHash],
    )
  ).rows;
  await db.query(
    `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end)
     SELECT $1, 'BEN-2026-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g, 'Formål ' || g, ($2::uuid[])[1 + g % 20],
            'large'::initiative_size_class, (ARRAY['analysis','implementation','realisation'])[1 + g % 3]::initiative_phase,
            DATE '2024-01-01' + (g % 700), DATE '2026-01-01' + (g % 700)
     FROM generate_series(1, $3::int) g`,
    [org, departments, initiatives],
  );
  const [{ id: pool }] = (await db.query(`INSERT INTO funding_pool (organisation_id, name, rules) VALUES ($1, 'Digitaliseringsbanken', 'Højst to sider') RETURNING id`, [org])).rows;
  await db.query(`INSERT INTO funding_pool_year (organisation_id, pool_id, year, capital_ore) SELECT $1, $2, y, 2500000000 FROM generate_series(2025, 2029) y`, [org, pool]);
  // 5 lines per initiative and year, one per category; sources, payers and statuses vary; every fifth line has a note.
  await db.query(
    `INSERT INTO funding_line (organisation_id, initiative_id, year, category, amount_ore, source, pool_id, source_name, paying_department_id, note, status)
     SELECT $1, i.id, y, (ARRAY['acquisition','implementation','operation','risk_reserve','other'])[k]::funding_category,
            100 + abs(hashtext(i.id::text || y || k)) % 50000000,
            (ARRAY['own_budget','pool','central','external_grant','own_budget'])[k]::funding_source,
            CASE WHEN k = 2 THEN $3::uuid END,
            CASE WHEN k = 3 THEN 'Centrale midler ' || y WHEN k = 4 THEN 'EU-tilskud' END,
            ($2::uuid[])[1 + abs(hashtext(i.id::text || k)) % 20],
            CASE WHEN k = 5 THEN 'Note til linjen; "drift" ' || y END,
            CASE WHEN y <= 2026 THEN 'confirmed' ELSE 'proposed' END::funding_line_status
     FROM initiative i CROSS JOIN generate_series(2025, 2029) y CROSS JOIN generate_series(1, 5) k WHERE i.organisation_id = $1`,
    [org, departments, pool],
  );
  await db.query(
    `INSERT INTO benefit (organisation_id, initiative_id, title, type, quantified, unit, receiving_department_id, status)
     SELECT $1, i.id, 'Gevinst ' || k || ' af ' || i.code, (ARRAY['economic','time'])[k]::benefit_type, true,
            (ARRAY['DKK','hours'])[k]::benefit_unit, ($2::uuid[])[1 + abs(hashtext(i.id::text || 'b' || k)) % 20], 'planned'
     FROM initiative i CROSS JOIN generate_series(1, 2) k WHERE i.organisation_id = $1`,
    [org, departments],
  );
  await db.query(
    `INSERT INTO benefit_year (organisation_id, benefit_id, year, planned, realised)
     SELECT $1, b.id, y, 1000 + (abs(hashtext(b.id::text || y)) % 900000) / 4.0, CASE WHEN y < 2027 THEN 500 + (abs(hashtext(b.id::text)) % 5000) / 4.0 END
     FROM benefit b CROSS JOIN generate_series(2025, 2029) y WHERE b.organisation_id = $1`,
    [org],
  );
  await db.query(
    `INSERT INTO pool_application (organisation_id, pool_id, initiative_id, year, amount_ore, category, purpose, status, applied_by, decided_by, decided_at, reason)
     SELECT $1, $2, i.id, 2025 + n % 5, 10000000 + n * 1000, 'implementation', 'Formål ' || n,
            (ARRAY['applied','granted','rejected'])[1 + n % 3]::application_status, $3,
            CASE WHEN n % 3 <> 0 THEN $3::uuid END, CASE WHEN n % 3 <> 0 THEN now() END, CASE WHEN n % 3 = 2 THEN 'Afslået: uden business case' END
     FROM (SELECT id, row_number() OVER (ORDER BY code) AS n FROM initiative WHERE organisation_id = $1) i WHERE i.n <= 300`,
    [org, pool, user],
  );
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM initiative)::int AS initiatives, (SELECT count(*) FROM funding_line)::int AS funding_lines,
              (SELECT count(*) FROM benefit_year)::int AS benefit_years, (SELECT count(*) FROM pool_application)::int AS applications`,
    )
  ).rows[0];
  await db.query('ANALYZE');
  return { counts, departments };
}

const status = (pid, field) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
};
/** Resets the peak-RSS mark (VmHWM) of the process; needs permission on /proc/<pid>/clear_refs (Linux ≥ 4.0). */
const resetPeak = (pid) => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
};
const mb = (kb) => +(kb / 1024).toFixed(1);

/** One download, read as it streams; the server's RSS is sampled every 20 ms meanwhile. */
async function exportOnce({ base, cookie, pid }, path, expectLines) {
  const hwmReset = resetPeak(pid);
  const before = status(pid, 'VmRSS');
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, status(pid, 'VmRSS'))), 20);
  const start = process.hrtime.bigint();
  let bytes = 0;
  let crlf = 0;
  let previous = 0;
  try {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    for await (const chunk of response.body) {
      bytes += chunk.length;
      if (expectLines) {
        // A CRLF may straddle two chunks.
        for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10 && (i > 0 ? chunk[i - 1] : previous) === 13) crlf++;
        previous = chunk[chunk.length - 1];
      }
    }
  } finally {
    clearInterval(timer);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  peak = Math.max(peak, status(pid, 'VmRSS'));
  if (expectLines && crlf !== expectLines) throw new Error(`${path}: ${crlf} lines, expected ${expectLines}`);
  return { ms, bytes, beforeKb: before, peakKb: peak, hwmKb: hwmReset ? status(pid, 'VmHWM') : null };
}

async function exportCase(ctx, name, path, expectLines) {
  await exportOnce(ctx, path, expectLines); // warm-up
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await exportOnce(ctx, path, expectLines));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  const hwms = results.map((r) => r.hwmKb).filter((x) => x !== null);
  return {
    name,
    path,
    runs,
    medianMs: +median.toFixed(0),
    minMs: +times[0].toFixed(0),
    maxMs: +times[times.length - 1].toFixed(0),
    bytes: results[0].bytes,
    rssBeforeMb: mb(Math.min(...results.map((r) => r.beforeKb))),
    peakRssMb: mb(Math.max(...results.map((r) => r.peakKb))),
    peakHwmMb: hwms.length ? mb(Math.max(...hwms)) : null,
  };
}

/** Starts a download, drops it after the first chunk, and counts the connections still inside a transaction. */
async function abandon({ base, cookie, db }, path) {
  const controller = new AbortController();
  const response = await fetch(`${base}${path}`, { headers: { cookie }, signal: controller.signal });
  const reader = response.body.getReader();
  await reader.read();
  controller.abort();
  await reader.cancel().catch(() => undefined);
  for (let i = 0; i < 50; i++) {
    const [{ busy }] = (
      await db.query(
        `SELECT count(*)::int AS busy FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND (state LIKE 'idle in transaction%' OR state = 'active')`,
      )
    ).rows;
    if (busy === 0) return { path, connectionsInTransaction: 0, settledMs: i * 100 };
    await new Promise((r) => setTimeout(r, 100));
  }
  return { path, connectionsInTransaction: 'still busy after 5 s' };
}

await withBenchApi('finance', async ({ base, db, pid, signIn }) => {
  if (!pid) throw new Error('the harness did not pass the API process id');
  const { counts, departments } = await seed(db);
  const ctx = { base, db, pid, requests, cookie: await signIn('oekonomi@bench.gevinst.dk', PASSWORD) };
  const lines = counts.funding_lines;
  const filtered = `?fromYear=2026&toYear=2027&departmentId=${departments[3]}&status=confirmed,proposed`;

  const exports = [
    await exportCase(ctx, `Full funding plan .xlsx (${lines} lines, 4 sheets)`, '/finance/export.xlsx'),
    await exportCase(ctx, `Full funding plan .csv (${lines} lines)`, '/finance/export.csv', lines + 9),
    await exportCase(ctx, 'Filtered .xlsx (2 years, 1 department)', `/finance/export.xlsx${filtered}`),
    await exportCase(ctx, 'Filtered .csv (2 years, 1 department)', `/finance/export.csv${filtered}`),
  ];
  const overview = [
    await measure(ctx, 'Overview, all lines', ['/finance/overview']),
    await measure(ctx, 'Overview, 2 years, 1 department', [`/finance/overview${filtered}`]),
  ];
  const abandoned = [await abandon(ctx, '/finance/export.xlsx'), await abandon(ctx, '/finance/export.csv')];

  console.log(
    `\nFinance exports: ${counts.initiatives} initiatives, ${lines} funding lines, ${counts.benefit_years} benefit years, ` +
      `${counts.applications} applications; median of ${runs} runs after a warm-up\n`,
  );
  console.log('| Case | median ms | min ms | max ms | size kB | server RSS before MB | server peak RSS MB (20 ms samples) | peak VmHWM MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of exports) {
    console.log(`| ${r.name} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${Math.round(r.bytes / 1024)} | ${r.rssBeforeMb} | ${r.peakRssMb} | ${r.peakHwmMb ?? 'n/a'} |`);
  }
  console.log(`\n| Case | p50 ms | p95 ms |\n|---|---:|---:|`);
  for (const r of overview) console.log(`| ${r.name} (${requests} requests) | ${r.p50Ms} | ${r.p95Ms} |`);
  console.log(`\nAbandoned downloads: ${abandoned.map((a) => `${a.path} → ${a.connectionsInTransaction} connections left in a transaction`).join('; ')}`);
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'tmp', 'bench-finance-export.json'), JSON.stringify({ at: new Date().toISOString(), counts, runs, exports, overview, abandoned }, null, 2));
  console.log('\nwritten: tmp/bench-finance-export.json');
});
