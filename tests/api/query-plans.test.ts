import { EntityManager } from 'typeorm';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * Every read of the main pages, EXPLAINed as the app runs it (app role, row-level security, the organisation set) with
 * sequential scans priced out: a tenant table that is still read whole (sequentially, or along an index without a
 * condition) has no index for that access path, so on a shared installation the query would read every
 * organisation's rows. Test data is small, which is why the
 * planner is told to avoid sequential scans rather than left to prefer them; `npm run bench` EXPLAINs the same way on
 * the national-size data set with the planner's own choices.
 */
describe('query plans of tenant reads', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  const ids: Record<string, string> = {};
  let tenantTables: Set<string>;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource, { codePrefix: 'QPL' });
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    // Another organisation with data of its own, so there are rows to keep out.
    const other = await createOrganisation(t.dataSource, { codePrefix: 'QPO' });
    const otherAdmin = await ApiClient.as(t.server, t.dataSource, other.organisation.id, ['admin']);
    for (const [client, fixture, key] of [
      [admin, org, 'own'],
      [otherAdmin, other, 'other'],
    ] as const) {
      const initiative = (await client.post('/api/v1/initiatives').send(initiativeInput(fixture.departments.OKD.id)).expect(201)).body.id as string;
      const goal = (await client.post(`/api/v1/initiatives/${initiative}/goals`).send(goalInput()).expect(201)).body.id as string;
      const benefit = (await client.post(`/api/v1/initiatives/${initiative}/benefits`).send(benefitInput()).expect(201)).body.id as string;
      await client.post(`/api/v1/goals/${goal}/measurements`).send({ kind: 'before', measuredOn: '2026-01-05', value: 3 }).expect(201);
      const risk = (await client.post(`/api/v1/initiatives/${initiative}/risks`).send(riskInput()).expect(201)).body.id as string;
      await client.post(`/api/v1/initiatives/${initiative}/funding-lines`).send(fundingLineInput(fixture.departments.OKD.id)).expect(201);
      Object.assign(ids, { [`${key}Initiative`]: initiative, [`${key}Goal`]: goal, [`${key}Benefit`]: benefit, [`${key}Risk`]: risk });
    }
    const rows = (await t.dataSource.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organisation_id'`,
    )) as { table_name: string }[];
    tenantTables = new Set(rows.map((row) => row.table_name));
  });
  afterAll(() => t?.close());

  /** The statements a request sends, in order, with their parameters. */
  const capture = async (path: string) => {
    const spy = jest.spyOn(EntityManager.prototype, 'query');
    try {
      await admin.get(path).expect(200);
      return spy.mock.calls.map(([sql, parameters]) => ({ sql: String(sql), parameters: (parameters ?? []) as unknown[] }));
    } finally {
      spy.mockRestore();
    }
  };

  /** Tenant tables read whole: sequentially, or along an index without a condition (a full index scan). */
  const seqScans = (node: PlanNode): string[] => {
    const table = node['Relation Name'];
    const whole = node['Node Type'] === 'Seq Scan' || (/^Index (Only )?Scan$/.test(node['Node Type']) && !node['Index Cond']);
    return [...(table && tenantTables.has(table) && whole ? [table] : []), ...(node.Plans ?? []).flatMap(seqScans)];
  };

  /** EXPLAIN each read of the request in a tenant transaction like the app's, sequential scans priced out. */
  const scannedTables = async (path: string) => {
    const statements = (await capture(path)).filter(({ sql }) => /^\s*(WITH|SELECT)\b/i.test(sql) && !/set_config|FROM user_session/i.test(sql));
    expect(statements.length).toBeGreaterThan(0);
    const found: string[] = [];
    await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL ROLE gevinst_app');
      await m.query(`SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true)`, [org.organisation.id, admin.user.id]);
      await m.query('SET LOCAL enable_seqscan = off');
      for (const { sql, parameters } of statements) {
        const [{ 'QUERY PLAN': plan }] = (await m.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters)) as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
        found.push(...seqScans(plan[0].Plan).map((table) => `${table} in: ${sql.replace(/\s+/g, ' ').slice(0, 160)}`));
      }
    });
    return found;
  };

  const pages = () => [
    '/api/v1/initiatives?sort=title&phase=idea',
    `/api/v1/initiatives/${ids.ownInitiative}`,
    `/api/v1/initiatives/${ids.ownInitiative}/goals`,
    `/api/v1/goals/${ids.ownGoal}/measurements`,
    `/api/v1/initiatives/${ids.ownInitiative}/benefits`,
    `/api/v1/initiatives/${ids.ownInitiative}/benefit-summary`,
    `/api/v1/initiatives/${ids.ownInitiative}/risks`,
    `/api/v1/initiatives/${ids.ownInitiative}/funding-lines`,
    `/api/v1/initiatives/${ids.ownInitiative}/health`,
    `/api/v1/initiatives/${ids.ownInitiative}/status-reports`,
    `/api/v1/initiatives/${ids.ownInitiative}/decisions`,
    '/api/v1/me/benefits',
    '/api/v1/risks?band=high',
    '/api/v1/risks/heat-map',
    '/api/v1/finance/overview',
    '/api/v1/benefit-totals',
    '/api/v1/status-reports/missing',
    '/api/v1/portfolio/overview',
    '/api/v1/portfolio/overview/initiatives?figure=open_high_risks',
    '/api/v1/health-check/portfolio',
    '/api/v1/audit?tableName=initiative',
  ];

  it.each([[0], [1], [2]])('reads no tenant table whole (pages, group %i)', async (group) => {
    const all = pages();
    const mine = all.slice(group * 7, group * 7 + 7);
    const found: string[] = [];
    for (const path of mine) found.push(...(await scannedTables(path)).map((scan) => `${path}: ${scan}`));
    expect(found).toEqual([]);
  });

  it('has an index led by the key for every foreign key to a row users can delete', async () => {
    // PostgreSQL's foreign-key actions search the child by the key alone (no organisation): without such an index a
    // delete in the app scans every organisation's rows of the child table.
    const unindexed = (await t.dataSource.query(
      `SELECT c.conrelid::regclass::text AS child, a.attname AS column_name, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.confrelid::regclass::text = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
       ORDER BY 1, 2`,
      [['goal', 'benefit', 'measurement', 'risk', 'strategic_goal', 'evaluation_point', 'funding_line']],
    )) as { child: string; column_name: string; parent: string }[];
    expect(unindexed).toEqual([]);
  });

  it('sees a table read whole when one is (the check itself works)', async () => {
    // As the owner (no row-level security) a read of a whole table has no index path: it must be found.
    await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      const [{ 'QUERY PLAN': plan }] = (await m.query("EXPLAIN (FORMAT JSON) SELECT g.title FROM goal g WHERE g.title <> ''")) as {
        'QUERY PLAN': { Plan: PlanNode }[];
      }[];
      expect(seqScans(plan[0].Plan)).toContain('goal');
    });
  });
});
