// Rerunnable benchmark of the benefit card PDF (gevinstrealiseringskort): the card of an initiative larger than any in
// the demo or the scale seed (40 goals with 24 measurements each, 120 benefits with ten-year profiles, 400 evaluation
// points, 30 preconditions on its map, 50 funding lines, in analysis so every health rule runs), and a steering
// group's meeting pack of --pack cards (that initiative and ordinary ones). Times each download to its last byte
// (median of --runs after a warm-up) and samples the API server's RSS every 20 ms meanwhile (VmHWM too, reset before
// each run when allowed). Checks every PDF with pdfinfo when poppler-utils are installed: one page per card.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:card [-- --runs 10 --pack 100] (the PDFs of the first run are kept in tmp/bench-card-*.pdf)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/process.mjs';
import { hashPassword, withBenchApi } from './harness.mjs';

const argument = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const runs = argument('--runs', 10);
const packSize = argument('--pack', 100);
const PASSWORD = 'bench-password-not-secret';
const year = new Date().getFullYear();

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 995, 'BEN') RETURNING id`)).rows;
  const departments = (
    await db.query(`INSERT INTO department (organisation_id, code, name) SELECT $1, 'D' || g, 'Afdeling for område ' || g FROM generate_series(1, 20) g RETURNING id`, [org])
  ).rows.map((r) => r.id);
  const passwordHash = await hashPassword(PASSWORD);
  const users = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, name, roles, password_hash, department_id)
       SELECT $1, 'bruger' || g || '@bench.gevinst.dk', 'Bench Bruger Østergård ' || g, '{admin}', $2, ($3::uuid[])[1 + g % 20] FROM generate_series(1, 20) g RETURNING id`,
      [org, passwordHash, departments],
    )
  ).rows.map((r) => r.id);
  const [{ id: group }] = (await db.query(`INSERT INTO steering_group (organisation_id, name, level) VALUES ($1, 'Direktionen', 'directorate') RETURNING id`, [org])).rows;
  // The focus initiative is BEN-…-0001; the others fill the pack.
  await db.query(
    `INSERT INTO initiative (organisation_id, code, title, purpose, description, lead_department_id, size_class, phase, planned_start, planned_end, project_lead_id)
     SELECT $1, 'BEN-${year}-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g || ' om digital selvbetjening på ældreområdet', repeat('Formål med æøå. ', 40),
            repeat('Beskrivelse. ', 30), ($2::uuid[])[1 + g % 20], 'large', 'analysis', make_date(${year} - 1, 1, 1), make_date(${year} + 3, 12, 31), ($3::uuid[])[1 + g % 20]
     FROM generate_series(1, $4::int) g`,
    [org, departments, users, packSize],
  );
  await db.query(
    `INSERT INTO initiative_governance (initiative_id, organisation_id, steering_group_id, project_owner_id)
     SELECT id, $1, $2, $3 FROM initiative WHERE organisation_id = $1`,
    [org, group, users[0]],
  );
  const [{ id: focus }] = (await db.query(`SELECT id FROM initiative WHERE code = 'BEN-${year}-0001'`)).rows;
  const sizes = (id) => (id === focus ? { goals: 40, benefits: 120 } : { goals: 4, benefits: 6 });
  for (const { id } of (await db.query('SELECT id FROM initiative WHERE organisation_id = $1', [org])).rows) {
    const { goals, benefits } = sizes(id);
    await db.query(
      `INSERT INTO goal (organisation_id, initiative_id, title, indicator_name, unit, direction, baseline_value, baseline_date, target_value, target_date,
                         pessimistic_target, optimistic_target, side_effects_considered)
       SELECT $1, $2, 'Færre henvendelser om hjælpemidler nr. ' || g, 'Henvendelser pr. måned', 'antal', 'lower', 1200, make_date(${year} - 1, 3, 1),
              600, make_date(${year} + 2, 12, 31), 800, 450, true
       FROM generate_series(1, $3::int) g`,
      [org, id, goals],
    );
    await db.query(
      `INSERT INTO benefit (organisation_id, initiative_id, goal_id, title, type, quantified, unit, owner_user_id, receiving_department_id, preconditions, status)
       SELECT $1, $2, (SELECT id FROM goal WHERE initiative_id = $2 ORDER BY title LIMIT 1 OFFSET g % $4), 'Frigjort tid i visitationen nr. ' || g,
              CASE WHEN g % 2 = 0 THEN 'time' ELSE 'economic' END::benefit_type, g % 9 <> 0, CASE WHEN g % 2 = 0 THEN 'hours' ELSE 'DKK' END::benefit_unit,
              ($5::uuid[])[1 + g % 20], ($6::uuid[])[1 + g % 20], 'Systemet er i drift', 'planned'
       FROM generate_series(1, $3::int) g`,
      [org, id, benefits, goals, users, departments],
    );
  }
  await db.query(
    `INSERT INTO benefit_year (organisation_id, benefit_id, year, planned, realised)
     SELECT $1, b.id, ${year} - 2 + y, 10000 + (abs(hashtext(b.id::text || y)) % 9000000) / 4.0, CASE WHEN y < 3 THEN 5000 + (abs(hashtext(b.id::text)) % 500000) / 4.0 END
     FROM benefit b CROSS JOIN generate_series(0, 9) y WHERE b.organisation_id = $1 AND b.quantified`,
    [org],
  );
  await db.query(
    `INSERT INTO measurement (organisation_id, goal_id, kind, measured_on, value)
     SELECT $1, g.id, CASE WHEN n = 1 THEN 'before' ELSE 'during' END::measurement_kind, make_date(${year} - 1, 3, 1) + n * 14, 1200 - n * 10
     FROM goal g CROSS JOIN generate_series(1, 24) n WHERE g.initiative_id = $2`,
    [org, focus],
  );
  await db.query(
    `INSERT INTO evaluation_point (organisation_id, benefit_id, due_date, label)
     SELECT $1, b.id, make_date(${year} - 1, 1, 1) + (n * 90 + abs(hashtext(b.id::text)) % 60), 'Kvartalsmåling ' || n
     FROM benefit b CROSS JOIN generate_series(1, CASE WHEN b.initiative_id = $2 THEN 4 ELSE 2 END) n WHERE b.organisation_id = $1`,
    [org, focus],
  );
  await db.query(
    `INSERT INTO funding_line (organisation_id, initiative_id, year, category, amount_ore, source, paying_department_id, status)
     SELECT $1, i.id, ${year} - 1 + y, (ARRAY['acquisition','implementation','operation','risk_reserve','other'])[k]::funding_category,
            100000000 + abs(hashtext(i.id::text || y || k)) % 500000000, 'own_budget', ($2::uuid[])[1 + k], 'confirmed'
     FROM initiative i CROSS JOIN generate_series(0, CASE WHEN i.id = $3 THEN 9 ELSE 2 END) y CROSS JOIN generate_series(1, 5) k WHERE i.organisation_id = $1`,
    [org, departments, focus],
  );
  await db.query('ANALYZE');
  return { org, group, focus };
}

/** Thirty preconditions (map changes), each leading to a benefit, through the map's own API. */
async function drawMap(base, cookie, focus, db) {
  const benefits = (await db.query('SELECT id FROM benefit WHERE initiative_id = $1 ORDER BY title LIMIT 30', [focus])).rows.map((r) => r.id);
  const csrf = decodeURIComponent(/XSRF-TOKEN=([^;]+)/.exec(cookie)?.[1] ?? '');
  const post = async (path, body) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', headers: { cookie, 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  for (const [i, benefit] of benefits.entries()) {
    const map = await post(`/initiatives/${focus}/benefit-map/nodes`, { kind: 'change', title: `Forudsætning nr. ${i + 1}: ny arbejdsgang i visitationen` });
    const change = map.nodes.filter((n) => n.kind === 'change').at(-1);
    await post(`/initiatives/${focus}/benefit-map/links`, { from: change.id, to: benefit });
  }
}

const status = (pid, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const resetPeak = (pid) => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
};
const mb = (kb) => +(kb / 1024).toFixed(1);

function pdfPages(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-bench-card-'));
  try {
    writeFileSync(join(dir, 'card.pdf'), pdf);
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [join(dir, 'card.pdf')], { encoding: 'utf8' }))?.[1]);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One download read to its end; first-byte and total times, the server's RSS sampled meanwhile. */
async function downloadOnce({ base, cookie, pid }, path) {
  const hwmReset = resetPeak(pid);
  const before = status(pid, 'VmRSS');
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, status(pid, 'VmRSS'))), 20);
  const start = process.hrtime.bigint();
  let firstByteMs = null;
  const chunks = [];
  try {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    for await (const chunk of response.body) {
      firstByteMs ??= Number(process.hrtime.bigint() - start) / 1e6;
      chunks.push(chunk);
    }
  } finally {
    clearInterval(timer);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  peak = Math.max(peak, status(pid, 'VmRSS'));
  return { ms, firstByteMs, pdf: Buffer.concat(chunks), beforeKb: before, peakKb: peak, hwmKb: hwmReset ? status(pid, 'VmHWM') : null };
}

async function downloadCase(ctx, name, path, expectPages) {
  await downloadOnce(ctx, path); // warm-up
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await downloadOnce(ctx, path));
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  };
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'tmp', `bench-card-${expectPages === 1 ? 'single' : 'pack'}.pdf`), results[0].pdf);
  const pages = pdfPages(results[0].pdf);
  if (pages !== null && pages !== expectPages) throw new Error(`${name}: ${pages} pages, expected ${expectPages}`);
  const hwms = results.map((r) => r.hwmKb).filter((x) => x !== null);
  return {
    name,
    path,
    runs,
    pages: pages ?? 'not checked (no pdfinfo)',
    medianMs: +median(results.map((r) => r.ms)).toFixed(0),
    minMs: +Math.min(...results.map((r) => r.ms)).toFixed(0),
    maxMs: +Math.max(...results.map((r) => r.ms)).toFixed(0),
    firstByteMs: +median(results.map((r) => r.firstByteMs)).toFixed(0),
    kb: Math.round(results[0].pdf.length / 1024),
    rssBeforeMb: mb(Math.min(...results.map((r) => r.beforeKb))),
    peakRssMb: mb(Math.max(...results.map((r) => r.peakKb))),
    peakHwmMb: hwms.length ? mb(Math.max(...hwms)) : null,
  };
}

await withBenchApi('card', async ({ base, db, pid, signIn }) => {
  if (!pid) throw new Error('the harness did not pass the API process id');
  const { group, focus } = await seed(db);
  const cookie = await signIn('bruger1@bench.gevinst.dk', PASSWORD);
  await drawMap(base, cookie, focus, db);
  const ctx = { base, pid, cookie };
  const rows = [
    await downloadCase(ctx, 'Card of the largest initiative (40 goals, 120 benefits × 10 years, 30 preconditions)', `/initiatives/${focus}/benefit-card.pdf`, 1),
    await downloadCase(ctx, `Steering group pack, ${packSize} cards`, `/steering-groups/${group}/benefit-cards.pdf`, packSize),
  ];
  console.log(`\nBenefit card PDF: median of ${runs} runs after a warm-up (API built for production, 2-core machine)\n`);
  console.log('| Case | pages | median ms | min ms | max ms | first byte ms | size kB | server RSS before MB | server peak RSS MB | peak VmHWM MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.pages} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.firstByteMs} | ${r.kb} | ${r.rssBeforeMb} | ${r.peakRssMb} | ${r.peakHwmMb ?? 'n/a'} |`);
  }
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'tmp', 'bench-benefit-card.json'), JSON.stringify({ at: new Date().toISOString(), runs, packSize, rows }, null, 2));
  console.log('\nwritten: tmp/bench-benefit-card.json');
});
