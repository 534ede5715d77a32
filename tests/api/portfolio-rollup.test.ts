import type { InitiativeHealth, PortfolioHealth, PortfolioOverview } from '@gevinst/domain';
import { EntityManager } from 'typeorm';
import { testToday } from '../support/clock';
import { RollupWarmer } from '../../apps/api/src/modules/portfolio-rollup/rollup-warmer';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The portfolio health check reuses findings cached per initiative (initiative_rollup) and recomputes only those
 * whose inputs changed. Here every kind of change — through the API, or straight in SQL — must show in the portfolio
 * view at once: after each step it must equal the sum of the initiatives' own (never cached) health checks.
 */
describe('the portfolio rollup (findings and figures kept per initiative)', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let initiative: string;
  let goal: string;
  let benefit: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource, { codePrefix: 'HCC' });
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    initiative = (await admin.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id as string;
    await admin.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201);
  });
  afterAll(() => t?.close());

  const sql = (text: string, params: unknown[] = []) => t.dataSource.query(text, params);
  const portfolio = async () => (await admin.get('/api/v1/health-check/portfolio').expect(200)).body as PortfolioHealth;
  /** Counts per rule from each initiative's own, uncached health check. */
  const live = async () => {
    const ids = (await sql('SELECT id FROM initiative WHERE organisation_id = $1 AND archived_at IS NULL', [org.organisation.id])) as { id: string }[];
    const counts: Record<string, number> = {};
    for (const { id } of ids) {
      for (const finding of ((await admin.get(`/api/v1/initiatives/${id}/health`).expect(200)).body as InitiativeHealth).findings) {
        counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
      }
    }
    return counts;
  };
  const cachedCounts = async () => Object.fromEntries((await portfolio()).byRule.map((rule) => [rule.ruleId, rule.findings]));
  /** Asserts the cached view equals the live one, and returns the rules found (so a step can show it changed something). */
  const agrees = async () => {
    const cached = await cachedCounts();
    expect(cached).toEqual(await live());
    return cached;
  };
  const queriesOf = async (work: () => Promise<unknown>) => {
    const spy = jest.spyOn(EntityManager.prototype, 'query');
    try {
      await work();
      return spy.mock.calls.map(([text]) => String(text));
    } finally {
      spy.mockRestore();
    }
  };

  it('shows every change to the rules’ inputs at once, whether made through the API or in SQL', async () => {
    await sql(`UPDATE initiative SET phase = 'analysis' WHERE id = $1`, [initiative]);
    expect(await agrees()).toHaveProperty('MAAL-1');

    goal = (await admin.post(`/api/v1/initiatives/${initiative}/goals`).send(goalInput({ strategicGoalId: null })).expect(201)).body.id as string;
    const withGoal = await agrees();
    expect(withGoal['MAAL-1']).toBeUndefined();

    // Implementation: before-measurements are now required (GEV-4) — a measurement in SQL satisfies the goal's.
    await sql(`UPDATE initiative SET phase = 'implementation' WHERE id = $1`, [initiative]);
    benefit = (await admin.post(`/api/v1/initiatives/${initiative}/benefits`).send(benefitInput({ years: [] })).expect(201)).body.id as string;
    const needsBefore = await agrees();
    expect(needsBefore).toHaveProperty('GEV-4');
    await sql(`INSERT INTO measurement (organisation_id, goal_id, kind, measured_on, value) VALUES ($1, $2, 'before', '2026-01-05', 3)`, [org.organisation.id, goal]);
    await admin.post(`/api/v1/benefits/${benefit}/measurements`).send({ kind: 'before', measuredOn: '2026-01-05', value: 40 }).expect(201);
    expect((await agrees())['GEV-4']).toBeUndefined();

    // A yearly profile through the API (benefit_year), a risk without handler and its fix (risk), an action (risk_action).
    await admin.put(`/api/v1/benefits/${benefit}/years`).send({ version: 1, years: [{ year: 2026, planned: 100, realised: null }] }).expect(200);
    await agrees();
    const risk = (await admin.post(`/api/v1/initiatives/${initiative}/risks`).send(riskInput({ handler: null })).expect(201)).body as { id: string };
    expect(await agrees()).toHaveProperty('RISK-1');
    await sql(`UPDATE risk SET handler = 'municipality' WHERE id = $1`, [risk.id]);
    expect((await agrees())['RISK-1']).toBeUndefined();
    await sql(`INSERT INTO risk_action (organisation_id, risk_id, position, action, responsible, deadline, status) VALUES ($1, $2, 0, 'Tiltag', 'Projektleder', '2020-01-01', 'planned')`, [
      org.organisation.id,
      risk.id,
    ]);
    await agrees();

    // Organisation-wide inputs: criteria make PRI-1 apply to every initiative in the portfolio.
    await sql(`INSERT INTO priority_criterion (organisation_id, name, weight, position) VALUES ($1, 'Strategisk sigte', 100, 1)`, [org.organisation.id]);
    expect(await agrees()).toHaveProperty('PRI-1');
    await sql(`DELETE FROM priority_criterion WHERE organisation_id = $1`, [org.organisation.id]);
    expect((await agrees())['PRI-1']).toBeUndefined();

    // Deleting the goal brings MAAL-1 back.
    await sql('DELETE FROM goal WHERE id = $1', [goal]);
    expect(await agrees()).toHaveProperty('MAAL-1');
  });

  it('moves the overview’s figures with every change, also one made straight in SQL', async () => {
    const overview = async () => (await admin.get('/api/v1/portfolio/overview').expect(200)).body as PortfolioOverview;
    const before = await overview();
    await sql(
      `INSERT INTO risk (organisation_id, initiative_id, number, title, category, probability, consequence, status, identified_on)
       VALUES ($1, $2, 99, 'Leverandøren går konkurs', 'economic', 5, 4, 'open', '2026-01-05')`,
      [org.organisation.id, initiative],
    );
    const year = before.budget.year;
    await sql(
      `INSERT INTO funding_line (organisation_id, initiative_id, year, category, amount_ore, source, paying_department_id, status)
       VALUES ($1, $2, $3, 'acquisition', 12345, 'own_budget', $4, 'confirmed')`,
      [org.organisation.id, initiative, year, org.departments.OKD.id],
    );
    await sql(
      `INSERT INTO status_report (organisation_id, initiative_id, period_start, period_end, overall, scope_rag, time_rag, budget_rag, benefits_rag, risks_rag, summary, status, submitted_at, figures)
       VALUES ($1, $2, '2099-01-01', '2099-03-31', 'red', 'red', 'red', 'red', 'red', 'red', 'Stop', 'submitted', now(), '{}')`,
      [org.organisation.id, initiative],
    );
    const after = await overview();
    expect(after.openHighRisks).toBe(before.openHighRisks + 1);
    expect(after.budget.confirmed).toBeCloseTo(before.budget.confirmed + 123.45, 2);
    expect(after.redStatus).toBe(before.redStatus + 1);
    expect(after.riskHeatMap.before.find((c) => c.probability === 5 && c.consequence === 4)?.count).toBe(
      (before.riskHeatMap.before.find((c) => c.probability === 5 && c.consequence === 4)?.count ?? 0) + 1,
    );
  });

  it('reuses an overview while nothing in its scope changed, and only then', async () => {
    const overview = () => admin.get('/api/v1/portfolio/overview?phase=implementation').expect(200);
    const first = (await overview()).body as PortfolioOverview;
    const again = await queriesOf(overview);
    // The session, the tenant transaction and one read of the rollup's state: no figure is summed again.
    expect(again.filter((q) => /initiative_rollup/.test(q))).toHaveLength(1);
    await sql(`UPDATE risk SET probability = 5, consequence = 5 WHERE initiative_id = $1 AND number = 99`, [initiative]);
    const changed = await queriesOf(overview);
    expect(changed.length).toBeGreaterThan(again.length);
    expect(((await overview()).body as PortfolioOverview).riskHeatMap).not.toEqual(first.riskHeatMap);
  });

  it('reads an unchanged portfolio in one query, and re-reads only the initiatives that changed', async () => {
    await portfolio();
    const warm = await queriesOf(portfolio);
    expect(warm.filter((q) => /FROM goal g/.test(q))).toEqual([]);
    expect(await queriesOf(portfolio)).toEqual(warm);

    await sql(`UPDATE initiative SET title = 'Ny titel' WHERE id = $1`, [initiative]);
    const changed = await queriesOf(portfolio);
    expect(changed.length).toBeGreaterThan(warm.length + 10);
    const loaded = changed.find((q) => /FROM goal g/.test(q));
    expect(loaded).toBeDefined();
    const [row] = (await sql('SELECT changes, checked_changes FROM initiative_rollup WHERE initiative_id = $1', [initiative])) as { changes: string; checked_changes: string }[];
    expect(row.checked_changes).toBe(row.changes);
    expect(await queriesOf(portfolio)).toEqual(warm);
  });

  it('recomputes findings checked on an earlier day or by other rules', async () => {
    await portfolio();
    const warm = (await queriesOf(portfolio)).length;
    await sql(`UPDATE initiative_rollup SET checked_on = checked_on - 1, findings = '[]' WHERE initiative_id = $1`, [initiative]);
    expect((await queriesOf(portfolio)).length).toBeGreaterThan(warm);
    await agrees();
    await sql(`UPDATE initiative_rollup SET version = 'an older release', findings = '[]' WHERE organisation_id = $1`, [org.organisation.id]);
    expect((await queriesOf(portfolio)).length).toBeGreaterThan(warm);
    await agrees();
  });

  it('warms every organisation’s rollup at night, one replica at a time', async () => {
    await sql(`UPDATE initiative_rollup SET checked_on = checked_on - 1`);
    const warmer = t.app.get(RollupWarmer);
    // Another replica holding the lock: this one leaves it.
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [0x6765_7631]);
    try {
      expect(await warmer.warmAll()).toBeNull();
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1)', [0x6765_7631]);
      await holder.release();
    }
    const organisations = Number(((await sql('SELECT count(*) AS n FROM organisation')) as { n: string }[])[0].n);
    expect(await warmer.warmAll()).toBe(organisations);
    const stale = (await sql(
      `SELECT count(*)::int AS n FROM initiative i LEFT JOIN initiative_rollup r ON r.initiative_id = i.id
       WHERE i.archived_at IS NULL AND (r.checked_on IS DISTINCT FROM $1::date OR r.checked_changes IS DISTINCT FROM r.changes)`,
      [testToday()],
    )) as { n: number }[];
    expect(stale[0].n).toBe(0);
    // Warm: the next portfolio view only reads.
    const queries = await queriesOf(portfolio);
    expect(queries.filter((q) => /FROM goal g/.test(q))).toEqual([]);
  });

  it('keeps each organisation’s cache to itself', async () => {
    const other = await createOrganisation(t.dataSource, { codePrefix: 'HCO' });
    const otherAdmin = await ApiClient.as(t.server, t.dataSource, other.organisation.id, ['admin']);
    await otherAdmin.post('/api/v1/initiatives').send(initiativeInput(other.departments.OKD.id)).expect(201);
    expect((await otherAdmin.get('/api/v1/health-check/portfolio').expect(200)).body.initiatives).toBe(1);
    const rows = (await sql('SELECT h.organisation_id, i.organisation_id AS owner FROM initiative_rollup h JOIN initiative i ON i.id = h.initiative_id')) as {
      organisation_id: string;
      owner: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.organisation_id === r.owner)).toBe(true);
    // The app role sees only its own organisation's rows.
    const visible = await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL ROLE gevinst_app');
      await m.query(`SELECT set_config('app.organisation_id', $1, true)`, [other.organisation.id]);
      return (await m.query('SELECT DISTINCT organisation_id FROM initiative_rollup')) as { organisation_id: string }[];
    });
    expect(visible).toEqual([{ organisation_id: other.organisation.id }]);
  });
});
