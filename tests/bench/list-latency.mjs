// Rerunnable benchmark: latency of GET /api/v1/initiatives with 1,000 initiatives in one organisation.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:list [-- --requests 300]
import { hashPassword, measure, report, requestsArg, withBenchApi } from './harness.mjs';

const requests = requestsArg();
const PASSWORD = 'bench password 2026';

await withBenchApi('list', async ({ base, db, signIn }) => {
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
  await db.query(`INSERT INTO app_user (organisation_id, email, name, roles, password_hash) VALUES ($1, 'bench@bench.gevinst.dk', 'Bench', '{finance}', $2)`, [
    org,
    await hashPassword(PASSWORD),
  ]);
  await db.query('ANALYZE');
  const ctx = { base, requests, cookie: await signIn('bench@bench.gevinst.dk', PASSWORD) };
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
  for (const [name, query] of cases) rows.push(await measure(ctx, name, [`/initiatives?${query}`]));
  report(`GET /api/v1/initiatives, 1,000 initiatives, ${requests} sequential requests each`, 'bench-list.json', rows);
});
