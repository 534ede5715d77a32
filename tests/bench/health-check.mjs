// Rerunnable benchmark of the health check (sundhedstjek) over 1,000 initiatives, each with goals, benefits (yearly
// profiles, measurements, evaluation points), 10 risks with actions, funding lines, steering, status reports,
// decisions and priority scores: the portfolio view (whole portfolio, one department, one phase) and one initiative's
// check. Every request reads all the initiatives' data in a fixed number of queries and runs every rule on it.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:health-check [-- --requests 200]
import { hashPassword, measure, report, requestsArg, withBenchApi } from './harness.mjs';

const requests = requestsArg();
const PASSWORD = 'bench-password-not-secret';

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 996, 'BEN') RETURNING id`)).rows;
  const departments = (
    await db.query(`INSERT INTO department (organisation_id, code, name) SELECT $1, 'D' || g, 'Afdeling ' || g FROM generate_series(1, 20) g RETURNING id`, [org])
  ).rows.map((r) => r.id);
  const passwordHash = await hashPassword(PASSWORD);
  const users = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, name, roles, password_hash, department_id)
       SELECT $1, 'bruger' || g || '@bench.gevinst.dk', 'Bench Bruger ' || g, '{directorate}', $2, ($3::uuid[])[1 + g % 20] FROM generate_series(1, 20) g RETURNING id`,
      [org, passwordHash, departments],
    )
  ).rows.map((r) => r.id);
  // Steering: a directorate group, five department groups under it, and five project groups, two of them loose (GOV-1).
  const [{ id: directorate }] = (await db.query(`INSERT INTO steering_group (organisation_id, name, level) VALUES ($1, 'Direktionen', 'directorate') RETURNING id`, [org])).rows;
  const departmentGroups = (
    await db.query(
      `INSERT INTO steering_group (organisation_id, name, level, parent_id) SELECT $1, 'Forvaltning ' || g, 'department', $2 FROM generate_series(1, 5) g RETURNING id`,
      [org, directorate],
    )
  ).rows.map((r) => r.id);
  const groups = [
    ...departmentGroups,
    ...(
      await db.query(
        `INSERT INTO steering_group (organisation_id, name, level, parent_id)
         SELECT $1, 'Projektgruppe ' || g, 'project', CASE WHEN g <= 3 THEN ($2::uuid[])[g] END FROM generate_series(1, 5) g RETURNING id`,
        [org, departmentGroups],
      )
    ).rows.map((r) => r.id),
  ];
  const [{ id: strategic }] = (await db.query(`INSERT INTO strategic_goal (organisation_id, title) VALUES ($1, 'Mere tid til kerneopgaven') RETURNING id`, [org])).rows;

  await db.query(
    `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end, project_lead_id)
     SELECT $1, 'BEN-2026-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g, 'Formål ' || g, ($2::uuid[])[1 + g % 20],
            (ARRAY['large','large','small'])[1 + g % 3]::initiative_size_class,
            (ARRAY['idea','analysis','implementation','implementation','realisation','realisation','closed'])[1 + g % 7]::initiative_phase,
            DATE '2024-01-01' + (g % 700), DATE '2026-01-01' + (g % 700), CASE WHEN g % 17 = 0 THEN NULL ELSE ($3::uuid[])[1 + g % 20] END
     FROM generate_series(1, 1000) g`,
    [org, departments, users],
  );
  await db.query(
    `INSERT INTO initiative_department (initiative_id, department_id, organisation_id)
     SELECT i.id, ($2::uuid[])[1 + (abs(hashtext(i.code)) + 7) % 20], $1 FROM initiative i WHERE i.organisation_id = $1 AND abs(hashtext(i.code)) % 4 = 0
     ON CONFLICT DO NOTHING`,
    [org, departments],
  );
  await db.query(
    `INSERT INTO initiative_governance (initiative_id, organisation_id, steering_group_id, project_owner_id)
     SELECT i.id, $1, CASE WHEN h % 13 = 0 THEN NULL ELSE ($2::uuid[])[1 + h % 10] END, CASE WHEN h % 11 = 0 THEN NULL ELSE ($3::uuid[])[1 + h % 20] END
     FROM initiative i CROSS JOIN LATERAL (SELECT abs(hashtext(i.id::text)) AS h) x WHERE i.organisation_id = $1 AND h % 19 <> 0`,
    [org, groups, users],
  );
  // Three goals per initiative: some without baseline, some unambitious, some not tied to strategy or side effects.
  await db.query(
    `INSERT INTO goal (organisation_id, initiative_id, strategic_goal_id, title, indicator_name, unit, direction, baseline_value, baseline_date,
                       target_value, target_date, side_effects_considered)
     SELECT $1, i.id, CASE WHEN h % 5 = 0 THEN NULL ELSE $2::uuid END, 'Mål ' || n, 'Indikator ' || n, '%', 'higher',
            CASE WHEN h % 6 = 0 THEN NULL ELSE 10 END, CASE WHEN h % 6 = 0 THEN NULL ELSE DATE '2025-01-01' END,
            CASE WHEN h % 9 = 0 THEN 5 ELSE 50 END, DATE '2027-12-31', h % 4 <> 0
     FROM initiative i CROSS JOIN generate_series(1, 3) n CROSS JOIN LATERAL (SELECT abs(hashtext(i.id::text || n)) AS h) x
     WHERE i.organisation_id = $1`,
    [org, strategic],
  );
  // Three benefits per initiative, one of them non-quantified; owners, receivers and preconditions spread.
  await db.query(
    `INSERT INTO benefit (organisation_id, initiative_id, title, description, type, quantified, unit, owner_user_id, receiving_department_id, preconditions)
     SELECT $1, i.id, 'Gevinst ' || n, CASE WHEN h % 7 = 0 THEN NULL ELSE 'Beskrivelse' END,
            (CASE WHEN n = 3 THEN 'quality' ELSE 'time' END)::benefit_type, n <> 3, 'hours',
            CASE WHEN h % 8 = 0 THEN NULL ELSE ($2::uuid[])[1 + h % 20] END, ($3::uuid[])[1 + h % 20],
            CASE WHEN h % 5 = 0 THEN NULL ELSE 'Nye arbejdsgange' END
     FROM initiative i CROSS JOIN generate_series(1, 3) n CROSS JOIN LATERAL (SELECT abs(hashtext(i.id::text || 'b' || n)) AS h) x
     WHERE i.organisation_id = $1`,
    [org, users, departments],
  );
  await db.query(
    `INSERT INTO benefit_year (benefit_id, year, organisation_id, planned, realised)
     SELECT b.id, y, $1, 100 * (y - 2024), CASE WHEN y < 2027 THEN 80 * (y - 2024) END
     FROM benefit b CROSS JOIN generate_series(2025, 2028) y WHERE b.organisation_id = $1 AND b.quantified AND abs(hashtext(b.id::text)) % 6 <> 0`,
    [org],
  );
  // Measurements: a before measurement for most goals and quantified benefits, then during and after ones.
  await db.query(
    `INSERT INTO measurement (organisation_id, goal_id, kind, measured_on, value)
     SELECT $1, g.id, k.kind::measurement_kind, DATE '2025-01-01' + k.n * 90, 10 + k.n * 5
     FROM goal g CROSS JOIN (VALUES ('before', 0), ('during', 1), ('during', 2), ('after', 3)) k(kind, n)
     WHERE g.organisation_id = $1 AND (k.kind <> 'before' OR abs(hashtext(g.id::text)) % 3 <> 0)`,
    [org],
  );
  await db.query(
    `INSERT INTO measurement (organisation_id, benefit_id, kind, measured_on, value)
     SELECT $1, b.id, k.kind::measurement_kind, DATE '2025-01-01' + k.n * 90, 100 + k.n * 20
     FROM benefit b CROSS JOIN (VALUES ('before', 0), ('during', 1), ('during', 2), ('after', 3)) k(kind, n)
     WHERE b.organisation_id = $1 AND b.quantified AND (k.kind <> 'before' OR abs(hashtext(b.id::text)) % 4 <> 0)`,
    [org],
  );
  // Evaluation points: two per benefit, half of the past ones fulfilled by a measurement.
  await db.query(
    `INSERT INTO evaluation_point (organisation_id, benefit_id, due_date, label, measurement_id)
     SELECT $1, b.id, d.due, 'Evaluering', CASE WHEN d.due < DATE '2026-01-01' AND abs(hashtext(b.id::text)) % 2 = 0
                                                THEN (SELECT m.id FROM measurement m WHERE m.organisation_id = $1 AND m.benefit_id = b.id ORDER BY m.measured_on DESC LIMIT 1) END
     FROM benefit b CROSS JOIN (VALUES (DATE '2025-12-01'), (DATE '2027-06-01')) d(due)
     WHERE b.organisation_id = $1 AND abs(hashtext(b.id::text)) % 9 <> 0`,
    [org],
  );
  // Ten risks per initiative with two actions each, as in the risk register bench.
  await db.query(
    `INSERT INTO risk (organisation_id, initiative_id, number, title, category, probability, consequence, handler, owner_user_id, status, identified_on, last_reviewed_on)
     SELECT $1, i.id, n, 'Risiko ' || n || ' i ' || i.code, (enum_range(NULL::risk_category))[1 + (h % 7)], 1 + (h % 5), 1 + ((h / 5) % 5),
            CASE WHEN h % 11 = 0 THEN NULL ELSE (enum_range(NULL::risk_handler))[1 + (h % 3)] END, ($2::uuid[])[1 + (h % 20)],
            (ARRAY['open','open','in_progress','closed','occurred'])[1 + (h % 5)]::risk_status, DATE '2025-01-01' + (h % 300), DATE '2025-06-01' + (h % 540)
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
  // Funding: five lines per initiative (most of them), a risk reserve in some.
  await db.query(
    `INSERT INTO funding_line (organisation_id, initiative_id, year, category, amount_ore, source, paying_department_id, status)
     SELECT $1, i.id, 2025 + n % 3, (ARRAY['acquisition','implementation','operation','risk_reserve','other'])[1 + n]::funding_category,
            (100000 + n * 25000)::bigint * 100, 'own_budget', i.lead_department_id, 'confirmed'
     FROM initiative i CROSS JOIN generate_series(0, 4) n
     WHERE i.organisation_id = $1 AND abs(hashtext(i.id::text || 'f')) % 10 <> 0 AND (n <> 3 OR abs(hashtext(i.id::text)) % 2 = 0)`,
    [org],
  );
  // Status reports for the last four quarters, submitted; the current quarter's is missing for some.
  await db.query(
    `INSERT INTO status_report (organisation_id, initiative_id, period_start, period_end, overall, scope_rag, time_rag, budget_rag, benefits_rag, risks_rag,
                                summary, status, submitted_at, figures)
     SELECT $1, i.id, q.start, (q.start + INTERVAL '3 months' - INTERVAL '1 day')::date, 'green', 'green', 'amber', 'green', 'green', 'green',
            'Status', 'submitted', q.start + 80, '{}'::jsonb
     FROM initiative i CROSS JOIN (SELECT (date_trunc('quarter', now()) - make_interval(months => 3 * k))::date AS start FROM generate_series(0, 3) k) q
     WHERE i.organisation_id = $1 AND (q.start < date_trunc('quarter', now()) OR abs(hashtext(i.id::text || 'r')) % 3 <> 0)`,
    [org],
  );
  await db.query(
    `INSERT INTO decision (organisation_id, initiative_id, kind, from_phase, to_phase, reason, decided_by, steering_group_id)
     SELECT $1, i.id, 'continue', i.phase, i.phase, 'Fortsæt som planlagt', CASE WHEN abs(hashtext(i.id::text || n)) % 10 = 0 THEN NULL ELSE ($2::uuid[])[1 + n] END, $3
     FROM initiative i CROSS JOIN generate_series(1, 2) n WHERE i.organisation_id = $1`,
    [org, users, directorate],
  );
  const criteria = (
    await db.query(
      `INSERT INTO priority_criterion (organisation_id, name, weight, inverse, position)
       VALUES ($1, 'Strategisk sigte', 30, false, 1), ($1, 'Gevinstpotentiale', 30, false, 2), ($1, 'Modenhed', 20, false, 3), ($1, 'Risiko', 20, true, 4)
       RETURNING id`,
      [org],
    )
  ).rows.map((r) => r.id);
  await db.query(
    `INSERT INTO priority_score (initiative_id, criterion_id, organisation_id, score)
     SELECT i.id, c, $1, abs(hashtext(i.id::text || c)) % 6 FROM initiative i CROSS JOIN unnest($2::uuid[]) c
     WHERE i.organisation_id = $1 AND abs(hashtext(i.id::text || c)) % 12 <> 0`,
    [org, criteria],
  );
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM initiative)::int AS initiatives, (SELECT count(*) FROM goal)::int AS goals, (SELECT count(*) FROM benefit)::int AS benefits,
              (SELECT count(*) FROM benefit_year)::int AS benefit_years, (SELECT count(*) FROM measurement)::int AS measurements,
              (SELECT count(*) FROM evaluation_point)::int AS evaluation_points, (SELECT count(*) FROM risk)::int AS risks,
              (SELECT count(*) FROM risk_action)::int AS risk_actions, (SELECT count(*) FROM funding_line)::int AS funding_lines,
              (SELECT count(*) FROM status_report)::int AS status_reports, (SELECT count(*) FROM decision)::int AS decisions,
              (SELECT count(*) FROM priority_score)::int AS priority_scores, (SELECT count(*) FROM audit_log)::int AS audit_rows`,
    )
  ).rows[0];
  const [{ id: focus }] = (await db.query(`SELECT id FROM initiative WHERE code = 'BEN-2026-0004'`)).rows;
  await db.query('ANALYZE');
  return { focus, departments, counts };
}

await withBenchApi('health', async ({ base, db, signIn }) => {
  const { focus, departments, counts } = await seed(db);
  const cookie = await signIn('bruger1@bench.gevinst.dk', PASSWORD);
  const ctx = { base, requests, cookie };
  const portfolio = await (await fetch(`${base}/health-check/portfolio`, { headers: { cookie } })).json();
  const rows = [
    await measure(ctx, 'Portfolio health check, all 1,000 initiatives', ['/health-check/portfolio']),
    await measure(ctx, 'Portfolio health check, one department', [`/health-check/portfolio?departmentId=${departments[3]}`]),
    await measure(ctx, 'Portfolio health check, phase gennemførelse', ['/health-check/portfolio?phase=implementation']),
    await measure(ctx, 'One initiative’s health check', [`/initiatives/${focus}/health`]),
  ];
  const findings = portfolio.byRule.reduce((sum, rule) => sum + rule.findings, 0);
  report(
    `Health check: ${counts.initiatives} initiatives (${portfolio.initiatives} not archived), ${counts.goals} goals, ${counts.benefits} benefits, ` +
      `${counts.measurements} measurements, ${counts.evaluation_points} evaluation points, ${counts.risks} risks, ${counts.funding_lines} funding lines, ` +
      `${counts.status_reports} status reports, ${counts.decisions} decisions; ${findings} findings over ${portfolio.byRule.length} rules; ${requests} sequential requests each`,
    'bench-health-check.json',
    rows,
    { counts, findings, byRule: portfolio.byRule.map(({ ruleId, findings: n, initiatives }) => ({ ruleId, findings: n, initiatives })) },
  );
});
