import type { BenefitSummary, InitiativeSummary, MyBenefit, Page, PortfolioBenefitTotals } from '@gevinst/domain';
import {
  evaluateRiskRules,
  isActionOverdue,
  isRiskStale,
  lastReviewOf,
  LIVE_RISK_STATUSES,
  RISK_BANDS,
  RISK_CATEGORIES,
  RISK_HANDLERS,
  RISK_STATUSES,
  riskBand,
  riskScore,
} from '@gevinst/domain';
import type { Phase, RiskActionStatus, RiskRating, RiskRuleRisk, SizeClass } from '@gevinst/domain';
import { seedDemoOrganisation } from '../../apps/api/src/database/seed/demo-seed';
import { DEMO_PASSWORD } from '../../apps/api/src/database/seed/demo-users';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

const danishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

describe('demo seed: goals, benefits and follow-up on the demo initiatives', () => {
  let t: TestApp;
  let owner: ApiClient;
  let initiatives: InitiativeSummary[];

  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoOrganisation(t.dataSource)).toBe(true);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'gevinstejer@demo.gevinst.dk' });
    owner = await ApiClient.signIn(t.server, user, DEMO_PASSWORD);
    initiatives = ((await owner.get('/api/v1/initiatives?pageSize=100').expect(200)).body as Page<InitiativeSummary>).items;
  });
  afterAll(() => t?.close());

  const initiative = (title: string) => {
    const found = initiatives.find((i) => i.title === title);
    if (!found) throw new Error(`no demo initiative ${title}`);
    return found;
  };
  const summaryOf = async (title: string): Promise<BenefitSummary> =>
    (await owner.get(`/api/v1/initiatives/${initiative(title).id}/benefit-summary`).expect(200)).body;

  it('seeds only an empty database', async () => {
    expect(await seedDemoOrganisation(t.dataSource)).toBe(false);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM strategic_goal');
    expect(n).toBe(3);
  });

  it('shows the demo benefit owner their benefits with overdue evaluation points', async () => {
    const mine: MyBenefit[] = (await owner.get('/api/v1/me/benefits').expect(200)).body;
    expect(mine.length).toBeGreaterThanOrEqual(5);
    const overdue = mine.filter((b) => b.overdueCount > 0);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const today = danishToday();
    for (const benefit of overdue) {
      expect(benefit.openPoints.filter((p) => p.overdue).every((p) => p.dueDate < today)).toBe(true);
    }
    const robot = mine.find((b) => b.title === 'Frigjort tid til borgerne på dag- og botilbud');
    expect(robot).toMatchObject({ overdueCount: 2, latestMeasurement: { value: 615 } });
    expect(robot?.openPoints.some((p) => !p.overdue)).toBe(true);
  });

  it('has Rudersdal’s goal 76 % achieved (38 % of 50 % from a 0 % baseline)', async () => {
    const summary = await summaryOf('Softwarerobot til bogføring af regninger på dag- og botilbud');
    expect(summary.goals).toHaveLength(1);
    expect(summary.goals[0]).toMatchObject({ goal: { baselineValue: 0, targetValue: 50, unit: '%' }, latestMeasurement: { value: 38 } });
    expect(summary.goals[0].achievementPercent).toBeCloseTo(76, 10);
    expect(summary.nonQuantifiedCount).toBe(1);
  });

  it('has Ballerup’s task force projects adding up to 7,300 hours realised in their first year', async () => {
    const summary = await summaryOf('Taskforce for digitale arbejdsgange');
    const lastYear = Number(danishToday().slice(0, 4)) - 1;
    expect(summary.totals.find((x) => x.unit === 'hours' && x.year === lastYear)).toMatchObject({ realised: 7300 });
    expect(summary.goals[0].achievementPercent).toBeCloseTo(73, 10);
    const totals: PortfolioBenefitTotals = (await owner.get(`/api/v1/benefit-totals?fromYear=${lastYear}&toYear=${lastYear}`).expect(200)).body;
    expect(totals.byUnit.find((x) => x.unit === 'hours')?.realised).toBe(7300 + 380);
  });

  it('exports the demo plan', async () => {
    const response = await owner.get(`/api/v1/initiatives/${initiative('Taskforce for digitale arbejdsgange').id}/benefit-plan.xlsx`).expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="gevinstrealiseringsplan-DEM-2025-\d{3}\.xlsx"$/);
  });

  it('has risk logs covering every band, category, handler and status, with findings for the health rules', async () => {
    type Row = Omit<RiskRuleRisk, 'actions'> & {
      organisationId: string;
      initiative: string;
      phase: Phase;
      sizeClass: SizeClass;
      plannedStart: string;
      ownerOrganisationId: string | null;
      residualProbability: number | null;
      actions: { deadline: string | null; status: RiskActionStatus; organisationId: string }[];
    };
    const rows: Row[] = await t.dataSource.query(`
      SELECT r.id, r.organisation_id AS "organisationId", i.title AS initiative, i.phase, i.size_class AS "sizeClass",
             i.planned_start::text AS "plannedStart", r.number, r.title, r.category, r.probability, r.consequence, r.handler,
             r.owner_user_id AS "ownerUserId", u.organisation_id AS "ownerOrganisationId", r.residual_probability AS "residualProbability",
             r.status, r.identified_on::text AS "identifiedOn", r.last_reviewed_on::text AS "lastReviewedOn",
             coalesce(json_agg(json_build_object('deadline', a.deadline, 'status', a.status, 'organisationId', a.organisation_id) ORDER BY a.position)
                      FILTER (WHERE a.id IS NOT NULL), '[]') AS actions
        FROM risk r JOIN initiative i ON i.id = r.initiative_id LEFT JOIN app_user u ON u.id = r.owner_user_id
        LEFT JOIN risk_action a ON a.risk_id = r.id
       GROUP BY r.id, i.id, u.id ORDER BY i.title, r.number`);
    const byInitiative = new Map<string, Row[]>();
    for (const row of rows) byInitiative.set(row.initiative, [...(byInitiative.get(row.initiative) ?? []), row]);
    expect(byInitiative.size).toBeGreaterThanOrEqual(6);
    for (const risks of byInitiative.values()) expect(risks.map((r) => r.number)).toEqual(risks.map((_, i) => i + 1));

    const covered = (values: (string | null)[]) => [...new Set(values)].sort();
    expect(covered(rows.map((r) => riskBand(riskScore(r.probability as RiskRating, r.consequence as RiskRating))))).toEqual([...RISK_BANDS].sort());
    expect(covered(rows.map((r) => r.category))).toEqual([...RISK_CATEGORIES].sort());
    expect(covered(rows.map((r) => r.handler)).filter((h) => h !== null)).toEqual([...RISK_HANDLERS].sort());
    expect(covered(rows.map((r) => r.status))).toEqual([...RISK_STATUSES].sort());

    // One organisation throughout: owners and actions belong to the risk's organisation; most risks are assessed after mitigation.
    const [{ id: organisationId }] = await t.dataSource.query('SELECT id FROM organisation');
    expect(rows.every((r) => r.organisationId === organisationId && r.actions.every((a) => a.organisationId === organisationId))).toBe(true);
    expect(rows.every((r) => r.ownerUserId === null || r.ownerOrganisationId === organisationId)).toBe(true);
    expect(new Set(rows.map((r) => r.ownerUserId)).size).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.residualProbability !== null).length).toBeGreaterThan(rows.length / 2);
    expect(rows.filter((r) => r.identifiedOn < r.plannedStart).length).toBeGreaterThan(rows.length / 2);

    const today = danishToday();
    const live = rows.filter((r) => LIVE_RISK_STATUSES.includes(r.status));
    expect(live.some((r) => isRiskStale(lastReviewOf(r), today))).toBe(true);
    expect(live.some((r) => r.actions.some((a) => isActionOverdue(a, today)))).toBe(true);
    expect(rows.some((r) => r.actions.some((a) => a.status === 'done')) && rows.some((r) => r.actions.some((a) => a.status === 'planned'))).toBe(true);

    // The health rules find something to say, and the logs were started before the initiatives left analyse.
    const findings = [...byInitiative.values()].flatMap((risks) =>
      evaluateRiskRules({ phase: risks[0].phase, sizeClass: risks[0].sizeClass, leftAnalysisOn: risks[0].plannedStart, risks, hasRiskReserve: null }, today),
    );
    expect(covered(findings.map((f) => f.ruleId))).toEqual(['RISK-1', 'RISK-5', 'RISK-6']);
  });
});
