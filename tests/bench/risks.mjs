// Rerunnable benchmark of the risk register's read paths over 1,000 initiatives with 10 risks each (10,000 risks,
// two mitigation actions per risk): the portfolio heat map (unfiltered and filtered), the portfolio risk list (first
// page, a deep page, filtered) and one initiative's risk log.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:risks [-- --requests 200]
import { hashPassword, measure, report, requestsArg, withBenchApi } from './harness.mjs';

const requests = requestsArg();
const PASSWORD = 'bench-password-not-secret';

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 997, 'BEN') RETURNING id`)).rows;
  const departments = (
    await db.query(`INSERT INTO department (organisation_id, code, name) SELECT $1, 'D' || g, 'Afdeling ' || g FROM generate_series(1, 20) g RETURNING id`, [org])
  ).rows.map((r) => r.id);
  const passwordHash = await hashPassword(PASSWORD);
  const users = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, name, roles, password_hash)
       SELECT $1, 'bruger' || g || '@bench.gevinst.dk', 'Bench Bruger ' || g, '{directorate}', $2 FROM generate_series(1, 20) g RETURNING id`,
      [org, passwordHash],
    )
  ).rows.map((r) => r.id);
  await db.query(
    `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end)
     SELECT $1, 'BEN-2026-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g, 'Formål ' || g, ($2::uuid[])[1 + g % 20],
            'large'::initiative_size_class, (ARRAY['analysis','implementation','realisation'])[1 + g % 3]::initiative_phase,
            DATE '2024-01-01' + (g % 700), DATE '2026-01-01' + (g % 700)
     FROM generate_series(1, 1000) g`,
    [org, departments],
  );
  // Ratings, categories, handlers, statuses and review dates spread deterministically over the risks.
  await db.query(
    `INSERT INTO risk (organisation_id, initiative_id, number, title, cause, event, consequence_text, category, probability, consequence,
                       handler, owner_user_id, residual_probability, residual_consequence, status, identified_on, last_reviewed_on)
     SELECT $1, i.id, n, 'Risiko ' || n || ' i ' || i.code, 'Årsag', 'Hændelse', 'Konsekvens',
            (enum_range(NULL::risk_category))[1 + (h % 7)], 1 + (h % 5), 1 + ((h / 5) % 5),
            CASE WHEN h % 11 = 0 THEN NULL ELSE (enum_range(NULL::risk_handler))[1 + (h % 3)] END, ($2::uuid[])[1 + (h % 20)],
            CASE WHEN h % 4 = 0 THEN NULL ELSE 1 + (h % 3) END, CASE WHEN h % 4 = 0 THEN NULL ELSE 1 + ((h / 3) % 3) END,
            (ARRAY['open','open','in_progress','closed','occurred'])[1 + (h % 5)]::risk_status,
            DATE '2025-01-01' + (h % 300), DATE '2025-06-01' + (h % 540)
     FROM initiative i CROSS JOIN generate_series(1, 10) n CROSS JOIN LATERAL (SELECT abs(hashtext(i.id::text || n)) AS h) x
     WHERE i.organisation_id = $1`,
    [org, users],
  );
  await db.query(
    `INSERT INTO risk_action (organisation_id, risk_id, position, action, responsible, deadline, status)
     SELECT $1, r.id, k, 'Tiltag ' || k, 'Projektleder', r.identified_on + 60 * (k + 1), (ARRAY['planned','in_progress','done'])[1 + ((r.number + k) % 3)]::risk_action_status
     FROM risk r CROSS JOIN generate_series(0, 1) k WHERE r.organisation_id = $1`,
    [org],
  );
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM initiative)::int AS initiatives, (SELECT count(*) FROM risk)::int AS risks,
              (SELECT count(*) FROM risk WHERE status IN ('open', 'in_progress'))::int AS live_risks, (SELECT count(*) FROM risk_action)::int AS actions`,
    )
  ).rows[0];
  const [{ id: focus }] = (await db.query(`SELECT id FROM initiative WHERE code = 'BEN-2026-0001'`)).rows;
  await db.query('ANALYZE');
  return { focus, departments, counts };
}

await withBenchApi('risks', async ({ base, db, signIn }) => {
  const { focus, departments, counts } = await seed(db);
  const ctx = { base, requests, cookie: await signIn('bruger1@bench.gevinst.dk', PASSWORD) };
  const rows = [
    await measure(ctx, 'Heat map, whole portfolio (before + after)', ['/risks/heat-map']),
    await measure(ctx, 'Heat map, one department', [`/risks/heat-map?departmentId=${departments[3]}`]),
    await measure(ctx, 'Heat map, high band, overdue actions', ['/risks/heat-map?band=high&overdueActions=true']),
    await measure(ctx, 'Heat map, one initiative', [`/risks/heat-map?initiativeId=${focus}`]),
    await measure(ctx, 'Risk list, page 1 by score', ['/risks?pageSize=25']),
    await measure(ctx, 'Risk list, page 200 by score', ['/risks?pageSize=25&page=200']),
    await measure(ctx, 'Risk list, not reviewed 90 days, technical', ['/risks?notReviewedDays=90&category=technical']),
    await measure(ctx, 'Risk list, one heat-map cell (after)', ['/risks?matrix=after&probability=2&consequence=2']),
    await measure(ctx, 'One initiative’s risk log (10 risks with actions)', [`/initiatives/${focus}/risks`]),
  ];
  report(
    `Risk register read paths: ${counts.initiatives} initiatives, ${counts.risks} risks (${counts.live_risks} live), ${counts.actions} actions; ${requests} sequential requests each`,
    'bench-risks.json',
    rows,
    { counts },
  );
});
