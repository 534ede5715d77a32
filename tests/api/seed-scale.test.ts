import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';

/**
 * The scale data generator (npm run seed:scale) run as a child process with tiny options against scratch databases
 * on the test server: complete marker and counts, the per-initiative shape, row-level security and the audit trail
 * respected, determinism, and refusals (bad options, a database that already holds data).
 */
const root = resolve(__dirname, '..', '..');
const script = resolve(root, 'scripts', 'seed-scale.mjs');
const TINY = ['--organisations', '3', '--largest', '12', '--as-of', '2026-03-15'];
const RUN_TIMEOUT = 300_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Marker {
  seed: number;
  options: { organisations: number; largest: number; seed: number; asOf: string };
  asOf: string;
  seconds: number;
  largestOrganisationId: string;
  largestOrganisationName: string;
  counts: Record<string, number>;
}

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('TEST_ADMIN_DATABASE_URL is not set: run the tests through Jest (tests/support/global-setup.mjs)');
  return url;
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function seed(args: string[], databaseName: string | null): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NX_DAEMON: 'false' };
  if (databaseName === null) delete env.DATABASE_URL;
  else env.DATABASE_URL = databaseUrl(databaseName);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

const comment = async (name: string): Promise<string | null> =>
  (await sql<{ comment: string | null }>(adminUrl(), `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [name]))[0]
    ?.comment ?? null;

async function marker(name: string): Promise<Marker> {
  const text = await comment(name);
  expect(text).toMatch(/^gevinst-scale-seed:\{/);
  return JSON.parse((text as string).slice('gevinst-scale-seed:'.length)) as Marker;
}

const count = async (url: string, query: string): Promise<number> => Number((await sql<{ n: string }>(url, query))[0].n);

/** md5 over the ordered content of the main tables: equal for equal data, whatever the physical order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables: Record<string, string> = {
    organisation: `concat_ws('|', id, name, municipality_code, code_prefix, settings)`,
    department: `concat_ws('|', id, parent_id, code, name)`,
    app_user: `concat_ws('|', id, email, name, roles, department_id, active)`,
    initiative: `concat_ws('|', id, code, title, phase, planned_start, planned_end, archived_at, project_lead_id, created_at, updated_at)`,
    goal: `concat_ws('|', id, initiative_id, title, baseline_value, target_value, target_date)`,
    benefit: `concat_ws('|', id, goal_id, title, type, unit, owner_user_id, status)`,
    benefit_year: `concat_ws('|', benefit_id, year, planned, realised)`,
    measurement: `concat_ws('|', id, goal_id, benefit_id, kind, measured_on, value, time_study, recorded_by, recorded_at)`,
    evaluation_point: `concat_ws('|', id, due_date, measurement_id)`,
    risk: `concat_ws('|', id, number, title, probability, consequence, status, last_reviewed_on)`,
    funding_line: `concat_ws('|', id, year, category, amount_ore, source, status, paying_department_id)`,
    status_report: `concat_ws('|', id, period_start, overall, status, submitted_at, figures)`,
    decision: `concat_ws('|', id, kind, from_phase, to_phase, decided_at, review_id)`,
  };
  const result: Record<string, string> = {};
  for (const [table, row] of Object.entries(tables)) {
    const key = table === 'benefit_year' ? 'benefit_id, year' : 'id';
    result[table] = (await sql<{ md5: string }>(url, `SELECT md5(string_agg(${row}, ',' ORDER BY ${key})) AS md5 FROM ${table}`))[0].md5;
  }
  return result;
}

describe('npm run seed:scale', () => {
  const suffix = `${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const first = `gevinst_test_scale_a_${suffix}`;
  const second = `gevinst_test_scale_b_${suffix}`;
  const foreign = `gevinst_test_scale_c_${suffix}`;
  const never = `gevinst_test_scale_never_${suffix}`;

  afterAll(async () => {
    for (const name of [first, second, foreign, never]) await sql(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('refuses bad options with exit code 2 and a message naming the option, before touching anything', async () => {
    const cases: [string[], string | null, RegExp][] = [
      [['--organisations', '0'], never, /--organisations must be a whole number from 1 to 500 \(got 0\)/],
      [['--organisations', '501'], never, /--organisations must be a whole number from 1 to 500/],
      [['--largest', 'many'], never, /--largest must be a whole number from 1 to 5000 \(got "many"\)/],
      [['--largest'], never, /--largest must be a whole number from 1 to 5000 \(got nothing\)/],
      [['--seed', '1.5'], never, /--seed must be a whole number from 0 to 2147483647/],
      [['--as-of', '2026-02-30'], never, /--as-of must be a date YYYY-MM-DD from 2010-01-01 to 2090-12-31 \(got 2026-02-30, which is not a calendar date\)/],
      [['--as-of', 'tomorrow'], never, /--as-of must be a date YYYY-MM-DD/],
      [['--frobnicate'], never, /Unknown option --frobnicate/],
      [['--replace=yes'], never, /--replace takes no value/],
      [['--seed', '1', '--seed', '2'], never, /--seed is given twice/],
      [[], null, /DATABASE_URL must name the target database/],
      [[], 'postgres', /DATABASE_URL must name a database of its own, not postgres/],
    ];
    const runs = await Promise.all(cases.map(([args, database]) => seed(args, database)));
    runs.forEach((run, index) => {
      expect({ args: cases[index][0], code: run.code }).toEqual({ args: cases[index][0], code: 2 });
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(cases[index][2]);
    });
    expect(await sql(adminUrl(), 'SELECT 1 FROM pg_database WHERE datname = $1', [never])).toEqual([]);
  });

  it(
    'fills a new database through RLS and the audit trigger with the promised shape, and marks it complete',
    async () => {
      const run = await seed([...TINY, '--seed', '7'], first);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const url = databaseUrl(first);
      const seeded = await marker(first);
      expect(seeded).toMatchObject({ seed: 7, asOf: '2026-03-15', options: { organisations: 3, largest: 12, seed: 7, asOf: '2026-03-15' } });

      // The marker's counts are the tables' counts, and cover every table that was filled.
      for (const [table, rows] of Object.entries(seeded.counts)) expect({ table, rows: await count(url, `SELECT count(*) AS n FROM ${table}`) }).toEqual({ table, rows });
      expect(seeded.counts.organisation).toBe(3);
      for (const table of ['department', 'app_user', 'strategic_goal', 'steering_group', 'initiative_governance', 'decision', 'priority_criterion', 'priority_score', 'risk_appetite', 'funding_pool', 'portfolio_review', 'review_item', 'initiative_code_sequence']) {
        expect({ table, filled: seeded.counts[table] > 0 }).toEqual({ table, filled: true });
      }

      // The largest organisation has exactly --largest initiatives; the others fewer.
      const sizes = await sql<{ organisation_id: string; n: string }>(url, 'SELECT organisation_id, count(*) AS n FROM initiative GROUP BY 1 ORDER BY 2 DESC');
      expect(sizes.map((s) => Number(s.n))[0]).toBe(12);
      expect(sizes[0].organisation_id).toBe(seeded.largestOrganisationId);
      expect(sizes.slice(1).every((s) => Number(s.n) < 12)).toBe(true);

      // Per initiative: 5 goals, 5 benefits, 10 risks with 2 actions, 25 funding lines, 8 status reports.
      const perInitiative: [string, string, number][] = [
        ['goal', 'SELECT count(*) FROM goal x WHERE x.initiative_id = i.id', 5],
        ['benefit', 'SELECT count(*) FROM benefit x WHERE x.initiative_id = i.id', 5],
        ['risk', 'SELECT count(*) FROM risk x WHERE x.initiative_id = i.id', 10],
        ['risk_action', 'SELECT count(*) FROM risk_action a JOIN risk r ON r.id = a.risk_id WHERE r.initiative_id = i.id', 20],
        ['funding_line', 'SELECT count(*) FROM funding_line x WHERE x.initiative_id = i.id', 25],
        ['funding years × categories', 'SELECT count(DISTINCT (x.year, x.category)) FROM funding_line x WHERE x.initiative_id = i.id', 25],
        ['status_report', 'SELECT count(*) FROM status_report x WHERE x.initiative_id = i.id', 8],
        ['priority_score', 'SELECT count(*) FROM priority_score x WHERE x.initiative_id = i.id', 5],
      ];
      for (const [what, subquery, expected] of perInitiative) {
        expect({ what, off: await count(url, `SELECT count(*) AS n FROM initiative i WHERE (${subquery}) <> ${expected}`) }).toEqual({ what, off: 0 });
      }
      // Every goal and quantified benefit is an indicator with 24 measurements; non-quantified benefits have none.
      expect(await count(url, `SELECT count(*) AS n FROM goal g WHERE (SELECT count(*) FROM measurement m WHERE m.goal_id = g.id) <> 24`)).toBe(0);
      expect(await count(url, `SELECT count(*) AS n FROM benefit b WHERE (SELECT count(*) FROM measurement m WHERE m.benefit_id = b.id) <> CASE WHEN b.quantified THEN 24 ELSE 0 END`)).toBe(0);
      expect(await count(url, `SELECT count(DISTINCT kind) AS n FROM measurement`)).toBe(3);
      expect(await count(url, `SELECT count(*) AS n FROM benefit WHERE NOT quantified`)).toBe(seeded.counts.initiative);
      // Submitted reports, some amber and red; every user role is present; nobody can sign in.
      expect(await count(url, `SELECT count(*) AS n FROM status_report WHERE status = 'submitted'`)).toBeGreaterThan(seeded.counts.status_report * 0.8);
      expect(await count(url, `SELECT count(DISTINCT overall) AS n FROM status_report`)).toBe(3);
      expect(await count(url, `SELECT count(DISTINCT r) AS n FROM app_user, unnest(roles) r`)).toBe(5);
      expect(await count(url, `SELECT count(*) AS n FROM app_user WHERE password_hash IS NOT NULL`)).toBe(0);
      // The code sequence continues from the generated codes, so the app can register more.
      expect(
        await count(
          url,
          `SELECT count(*) AS n FROM initiative_code_sequence s
           WHERE s.last_value <> (SELECT max(split_part(i.code, '-', 3)::int) FROM initiative i
                                  WHERE i.organisation_id = s.organisation_id AND split_part(i.code, '-', 2)::int = s.year)`,
        ),
      ).toBe(0);

      // Every tenant row belongs to its initiative's organisation.
      const sameOrganisation: [string, string][] = [
        ['goal', 'SELECT count(*) AS n FROM goal x JOIN initiative i ON i.id = x.initiative_id WHERE x.organisation_id <> i.organisation_id'],
        ['benefit', 'SELECT count(*) AS n FROM benefit x JOIN initiative i ON i.id = x.initiative_id WHERE x.organisation_id <> i.organisation_id'],
        ['measurement', `SELECT count(*) AS n FROM measurement m LEFT JOIN goal g ON g.id = m.goal_id LEFT JOIN benefit b ON b.id = m.benefit_id
                         JOIN initiative i ON i.id = coalesce(g.initiative_id, b.initiative_id) WHERE m.organisation_id <> i.organisation_id`],
        ['benefit_year', 'SELECT count(*) AS n FROM benefit_year y JOIN benefit b ON b.id = y.benefit_id WHERE y.organisation_id <> b.organisation_id'],
        ['risk_action', 'SELECT count(*) AS n FROM risk_action a JOIN risk r ON r.id = a.risk_id WHERE a.organisation_id <> r.organisation_id'],
        ['funding_line', 'SELECT count(*) AS n FROM funding_line x JOIN initiative i ON i.id = x.initiative_id JOIN department d ON d.id = x.paying_department_id WHERE x.organisation_id <> i.organisation_id OR d.organisation_id <> i.organisation_id'],
        ['status_report', 'SELECT count(*) AS n FROM status_report x JOIN initiative i ON i.id = x.initiative_id WHERE x.organisation_id <> i.organisation_id'],
        ['decision', 'SELECT count(*) AS n FROM decision x JOIN initiative i ON i.id = x.initiative_id WHERE x.organisation_id <> i.organisation_id'],
        ['initiative', 'SELECT count(*) AS n FROM initiative i JOIN app_user u ON u.id = i.project_lead_id WHERE u.organisation_id <> i.organisation_id'],
      ];
      for (const [table, query] of sameOrganisation) expect({ table, foreign: await count(url, query) }).toEqual({ table, foreign: 0 });

      // The audit trigger logged every inserted row, as the organisation's admin (app.user_id of the tenant transaction).
      for (const table of ['goal', 'measurement', 'benefit_year', 'risk', 'risk_action', 'funding_line', 'status_report', 'initiative']) {
        const logged = await count(url, `SELECT count(*) AS n FROM audit_log WHERE table_name = '${table}' AND action = 'insert'`);
        expect({ table, logged }).toEqual({ table, logged: seeded.counts[table] });
      }
      expect(
        await count(
          url,
          `SELECT count(*) AS n FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
           WHERE u.id IS NULL OR u.organisation_id <> a.organisation_id OR NOT 'admin' = ANY(u.roles)`,
        ),
      ).toBe(0);
    },
    RUN_TIMEOUT,
  );

  it(
    'gives the same data for the same seed, options and as-of day',
    async () => {
      const run = await seed([...TINY, '--seed', '7'], second);
      expect(run.code).toBe(0);
      expect(await fingerprint(databaseUrl(second))).toEqual(await fingerprint(databaseUrl(first)));
    },
    RUN_TIMEOUT,
  );

  it(
    'refuses a database that holds data without --replace, and changes nothing',
    async () => {
      const before = { comment: await comment(first), fingerprint: await fingerprint(databaseUrl(first)) };
      const run = await seed([...TINY, '--seed', '8'], first);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/database gevinst_test_scale_a_\w+ already holds data \(3 organisations\); nothing was changed/);
      expect({ comment: await comment(first), fingerprint: await fingerprint(databaseUrl(first)) }).toEqual(before);
    },
    RUN_TIMEOUT,
  );

  it(
    'never drops a database holding data it did not make, even with --replace',
    async () => {
      await sql(adminUrl(), `CREATE DATABASE ${foreign}`);
      await sql(databaseUrl(foreign), `CREATE TABLE note (text text); INSERT INTO note VALUES ('keep me')`);
      for (const args of [TINY, [...TINY, '--replace']]) {
        const run = await seed(args, foreign);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/holds data \(rows in public\.note\)/);
      }
      expect(await sql(databaseUrl(foreign), 'SELECT text FROM note')).toEqual([{ text: 'keep me' }]);
      expect(await comment(foreign)).toBeNull();
    },
    RUN_TIMEOUT,
  );

  it(
    'replaces a database it made with --replace',
    async () => {
      const run = await seed([...TINY, '--seed', '8', '--replace'], first);
      expect(run.code).toBe(0);
      expect((await marker(first)).seed).toBe(8);
      const replaced = await fingerprint(databaseUrl(first));
      const original = await fingerprint(databaseUrl(second));
      expect(replaced.initiative).not.toBe(original.initiative);
      expect(replaced.measurement).not.toBe(original.measurement);
    },
    RUN_TIMEOUT,
  );
});
