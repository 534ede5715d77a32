// Rerunnable benchmark of the management portfolio overview over 1,000 initiatives, each with goals (measurements,
// evaluation points), benefits (DKK, hours and non-quantified; yearly profiles with realised amounts, measurements,
// evaluation points), 10 risks with two actions each, funding lines over three years and several paying departments,
// steering, status reports (some red), decisions and priority scores: GET /portfolio/overview unfiltered, for one
// department, for one steering group (with the groups below it), and a drill-down list. Every request computes all
// figures in SQL and runs the health rules over the initiatives in scope (the portfolio health check is timed beside
// it for reference: it is most of the overview's time).
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: npm run bench:overview [-- --requests 100]   (or: node tests/bench/portfolio-overview.mjs --requests 100)
import { hashPassword, measure, report, requestsArg, withBenchApi } from './harness.mjs';

const requests = requestsArg(100);
const PASSWORD = 'bench-password-not-secret';

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 995, 'BEN') RETURNING id`)).rows;
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
  // Steering: a directorate group, five department groups under it, and five project groups, two of them loose.
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
    `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end, project_lead_id, technology)
     SELECT $1, 'BEN-2026-' || lpad(g::text, 4, '0'), 'Initiativ nr. ' || g, 'Formål ' || g, ($2::uuid[])[1 + g % 20],
            (ARRAY['large','large','small'])[1 + g % 3]::initiative_size_class,
            (ARRAY['idea','analysis','implementation','implementation','realisation','realisation','closed'])[1 + g % 7]::initiative_phase,
            DATE '2024-01-01' + (g % 700), DATE '2026-01-01' + (g % 700), CASE WHEN g % 17 = 0 THEN NULL ELSE ($3::uuid[])[1 + g % 20] END,
            (ARRAY['RPA','AI','Sensorer','Selvbetjening'])[1 + g % 4]
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
  // Three goals per initiative: most with a baseline, some unambitious, some not tied to strategy.
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
  // Three benefits per initiative: DKK, hours, and a non-quantified one; owners, receivers and preconditions spread.
  await db.query(
    `INSERT INTO benefit (organisation_id, initiative_id, title, description, type, quantified, unit, owner_user_id, receiving_department_id, preconditions)
     SELECT $1, i.id, 'Gevinst ' || n, CASE WHEN h % 7 = 0 THEN NULL ELSE 'Beskrivelse' END,
            (ARRAY['economic','time','quality'])[n]::benefit_type, n <> 3, (ARRAY['DKK','hours','hours'])[n]::benefit_unit,
            CASE WHEN h % 8 = 0 THEN NULL ELSE ($2::uuid[])[1 + h % 20] END, ($3::uuid[])[1 + h % 20],
            CASE WHEN h % 5 = 0 THEN NULL ELSE 'Nye arbejdsgange' END
     FROM initiative i CROSS JOIN generate_series(1, 3) n CROSS JOIN LATERAL (SELECT abs(hashtext(i.id::text || 'b' || n)) AS h) x
     WHERE i.organisation_id = $1`,
    [org, users, departments],
  );
  await db.query(
    `INSERT INTO benefit_year (benefit_id, year, organisation_id, planned, realised)
     SELECT b.id, y, $1, CASE WHEN b.unit = 'DKK' THEN 25000 ELSE 100 END * (y - 2024), CASE WHEN y < 2027 THEN CASE WHEN b.unit = 'DKK' THEN 20000 ELSE 80 END * (y - 2024) END
     FROM benefit b CROSS JOIN generate_series(2025, 2028) y WHERE b.organisation_id = $1 AND b.quantified AND abs(hashtext(b.id::text)) % 6 <> 0`,
    [org],
  );
  // Measurements: a before measurement for most goals and quantified benefits, then during and after ones.
  await db.query(
    `INSERT INTO measurement (organisation_id, goal_id, kind, measured_on, value)
     SELECT $1, g.id, k.kind::measurement_kind, DATE '2025-01-01' + k.n * 90, 10 + k.n * 5 + abs(hashtext(g.id::text)) % 7
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
  // Evaluation points: two per benefit and one per goal, some past ones fulfilled by a measurement, the rest overdue.
  await db.query(
    `INSERT INTO evaluation_point (organisation_id, benefit_id, due_date, label, measurement_id)
     SELECT $1, b.id, d.due, 'Evaluering', CASE WHEN d.due < DATE '2026-01-01' AND abs(hashtext(b.id::text)) % 2 = 0
                                                THEN (SELECT m.id FROM measurement m WHERE m.organisation_id = $1 AND m.benefit_id = b.id ORDER BY m.measured_on DESC LIMIT 1) END
     FROM benefit b CROSS JOIN (VALUES (DATE '2025-12-01'), (DATE '2027-06-01')) d(due)
     WHERE b.organisation_id = $1 AND abs(hashtext(b.id::text)) % 9 <> 0`,
    [org],
  );
  await db.query(
    `INSERT INTO evaluation_point (organisation_id, goal_id, due_date, label, measurement_id)
     SELECT $1, g.id, DATE '2025-10-01', 'Halvår', CASE WHEN abs(hashtext(g.id::text)) % 3 = 0
                                                        THEN (SELECT m.id FROM measurement m WHERE m.organisation_id = $1 AND m.goal_id = g.id ORDER BY m.measured_on DESC LIMIT 1) END
     FROM goal g WHERE g.organisation_id = $1 AND abs(hashtext(g.id::text)) % 4 <> 0`,
    [org],
  );
  // Ten risks per initiative with two actions each, a residual assessment on most.
  await db.query(
    `INSERT INTO risk (organisation_id, initiative_id, number, title, category, probability, consequence, handler, owner_user_id,
                       residual_probability, residual_consequence, status, identified_on, last_reviewed_on)
     SELECT $1, i.id, n, 'Risiko ' || n || ' i ' || i.code, (enum_range(NULL::risk_category))[1 + (h % 7)], 1 + (h % 5), 1 + ((h / 5) % 5),
            CASE WHEN h % 11 = 0 THEN NULL ELSE (enum_range(NULL::risk_handler))[1 + (h % 3)] END, ($2::uuid[])[1 + (h % 20)],
            CASE WHEN h % 4 = 0 THEN NULL ELSE 1 + (h % 3) END, CASE WHEN h % 4 = 0 THEN NULL ELSE 1 + ((h / 3) % 3) END,
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
  // Funding: five lines per initiative (most of them) over three years, paid by the lead or another department, some proposed.
  await db.query(
    `INSERT INTO funding_line (organisation_id, initiative_id, year, category, amount_ore, source, paying_department_id, status)
     SELECT $1, i.id, 2025 + n % 3, (ARRAY['acquisition','implementation','operation','risk_reserve','other'])[1 + n]::funding_category,
            (100000 + n * 25000)::bigint * 100, 'own_budget',
            CASE WHEN n = 2 THEN ($2::uuid[])[1 + abs(hashtext(i.id::text || 'p')) % 20] ELSE i.lead_department_id END,
            (CASE WHEN n = 4 THEN 'proposed' ELSE 'confirmed' END)::funding_line_status
     FROM initiative i CROSS JOIN generate_series(0, 4) n
     WHERE i.organisation_id = $1 AND abs(hashtext(i.id::text || 'f')) % 10 <> 0 AND (n <> 3 OR abs(hashtext(i.id::text)) % 2 = 0)`,
    [org, departments],
  );
  // Status reports for the last four quarters, submitted, some red; the current quarter's is missing for some.
  await db.query(
    `INSERT INTO status_report (organisation_id, initiative_id, period_start, period_end, overall, scope_rag, time_rag, budget_rag, benefits_rag, risks_rag,
                                summary, status, submitted_at, figures)
     SELECT $1, i.id, q.start, (q.start + INTERVAL '3 months' - INTERVAL '1 day')::date,
            (CASE WHEN abs(hashtext(i.id::text || q.start::text)) % 6 = 0 THEN 'red' ELSE 'green' END)::rag_status, 'green', 'amber', 'green', 'green', 'green',
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
              (SELECT count(*) FROM initiative_governance)::int AS governance, (SELECT count(*) FROM priority_score)::int AS priority_scores`,
    )
  ).rows[0];
  await db.query('ANALYZE');
  return { departments, departmentGroup: departmentGroups[0], counts };
}

await withBenchApi('overview', async ({ base, db, signIn }) => {
  const { departments, departmentGroup, counts } = await seed(db);
  const cookie = await signIn('bruger1@bench.gevinst.dk', PASSWORD);
  const ctx = { base, requests, cookie };
  const read = async (path) => {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    const text = await response.text();
    return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
  };
  const scopes = {
    all: await read('/portfolio/overview'),
    department: await read(`/portfolio/overview?departmentId=${departments[3]}`),
    group: await read(`/portfolio/overview?steeringGroupId=${departmentGroup}`),
  };
  const highRisks = await read('/portfolio/overview/initiatives?figure=open_high_risks');
  const rows = [
    await measure(ctx, `Overview, whole portfolio (${scopes.all.body.initiatives} initiatives)`, ['/portfolio/overview']),
    await measure(ctx, `Overview, one department (${scopes.department.body.initiatives} initiatives)`, [`/portfolio/overview?departmentId=${departments[3]}`]),
    await measure(ctx, `Overview, one steering group and the groups below it (${scopes.group.body.initiatives} initiatives)`, [
      `/portfolio/overview?steeringGroupId=${departmentGroup}`,
    ]),
    await measure(ctx, `Drill-down: open high risks, whole portfolio (${highRisks.body.length} initiatives)`, ['/portfolio/overview/initiatives?figure=open_high_risks']),
    // For reference: the health engine over the same 1,000 initiatives, which the overview runs for its health figures.
    await measure(ctx, 'Reference: GET /health-check/portfolio, whole portfolio', ['/health-check/portfolio']),
  ];
  const o = scopes.all.body;
  report(
    `Portfolio overview: ${counts.initiatives} initiatives, ${counts.goals} goals, ${counts.benefits} benefits (${counts.benefit_years} benefit years), ` +
      `${counts.measurements} measurements, ${counts.evaluation_points} evaluation points, ${counts.risks} risks (${counts.risk_actions} actions), ` +
      `${counts.funding_lines} funding lines, ${counts.status_reports} status reports, ${counts.governance} governance rows, ${counts.priority_scores} priority scores; ` +
      `${requests} sequential requests each`,
    'bench-portfolio-overview.json',
    rows,
    {
      counts,
      responseBytes: { all: scopes.all.bytes, department: scopes.department.bytes, group: scopes.group.bytes, drilldown: highRisks.bytes },
      figures: {
        initiatives: o.initiatives,
        redStatus: o.redStatus,
        failingHealth: o.failingHealth,
        openHighRisks: o.openHighRisks,
        overdueMeasurements: o.overdueMeasurements,
        missingStatusReports: o.missingStatusReports,
        goalAchievement: o.goalAchievement,
        budget: o.budget,
      },
    },
  );
  console.log(
    `\nFigures (whole portfolio): ${o.initiatives} initiatives, ${o.redStatus} red, ${o.failingHealth.initiatives} failing health, ` +
      `${o.openHighRisks} open high risks, ${o.overdueMeasurements} overdue measurements, ${o.missingStatusReports} missing reports; ` +
      `response ${Math.round(scopes.all.bytes / 1024)} kB`,
  );
});
