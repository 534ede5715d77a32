// Rerunnable measurement of the management dashboard's "time to fully rendered" in headless Chromium, over an
// organisation of 1,000 initiatives with goals, measurements, benefits (DKK and hours, yearly profiles), risks,
// funding lines over several years and departments, status reports and priority scores (most scored, some not).
// Builds the production web app and the API, serves both from the API on a scratch database (DATABASE_URL's server,
// else an embedded PostgreSQL), signs in a directorate user and opens /overblik repeatedly in a fresh page.
// "Fully rendered": the key figures are on screen, every chart's SVG has its bars or bubbles (or says it is empty) and
// both heat-map tables are there. Prints the figures (median, min, max); asserts nothing.
// Usage: node tests/bench/dashboard-render.mjs [--runs 7] [--no-build] [--web-dist <dir with index.html>]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { nxBin, repoRoot, run } from '../../scripts/lib/process.mjs';
import { hashPassword, withBenchApi } from './harness.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(arg('--runs', 7)) || 7;
const PASSWORD = 'bench-password-not-secret';
const EMAIL = 'direktion@bench.gevinst.dk';
// --web-dist: measure another build (e.g. one made with --outputPath elsewhere); implies --no-build.
const webDist = arg('--web-dist', join(repoRoot, 'dist', 'apps', 'web', 'browser'));

export function chromiumPath() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (candidate && existsSync(candidate)) return candidate;
  throw new Error('No Chromium found: set CHROME_PATH or apt-get install -y chromium');
}

/** A compact portfolio of 1,000 initiatives, written in a handful of set-based INSERTs. */
async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 996, 'BDR') RETURNING id`)).rows;
  const departments = (
    await db.query(`INSERT INTO department (organisation_id, code, name) SELECT $1, 'D' || g, 'Forvaltning ' || g FROM generate_series(1, 12) g RETURNING id`, [org])
  ).rows.map((r) => r.id);
  const passwordHash = await hashPassword(PASSWORD);
  const users = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, name, roles, password_hash, department_id)
       SELECT $1, CASE WHEN g = 1 THEN $4 ELSE 'bruger' || g || '@bench.gevinst.dk' END, 'Bench Bruger ' || g,
              CASE WHEN g = 1 THEN '{directorate}'::user_role[] ELSE '{project_lead}'::user_role[] END, $2, ($3::uuid[])[1 + g % 12]
       FROM generate_series(1, 12) g RETURNING id`,
      [org, passwordHash, departments, EMAIL],
    )
  ).rows.map((r) => r.id);
  const [{ id: directorate }] = (await db.query(`INSERT INTO steering_group (organisation_id, name, level) VALUES ($1, 'Direktionen', 'directorate') RETURNING id`, [org])).rows;
  const groups = (
    await db.query(
      `INSERT INTO steering_group (organisation_id, name, level, parent_id) SELECT $1, 'Styregruppe ' || g, 'department', $2 FROM generate_series(1, 4) g RETURNING id`,
      [org, directorate],
    )
  ).rows.map((r) => r.id);
  const [{ id: strategic }] = (await db.query(`INSERT INTO strategic_goal (organisation_id, title) VALUES ($1, 'Mere tid til kerneopgaven') RETURNING id`, [org])).rows;

  await db.query(
    `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end, project_lead_id, technology)
     SELECT $1, 'BDR-2026-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g, 'Formål ' || g, ($2::uuid[])[1 + g % 12],
            (ARRAY['large','small'])[1 + g % 2]::initiative_size_class,
            (ARRAY['idea','analysis','implementation','implementation','realisation','realisation','closed'])[1 + g % 7]::initiative_phase,
            DATE '2024-01-01' + (g % 700), DATE '2026-01-01' + (g % 700), ($3::uuid[])[1 + g % 12], (ARRAY['RPA','AI','Sensorer','Selvbetjening'])[1 + g % 4]
     FROM generate_series(1, 1000) g`,
    [org, departments, users],
  );
  await db.query(
    `INSERT INTO initiative_governance (initiative_id, organisation_id, steering_group_id, project_owner_id)
     SELECT i.id, $1, ($2::uuid[])[1 + abs(hashtext(i.id::text)) % 4], ($3::uuid[])[1] FROM initiative i WHERE i.organisation_id = $1`,
    [org, groups, users],
  );
  await db.query(
    `INSERT INTO goal (organisation_id, initiative_id, strategic_goal_id, title, indicator_name, unit, direction, baseline_value, baseline_date, target_value, target_date, side_effects_considered)
     SELECT $1, i.id, $2, 'Mål ' || n, 'Indikator ' || n, '%', 'higher', 10, DATE '2025-01-01', 50, DATE '2027-12-31', true
     FROM initiative i CROSS JOIN generate_series(1, 2) n WHERE i.organisation_id = $1`,
    [org, strategic],
  );
  await db.query(
    `INSERT INTO measurement (organisation_id, goal_id, kind, measured_on, value)
     SELECT $1, g.id, k.kind::measurement_kind, DATE '2025-01-01' + k.n * 120, 10 + k.n * 8 + abs(hashtext(g.id::text)) % 7
     FROM goal g CROSS JOIN (VALUES ('before', 0), ('during', 1), ('after', 2)) k(kind, n) WHERE g.organisation_id = $1`,
    [org],
  );
  await db.query(
    `INSERT INTO evaluation_point (organisation_id, goal_id, due_date, label)
     SELECT $1, g.id, DATE '2025-10-01', 'Halvår' FROM goal g WHERE g.organisation_id = $1 AND abs(hashtext(g.id::text)) % 5 = 0`,
    [org],
  );
  await db.query(
    `INSERT INTO benefit (organisation_id, initiative_id, title, description, type, quantified, unit, owner_user_id, receiving_department_id, preconditions)
     SELECT $1, i.id, 'Gevinst ' || n, 'Beskrivelse', (ARRAY['economic','time'])[n]::benefit_type, true, (ARRAY['DKK','hours'])[n]::benefit_unit,
            ($2::uuid[])[1 + abs(hashtext(i.id::text || n)) % 12], i.lead_department_id, 'Nye arbejdsgange'
     FROM initiative i CROSS JOIN generate_series(1, 2) n WHERE i.organisation_id = $1`,
    [org, users],
  );
  await db.query(
    `INSERT INTO benefit_year (benefit_id, year, organisation_id, planned, realised)
     SELECT b.id, y, $1, CASE WHEN b.unit = 'DKK' THEN 25000 ELSE 100 END * (y - 2024),
            CASE WHEN y < 2027 THEN CASE WHEN b.unit = 'DKK' THEN 20000 ELSE 80 END * (y - 2024) END
     FROM benefit b CROSS JOIN generate_series(2025, 2029) y WHERE b.organisation_id = $1`,
    [org],
  );
  await db.query(
    `INSERT INTO risk (organisation_id, initiative_id, number, title, category, probability, consequence, handler, owner_user_id,
                       residual_probability, residual_consequence, status, identified_on, last_reviewed_on)
     SELECT $1, i.id, n, 'Risiko ' || n, (enum_range(NULL::risk_category))[1 + (h % 7)], 1 + (h % 5), 1 + ((h / 5) % 5),
            (enum_range(NULL::risk_handler))[1 + (h % 3)], ($2::uuid[])[1 + (h % 12)], 1 + (h % 3), 1 + ((h / 3) % 3),
            (ARRAY['open','open','in_progress','closed'])[1 + (h % 4)]::risk_status, DATE '2025-01-01' + (h % 300), DATE '2026-01-01' + (h % 200)
     FROM initiative i CROSS JOIN generate_series(1, 5) n CROSS JOIN LATERAL (SELECT abs(hashtext(i.id::text || n)) AS h) x WHERE i.organisation_id = $1`,
    [org, users],
  );
  await db.query(
    `INSERT INTO funding_line (organisation_id, initiative_id, year, category, amount_ore, source, paying_department_id, status)
     SELECT $1, i.id, 2025 + n, (ARRAY['acquisition','implementation','operation','risk_reserve'])[1 + n]::funding_category,
            (100000 + n * 25000)::bigint * 100, 'own_budget', CASE WHEN n = 2 THEN ($2::uuid[])[1 + abs(hashtext(i.id::text)) % 12] ELSE i.lead_department_id END,
            (CASE WHEN n = 3 THEN 'proposed' ELSE 'confirmed' END)::funding_line_status
     FROM initiative i CROSS JOIN generate_series(0, 3) n WHERE i.organisation_id = $1`,
    [org, departments],
  );
  await db.query(
    `INSERT INTO status_report (organisation_id, initiative_id, period_start, period_end, overall, scope_rag, time_rag, budget_rag, benefits_rag, risks_rag,
                                summary, status, submitted_at, figures)
     SELECT $1, i.id, q.start, (q.start + INTERVAL '3 months' - INTERVAL '1 day')::date,
            (CASE WHEN abs(hashtext(i.id::text || q.start::text)) % 6 = 0 THEN 'red' ELSE 'green' END)::rag_status, 'green', 'amber', 'green', 'green', 'green',
            'Status', 'submitted', q.start + 80, '{}'::jsonb
     FROM initiative i CROSS JOIN (SELECT (date_trunc('quarter', now()) - make_interval(months => 3 * k))::date AS start FROM generate_series(0, 1) k) q
     WHERE i.organisation_id = $1 AND (q.start < date_trunc('quarter', now()) OR abs(hashtext(i.id::text || 'r')) % 3 <> 0)`,
    [org],
  );
  const criteria = (
    await db.query(
      `INSERT INTO priority_criterion (organisation_id, name, weight, inverse, position)
       VALUES ($1, 'Strategisk sigte', 40, false, 1), ($1, 'Gevinstpotentiale', 40, false, 2), ($1, 'Risiko', 20, true, 3) RETURNING id`,
      [org],
    )
  ).rows.map((r) => r.id);
  // Two in three initiatives fully scored; the rest are drawn on their benefit potential.
  await db.query(
    `INSERT INTO priority_score (initiative_id, criterion_id, organisation_id, score)
     SELECT i.id, c, $1, abs(hashtext(i.id::text || c)) % 6 FROM initiative i CROSS JOIN unnest($2::uuid[]) c
     WHERE i.organisation_id = $1 AND abs(hashtext(i.id::text)) % 3 <> 0`,
    [org, criteria],
  );
  await db.query('ANALYZE');
  return (await db.query(`SELECT (SELECT count(*) FROM initiative)::int AS initiatives, (SELECT count(*) FROM risk)::int AS risks, (SELECT count(*) FROM funding_line)::int AS funding_lines`)).rows[0];
}

/** In the page: when the key figures, every chart and both heat maps are drawn; resolves with ms since navigation start. */
export function fullyRendered() {
  const figures = document.querySelectorAll('gv-key-figures li.figure').length >= 10;
  const charts = [...document.querySelectorAll('gv-chart-figure')];
  const drawn = charts.every((c) => c.querySelector('.gv-chart__empty') || c.querySelector('.gv-chart__plot svg :is(path.bar, circle)'));
  const heatMaps = document.querySelectorAll('table.heat-map__table').length === 2;
  return figures && charts.length >= 6 && drawn && heatMaps ? performance.now() : false;
}

/**
 * Opens /overblik `runs` times (after one warm-up), each in a fresh browser context holding the session cookies,
 * and returns the milestones of each load in ms since navigation start: { figuresMs, renderedMs }[].
 */
export async function renderDashboard({ origin, cookie, runs }) {
  const cookies = cookie.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const samples = [];
  try {
    // One warm-up (the browser's HTTP cache is per context, so every run downloads the app again, as a first visit would).
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width: 1440, height: 900 } });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const failures = [];
      page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
      page.on('pageerror', (e) => failures.push(String(e)));
      await page.goto(`${origin}/overblik`);
      const explain = async (error) => {
        console.error(`Not rendered at ${page.url()}: ${failures.join('; ') || 'no failed requests'}\n${(await page.locator('body').innerText()).slice(0, 500)}`);
        throw error;
      };
      const figuresAt = await (
        await page.waitForFunction(() => (document.querySelectorAll('gv-key-figures li.figure').length >= 10 ? performance.now() : false), undefined, { polling: 'raf', timeout: 120_000 }).catch(explain)
      ).jsonValue();
      const renderedAt = await (await page.waitForFunction(fullyRendered, undefined, { polling: 'raf', timeout: 120_000 }).catch(explain)).jsonValue();
      if (i > 0) samples.push({ figuresMs: Math.round(figuresAt), renderedMs: Math.round(renderedAt) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

// Run as a script (not when imported for renderDashboard).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv.includes('--no-build') && !process.argv.includes('--web-dist')) {
    if ((await run(process.execPath, [nxBin, 'build', 'web', '--outputStyle=static'])) !== 0) process.exit(1);
  }
  if (!existsSync(join(webDist, 'index.html'))) throw new Error(`No web build in ${webDist}`);
  process.env.WEB_DIST_PATH = webDist;

  await withBenchApi('dashboard', async ({ base, db, signIn }) => {
    const counts = await seed(db);
    const origin = new URL(base).origin;
    const cookie = await signIn(EMAIL, PASSWORD);
    const overviewStart = performance.now();
    const response = await fetch(`${base}/portfolio/overview`, { headers: { cookie } });
    const overviewBytes = (await response.arrayBuffer()).byteLength;
    const overviewMs = performance.now() - overviewStart;

    const samples = await renderDashboard({ origin, cookie, runs });
    const stat = (key) => {
      const values = samples.map((s) => s[key]).sort((a, b) => a - b);
      return { median: values[Math.floor(values.length / 2)], min: values[0], max: values.at(-1) };
    };
    const rendered = stat('renderedMs');
    const figures = stat('figuresMs');
    console.log(`\nDashboard render: ${counts.initiatives} initiatives, ${counts.risks} risks, ${counts.funding_lines} funding lines; ${runs} page loads (fresh context each, after a warm-up)\n`);
    console.log('| Milestone (ms since navigation start) | median | min | max |\n|---|---:|---:|---:|');
    console.log(`| Key figures on screen | ${figures.median} | ${figures.min} | ${figures.max} |`);
    console.log(`| Fully rendered (figures, every chart, both heat maps) | ${rendered.median} | ${rendered.min} | ${rendered.max} |`);
    console.log(`\nGET /portfolio/overview once before the runs: ${Math.round(overviewMs)} ms, ${Math.round(overviewBytes / 1024)} kB`);
    mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
    writeFileSync(
      join(repoRoot, 'tmp', 'bench-dashboard-render.json'),
      JSON.stringify({ at: new Date().toISOString(), counts, runs, overviewMs: Math.round(overviewMs), overviewBytes, figures, rendered, samples }, null, 2),
    );
    console.log('written: tmp/bench-dashboard-render.json');
  });
}
