// Rerunnable benchmark of the benefits read paths:
//  - "Mine gevinster" (GET /me/benefits) for a benefit owner owning the 20 benefits of an initiative with 500 measurements;
//  - that initiative's "Mål og gevinster" tab: benefit-summary, goals and benefits (each, and the three in parallel);
//  - the portfolio totals (GET /benefit-totals) over 1,000 initiatives with benefits.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:benefits [-- --requests 200]
import { hashPassword, measure, report, requestsArg, withBenchApi } from './harness.mjs';

const requests = requestsArg();
const PASSWORD = 'bench-password-not-secret';

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 997, 'BEN') RETURNING id`)).rows;
  const departments = (
    await db.query(`INSERT INTO department (organisation_id, code, name) SELECT $1, 'D' || g, 'Afdeling ' || g FROM generate_series(1, 20) g RETURNING id`, [org])
  ).rows.map((r) => r.id);
  const passwordHash = await hashPassword(PASSWORD);
  const [{ id: owner }] = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, name, roles, password_hash) VALUES ($1, 'gevinstejer@bench.gevinst.dk', 'Bench Gevinstejer', '{benefit_owner}', $2) RETURNING id`,
      [org, passwordHash],
    )
  ).rows;
  // 1,000 initiatives (the first is the one with 20 benefits and 500 measurements).
  await db.query(
    `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end)
     SELECT $1, 'BEN-2026-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g, 'Formål ' || g, ($2::uuid[])[1 + g % 20],
            'large'::initiative_size_class, (ARRAY['implementation','realisation','closed'])[1 + g % 3]::initiative_phase,
            DATE '2024-01-01' + (g % 700), DATE '2026-01-01' + (g % 700)
     FROM generate_series(1, 1000) g`,
    [org, departments],
  );
  const [{ id: focus }] = (await db.query(`SELECT id FROM initiative WHERE code = 'BEN-2026-0001'`)).rows;
  // Two goals on the focus initiative, each with 50 measurements (within the 500).
  await db.query(
    `INSERT INTO goal (organisation_id, initiative_id, title, indicator_name, unit, direction, baseline_value, baseline_date, target_value, target_date)
     SELECT $1, $2, 'Mål ' || g, 'Indikator ' || g, '%', 'higher', 0, DATE '2025-01-01', 50, DATE '2027-12-31' FROM generate_series(1, 2) g`,
    [org, focus],
  );
  // The focus initiative: 20 quantified benefits owned by the bench owner; every other: one hours, one DKK, one 'other' and one non-quantified benefit.
  await db.query(
    `INSERT INTO benefit (organisation_id, initiative_id, goal_id, title, type, quantified, unit, unit_label, owner_user_id, receiving_department_id, measurement_method, status)
     SELECT $1, $2, (SELECT id FROM goal WHERE initiative_id = $2 ORDER BY title LIMIT 1 OFFSET g % 2), 'Gevinst ' || g,
            CASE WHEN g % 2 = 0 THEN 'time' ELSE 'economic' END::benefit_type, true,
            CASE WHEN g % 2 = 0 THEN 'hours' ELSE 'DKK' END::benefit_unit, NULL, $3, ($4::uuid[])[1 + g % 20], 'Tidsstudie', 'in_progress'
     FROM generate_series(1, 20) g`,
    [org, focus, owner, departments],
  );
  await db.query(
    `INSERT INTO benefit (organisation_id, initiative_id, title, type, quantified, unit, unit_label, status)
     SELECT $1, i.id, 'Gevinst ' || k || ' af ' || i.code, (ARRAY['time','economic','citizen_experience','quality'])[k]::benefit_type, k <> 4,
            (ARRAY['hours','DKK','other','hours'])[k]::benefit_unit, CASE WHEN k = 3 THEN 'tilfredshed' END, 'planned'
     FROM initiative i CROSS JOIN generate_series(1, 4) k WHERE i.organisation_id = $1 AND i.id <> $2`,
    [org, focus],
  );
  await db.query(
    `INSERT INTO benefit_year (organisation_id, benefit_id, year, planned, realised)
     SELECT $1, b.id, y, 1000 + (abs(hashtext(b.id::text)) % 9000) / 4.0, CASE WHEN y < 2027 THEN 500 + (abs(hashtext(b.id::text || y)) % 5000) / 4.0 END
     FROM benefit b CROSS JOIN generate_series(2025, 2028) y WHERE b.organisation_id = $1`,
    [org],
  );
  // 500 measurements on the focus initiative: 20 benefits × 20 and 2 goals × 50.
  await db.query(
    `INSERT INTO measurement (organisation_id, benefit_id, kind, measured_on, value, recorded_by)
     SELECT $1, b.id, CASE WHEN k = 1 THEN 'before' WHEN k < 20 THEN 'during' ELSE 'after' END::measurement_kind,
            DATE '2024-06-01' + k * 30, 100 + k * 10, $3
     FROM benefit b CROSS JOIN generate_series(1, 20) k WHERE b.initiative_id = $2`,
    [org, focus, owner],
  );
  await db.query(
    `INSERT INTO measurement (organisation_id, goal_id, kind, measured_on, value)
     SELECT $1, g.id, 'during', DATE '2024-01-01' + k * 12, k FROM goal g CROSS JOIN generate_series(1, 50) k WHERE g.initiative_id = $2`,
    [org, focus],
  );
  // Quarterly evaluation points: 8 per benefit, the past ones partly open (overdue).
  await db.query(
    `INSERT INTO evaluation_point (organisation_id, benefit_id, due_date, label)
     SELECT $1, b.id, (DATE '2025-03-31' + make_interval(months => 3 * k))::date, 'Kvartalsmåling'
     FROM benefit b CROSS JOIN generate_series(0, 7) k WHERE b.initiative_id = $2`,
    [org, focus],
  );
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM initiative)::int AS initiatives, (SELECT count(*) FROM benefit)::int AS benefits,
              (SELECT count(*) FROM benefit_year)::int AS benefit_years, (SELECT count(*) FROM measurement)::int AS measurements,
              (SELECT count(*) FROM measurement m JOIN benefit b ON b.id = m.benefit_id WHERE b.initiative_id = $1)
                + (SELECT count(*) FROM measurement m JOIN goal g ON g.id = m.goal_id WHERE g.initiative_id = $1) AS focus_measurements`,
      [focus],
    )
  ).rows[0];
  await db.query('ANALYZE');
  return { focus, departments, counts };
}

await withBenchApi('benefits', async ({ base, db, signIn }) => {
  const { focus, departments, counts } = await seed(db);
  const ctx = { base, requests, cookie: await signIn('gevinstejer@bench.gevinst.dk', PASSWORD) };

  const tab = [`/initiatives/${focus}/benefit-summary`, `/initiatives/${focus}/goals`, `/initiatives/${focus}/benefits`];
  const rows = [
    await measure(ctx, 'Mine gevinster (20 benefits, 500 measurements)', ['/me/benefits']),
    await measure(ctx, 'Benefit tab: benefit-summary', [tab[0]]),
    await measure(ctx, 'Benefit tab: goals', [tab[1]]),
    await measure(ctx, 'Benefit tab: benefits', [tab[2]]),
    await measure(ctx, 'Benefit tab: all three in parallel', tab),
    await measure(ctx, 'Benefit plan export (.xlsx, 20 rows)', [`/initiatives/${focus}/benefit-plan.xlsx`]),
    await measure(ctx, 'Portfolio totals, 1,000 initiatives', ['/benefit-totals']),
    await measure(ctx, 'Portfolio totals, 2025–2026', ['/benefit-totals?fromYear=2025&toYear=2026']),
    await measure(ctx, 'Portfolio totals, one department', [`/benefit-totals?departmentId=${departments[3]}`]),
  ];
  report(
    `Benefits read paths: ${counts.initiatives} initiatives, ${counts.benefits} benefits, ${counts.benefit_years} benefit years, ` +
      `${counts.measurements} measurements (${counts.focus_measurements} on the focus initiative); ${requests} sequential requests each`,
    'bench-benefits.json',
    rows,
    { counts },
  );
});
