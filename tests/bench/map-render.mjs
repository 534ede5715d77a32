// Rerunnable measurement of the benefit map page (/initiativer/:id/gevinstdiagram) with 60 nodes in headless
// Chromium: 20 deliveries, 20 changes (chained in pairs), 12 benefits, 6 goals and 2 strategic goals, with links
// along every chain. "Rendered": the drawing has all 60 boxes and their edges, and the text list has every node.
// Builds the production web app (unless --no-build) and the API, serves both from the API on a scratch database
// (DATABASE_URL's server, else an embedded PostgreSQL). Prints median, min and max of --runs fresh page loads after a
// warm-up; asserts nothing. Usage: node tests/bench/map-render.mjs [--runs 7] [--no-build]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { nxBin, repoRoot, run } from '../../scripts/lib/process.mjs';
import { chromiumPath } from './dashboard-render.mjs';
import { hashPassword, withBenchApi } from './harness.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const PASSWORD = 'bench-password-not-secret';
const EMAIL = 'admin@bench.gevinst.dk';
const NODES = 60;

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 994, 'BMP') RETURNING id`)).rows;
  const [{ id: department }] = (await db.query(`INSERT INTO department (organisation_id, code, name) VALUES ($1, 'D1', 'Forvaltning') RETURNING id`, [org])).rows;
  const [{ id: admin }] = (
    await db.query(`INSERT INTO app_user (organisation_id, email, name, roles, password_hash) VALUES ($1, $2, 'Bench Admin', '{admin}', $3) RETURNING id`, [org, EMAIL, await hashPassword(PASSWORD)])
  ).rows;
  const [{ id: initiative }] = (
    await db.query(
      `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, project_lead_id)
       VALUES ($1, 'BMP-2026-0001', 'Initiativ med et stort gevinstdiagram', 'Formål', $2, 'large', 'implementation', $3) RETURNING id`,
      [org, department, admin],
    )
  ).rows;
  const strategic = (await db.query(`INSERT INTO strategic_goal (organisation_id, title) SELECT $1, 'Strategisk mål ' || g FROM generate_series(1, 2) g RETURNING id`, [org])).rows.map((r) => r.id);
  const goals = (
    await db.query(
      `INSERT INTO goal (organisation_id, initiative_id, strategic_goal_id, title, indicator_name, unit, direction, target_value, target_date)
       SELECT $1, $2, ($3::uuid[])[1 + g % 2], 'Mål nummer ' || g || ' om kortere ventetid', 'Indikator', '%', 'higher', 50, CURRENT_DATE + 365 FROM generate_series(1, 6) g RETURNING id`,
      [org, initiative, strategic],
    )
  ).rows.map((r) => r.id);
  const benefits = (
    await db.query(
      `INSERT INTO benefit (organisation_id, initiative_id, goal_id, title, type, quantified, unit)
       SELECT $1, $2, ($3::uuid[])[1 + g % 6], 'Gevinst nummer ' || g || ': frigjort tid i sagsbehandlingen', 'time', true, 'hours' FROM generate_series(1, 12) g RETURNING id`,
      [org, initiative, goals],
    )
  ).rows.map((r) => r.id);
  const deliveries = (
    await db.query(
      `INSERT INTO benefit_map_node (organisation_id, initiative_id, kind, title) SELECT $1, $2, 'delivery', 'Leverance nummer ' || g || ' i projektet' FROM generate_series(1, 20) g RETURNING id`,
      [org, initiative],
    )
  ).rows.map((r) => r.id);
  const changes = (
    await db.query(
      `INSERT INTO benefit_map_node (organisation_id, initiative_id, kind, title, status, due_date)
       SELECT $1, $2, 'change', 'Forandring nummer ' || g || ' i arbejdsgangene', 'open', CURRENT_DATE + g FROM generate_series(1, 20) g RETURNING id`,
      [org, initiative],
    )
  ).rows.map((r) => r.id);
  const links = [];
  for (let i = 0; i < 20; i++) links.push([deliveries[i], changes[i], null]);
  for (let i = 0; i < 20; i += 2) links.push([changes[i], changes[i + 1], null]);
  for (let i = 1; i < 20; i += 2) links.push([changes[i], null, benefits[(i >> 1) % 12]]);
  await db.query(
    `INSERT INTO benefit_map_link (organisation_id, initiative_id, from_node_id, to_node_id, to_benefit_id)
     SELECT $1, $2, f, t, b FROM unnest($3::uuid[], $4::uuid[], $5::uuid[]) x(f, t, b)`,
    [org, initiative, links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
  );
  return { initiative, nodes: 2 + 6 + 12 + 20 + 20, links: links.length + 12 + 6 };
}

async function renderMap({ origin, cookie, initiative, expected }) {
  const cookies = cookie.split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: origin }));
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const samples = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width: 1440, height: 900 } });
      await context.addCookies(cookies);
      const page = await context.newPage();
      await page.goto(`${origin}/initiativer/${initiative}/gevinstdiagram`);
      const at = await (
        await page.waitForFunction(
          (n) =>
            document.querySelectorAll('gv-benefit-map-diagram g.node').length === n.nodes &&
            document.querySelectorAll('gv-benefit-map-diagram path.edge').length === n.links &&
            document.querySelectorAll('li.node').length === n.nodes
              ? performance.now()
              : false,
          expected,
          { polling: 'raf', timeout: 60_000 },
        )
      ).jsonValue();
      if (i > 0) samples.push(Math.round(at));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples.sort((a, b) => a - b);
}

if (!process.argv.includes('--no-build') && (await run(process.execPath, [nxBin, 'build', 'web', '--outputStyle=static'])) !== 0) process.exit(1);
process.env.WEB_DIST_PATH = join(repoRoot, 'dist', 'apps', 'web', 'browser');
await withBenchApi('map', async ({ base, db, signIn }) => {
  const counts = await seed(db);
  if (counts.nodes !== NODES) throw new Error(`seeded ${counts.nodes} nodes, not ${NODES}`);
  const cookie = await signIn(EMAIL, PASSWORD);
  const samples = await renderMap({ origin: new URL(base).origin, cookie, initiative: counts.initiative, expected: counts });
  const result = { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples.at(-1) };
  console.log(`\nBenefit map page: ${counts.nodes} nodes, ${counts.links} links; ${runs} page loads (fresh context each, after a warm-up)\n`);
  console.log('| Milestone (ms since navigation start) | median | min | max |\n|---|---:|---:|---:|');
  console.log(`| Drawing and list complete | ${result.median} | ${result.min} | ${result.max} |`);
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'tmp', 'bench-map-render.json'), JSON.stringify({ at: new Date().toISOString(), ...counts, runs, result, samples }, null, 2));
  console.log('written: tmp/bench-map-render.json');
});
