import type {
  BenefitMap,
  BenefitSummary,
  BusinessCase,
  InitiativeHealth,
  InitiativeSummary,
  MissingReport,
  MyBenefit,
  Page,
  PortfolioBenefitTotals,
  PortfolioHealth,
  PortfolioOverview,
  PortfolioReview,
  PrioritisedPortfolio,
  RiskAppetiteStatement,
  StatusReportFigures,
} from '@gevinst/domain';
import {
  addDays,
  addMonths,
  APPLICATION_STATUSES,
  evaluateFundingRules,
  evaluateRiskRules,
  FUNDING_CATEGORIES,
  FUNDING_LINE_STATUSES,
  FUNDING_SOURCES,
  hasRiskReserve,
  isActionOverdue,
  isIsoDay,
  isRiskStale,
  lastReviewOf,
  LIVE_RISK_STATUSES,
  RISK_BANDS,
  RISK_CATEGORIES,
  RISK_HANDLERS,
  RISK_STATUSES,
  reachesDirectorate,
  reviewCycleOf,
  riskBand,
  riskScore,
  yearOf,
} from '@gevinst/domain';
import type {
  ApplicationStatus,
  FundingCategory,
  FundingLineStatus,
  FundingRuleBenefit,
  FundingSource,
  Phase,
  RiskActionStatus,
  RiskRating,
  RiskRuleRisk,
  RiskStatus,
  SizeClass,
  SteeringLevel,
} from '@gevinst/domain';
import { Clock } from '../../apps/api/src/common/clock/clock';
import { DEMO_INITIATIVES } from '../../apps/api/src/demo/demo-data';
import { seedDemoOrganisation } from '../../apps/api/src/demo/demo-seed';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-users';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { ApiClient } from '../support/api-client';
import { testClock, testToday, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

const danishDateOf = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(at);
const danishToday = testToday;
/** The calendar quarter after the one `day` lies in. */
const nextQuarterOf = (day: string) => reviewCycleOf('quarter', addMonths(day, 3));
/** The demo's phases do not move with the calendar: how many initiatives each holds. */
const DEMO_PHASES = DEMO_INITIATIVES.reduce<Record<string, number>>((counts, i) => ({ ...counts, [i.phase]: (counts[i.phase] ?? 0) + 1 }), {});

/**
 * Codes follow the registration year: DEM-<year>-NNN, no year after `today`'s and none after the planned start's,
 * numbered 1, 2, … within each year, and the code sequence continues from each year's last number.
 */
async function expectConsistentCodes(dataSource: TestApp['dataSource'], today: string): Promise<void> {
  const rows: { code: string; plannedStart: string | null }[] = await dataSource.query('SELECT code, planned_start::text AS "plannedStart" FROM initiative');
  const numbers = new Map<number, number[]>();
  for (const { code, plannedStart } of rows) {
    const [, year, number] = /^DEM-(\d{4})-(\d{3})$/.exec(code)?.map(Number) ?? [];
    expect(year).toBeLessThanOrEqual(yearOf(today));
    if (plannedStart !== null) expect(year).toBeLessThanOrEqual(yearOf(plannedStart));
    numbers.set(year, [...(numbers.get(year) ?? []), number]);
  }
  for (const list of numbers.values()) expect(list.sort((a, b) => a - b)).toEqual(list.map((_, i) => i + 1));
  const sequence: { year: number; lastValue: number }[] = await dataSource.query('SELECT year, last_value AS "lastValue" FROM initiative_code_sequence ORDER BY year');
  expect(sequence).toEqual([...numbers].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, lastValue: list.length })));
}

describe('demo seed: goals, benefits and follow-up on the demo initiatives', () => {
  let t: TestApp;
  let owner: ApiClient;
  let initiatives: InitiativeSummary[];

  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoOrganisation(t.dataSource, testClock())).toBe(true);
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
    expect(await seedDemoOrganisation(t.dataSource, testClock())).toBe(false);
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

  it('draws the Rudersdal robot as a benefit map: deliveries → changed bookkeeping routine → freed hours → goal → strategic goal', async () => {
    const [{ id }] = await t.dataSource.query('SELECT id FROM initiative WHERE title = $1', ['Softwarerobot til bogføring af regninger på dag- og botilbud']);
    const map: BenefitMap = (await owner.get(`/api/v1/initiatives/${id}/benefit-map`).expect(200)).body;
    const titled = (title: string) => map.nodes.find((n) => n.title === title)?.id;
    const routine = map.nodes.find((n) => n.kind === 'change' && n.title.startsWith('Ny bogføringsrutine'));
    expect(routine).toMatchObject({ status: 'open', dueDate: addDays(danishToday(), 30) });
    const chain = [
      titled('Softwarerobot i drift på dag- og botilbud'),
      routine?.id,
      titled('Frigjort tid til borgerne på dag- og botilbud'),
      titled('Halvdelen af regningerne bogføres automatisk'),
      titled('Mere tid til kerneopgaven'),
    ];
    for (let i = 0; i + 1 < chain.length; i++) expect(map.links).toContainEqual({ from: chain[i], to: chain[i + 1] });
  });

  it('freezes a business case with every demo gate decision, so "as approved" sits beside "as now"', async () => {
    const gates: { initiative_id: string; frozen: boolean }[] = await t.dataSource.query(
      `SELECT initiative_id, business_case IS NOT NULL AS frozen FROM decision WHERE kind = 'approve_phase'`,
    );
    expect(gates.length).toBeGreaterThan(0);
    expect(gates.every((g) => g.frozen)).toBe(true);
    const latest = (await owner.get(`/api/v1/initiatives/${gates[0].initiative_id}/business-case`).expect(200)).body as BusinessCase;
    expect(latest.baseline?.scenarios.map((s) => s.scenario)).toEqual(['pessimistic', 'likely', 'optimistic']);
  });

  it('has Ballerup’s task force projects adding up to 7,300 hours realised in their first year', async () => {
    const summary = await summaryOf('Taskforce for digitale arbejdsgange');
    const lastYear = Number(danishToday().slice(0, 4)) - 1;
    expect(summary.totals.find((x) => x.unit === 'hours' && x.year === lastYear)).toMatchObject({ realised: 7300 });
    expect(summary.goals[0].achievementPercent).toBeCloseTo(73, 10);
    const totals: PortfolioBenefitTotals = (await owner.get(`/api/v1/benefit-totals?fromYear=${lastYear}&toYear=${lastYear}`).expect(200)).body;
    expect(totals.byUnit.find((x) => x.unit === 'hours')?.realised).toBe(7300 + 380);
  });

  it('has this year’s planned and realised benefits, in kroner and in hours', async () => {
    const totals: PortfolioBenefitTotals = (await owner.get(`/api/v1/benefit-totals?fromYear=${thisYear()}&toYear=${thisYear()}`).expect(200)).body;
    for (const unit of ['DKK', 'hours']) {
      expect(totals.byUnit.find((x) => x.unit === unit)).toMatchObject({ planned: expect.any(Number), realised: expect.any(Number) });
      expect(totals.byUnit.find((x) => x.unit === unit)?.planned).toBeGreaterThan(0);
      expect(totals.byUnit.find((x) => x.unit === unit)?.realised).toBeGreaterThan(0);
    }
  });

  it('numbers the initiatives by their registration year, in step with the code sequence', async () => {
    await expectConsistentCodes(t.dataSource, danishToday());
  });

  it('exports the demo plan', async () => {
    const { id, code } = initiative('Taskforce for digitale arbejdsgange');
    const response = await owner.get(`/api/v1/initiatives/${id}/benefit-plan.xlsx`).expect(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="gevinstrealiseringsplan-${code}.xlsx"`);
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

  it('has funding plans from last year to three years ahead and a Digitaliseringsbank with applications in every state, never granting beyond its capital', async () => {
    type Line = {
      id: string;
      organisationId: string;
      initiative: string;
      year: number;
      category: FundingCategory;
      amountOre: string;
      source: FundingSource;
      poolId: string | null;
      sourceName: string | null;
      payingDepartmentId: string;
      status: FundingLineStatus;
      applicationId: string | null;
    };
    const lines: Line[] = await t.dataSource.query(`
      SELECT f.id, f.organisation_id AS "organisationId", i.title AS initiative, f.year, f.category, f.amount_ore AS "amountOre", f.source,
             f.pool_id AS "poolId", f.source_name AS "sourceName", f.paying_department_id AS "payingDepartmentId", f.status,
             f.application_id AS "applicationId"
        FROM funding_line f JOIN initiative i ON i.id = f.initiative_id ORDER BY i.title, f.year`);
    const covered = <T>(values: T[]) => [...new Set(values)].sort();
    expect(covered(lines.map((l) => l.year))).toEqual([-1, 0, 1, 2, 3].map((plus) => thisYear(plus)));
    expect(covered(lines.map((l) => l.category))).toEqual([...FUNDING_CATEGORIES].sort());
    expect(covered(lines.map((l) => l.source))).toEqual([...FUNDING_SOURCES].sort());
    expect(covered(lines.map((l) => l.status))).toEqual([...FUNDING_LINE_STATUSES].sort());
    // Exact money with øre; central funds and external grants are named.
    expect(lines.some((l) => BigInt(l.amountOre) % 100n !== 0n)).toBe(true);
    expect(lines.filter((l) => l.source === 'central' || l.source === 'external_grant').every((l) => l.sourceName !== null)).toBe(true);
    // Initiatives across departments are paid by more than one of them.
    const payers = new Map<string, Set<string>>();
    for (const l of lines) payers.set(l.initiative, (payers.get(l.initiative) ?? new Set()).add(l.payingDepartmentId));
    expect([...payers.values()].filter((p) => p.size > 1).length).toBeGreaterThanOrEqual(4);

    const [{ id: organisationId }] = await t.dataSource.query('SELECT id FROM organisation');
    const pools: { id: string; name: string; rules: string; organisationId: string }[] = await t.dataSource.query(
      'SELECT id, name, rules, organisation_id AS "organisationId" FROM funding_pool',
    );
    expect(pools).toEqual([{ id: expect.any(String), name: 'Digitaliseringsbanken', rules: expect.stringContaining('2,5 promille'), organisationId }]);
    const capital: { year: number; capitalOre: string }[] = await t.dataSource.query(
      'SELECT year, capital_ore AS "capitalOre" FROM funding_pool_year WHERE pool_id = $1 ORDER BY year',
      [pools[0].id],
    );
    expect(capital.map((c) => c.year)).toEqual([thisYear(-1), thisYear(), thisYear(1)]);

    type Application = {
      id: string;
      organisationId: string;
      poolId: string;
      year: number;
      amountOre: string;
      category: FundingCategory;
      status: ApplicationStatus;
      reason: string | null;
      appliedBy: string | null;
      decider: string | null;
      decidedAt: Date | null;
      createdAt: Date;
    };
    const applications: Application[] = await t.dataSource.query(`
      SELECT a.id, a.organisation_id AS "organisationId", a.pool_id AS "poolId", a.year, a.amount_ore AS "amountOre", a.category, a.status,
             a.reason, a.applied_by AS "appliedBy", u.email AS decider, a.decided_at AS "decidedAt", a.created_at AS "createdAt"
        FROM pool_application a LEFT JOIN app_user u ON u.id = a.decided_by ORDER BY a.created_at`);
    expect(covered(applications.map((a) => a.status))).toEqual([...APPLICATION_STATUSES].sort());
    expect(applications.every((a) => a.organisationId === organisationId && a.poolId === pools[0].id && a.appliedBy !== null)).toBe(true);
    for (const a of applications.filter((x) => x.status !== 'applied')) {
      expect(a.decider).toBe('oekonomi@demo.gevinst.dk');
      // Decided within a few weeks of the application.
      const days = (a.decidedAt!.getTime() - a.createdAt.getTime()) / 86_400_000;
      expect(days).toBeGreaterThan(0);
      expect(days).toBeLessThanOrEqual(28);
    }
    expect(applications.filter((a) => a.status === 'rejected').every((a) => (a.reason ?? '').length > 20)).toBe(true);

    const granted = applications.filter((a) => a.status === 'granted');
    for (const { year, capitalOre } of capital) {
      const sum = granted.filter((a) => a.year === year).reduce((total, a) => total + BigInt(a.amountOre), 0n);
      expect(sum <= BigInt(capitalOre)).toBe(true);
    }
    for (const a of granted) {
      expect(lines.filter((l) => l.applicationId === a.id)).toEqual([
        expect.objectContaining({ organisationId, source: 'pool', poolId: a.poolId, status: 'confirmed', year: a.year, category: a.category, amountOre: a.amountOre }),
      ]);
    }
    // Pool lines come from grants only.
    expect(lines.filter((l) => l.source === 'pool').map((l) => l.applicationId).sort()).toEqual(granted.map((a) => a.id).sort());
  });

  it('gives the funding rules and RISK-3 something to find in the demo', async () => {
    type Row = {
      id: string;
      title: string;
      phase: Phase;
      sizeClass: SizeClass;
      leadDepartmentId: string;
      involvedDepartmentIds: string[];
      benefits: FundingRuleBenefit[];
      lines: { year: number; category: FundingCategory; amount: number; payingDepartmentId: string }[];
      risks: { probability: RiskRating; consequence: RiskRating; status: RiskStatus }[];
    };
    const rows: Row[] = await t.dataSource.query(`
      SELECT i.id, i.title, i.phase, i.size_class AS "sizeClass", i.lead_department_id AS "leadDepartmentId",
             coalesce((SELECT json_agg(d.department_id) FROM initiative_department d WHERE d.initiative_id = i.id), '[]') AS "involvedDepartmentIds",
             coalesce((SELECT json_agg(json_build_object('id', b.id, 'title', b.title, 'quantified', b.quantified, 'ownerUserId', b.owner_user_id,
                                                         'ownerDepartmentId', u.department_id, 'receivingDepartmentId', b.receiving_department_id,
                                                         'years', coalesce((SELECT json_agg(json_build_object('year', y.year, 'planned', y.planned::float8))
                                                                              FROM benefit_year y WHERE y.benefit_id = b.id), '[]')))
                         FROM benefit b LEFT JOIN app_user u ON u.id = b.owner_user_id WHERE b.initiative_id = i.id), '[]') AS benefits,
             coalesce((SELECT json_agg(json_build_object('year', f.year, 'category', f.category, 'amount', f.amount_ore / 100.0,
                                                         'payingDepartmentId', f.paying_department_id))
                         FROM funding_line f WHERE f.initiative_id = i.id), '[]') AS lines,
             coalesce((SELECT json_agg(json_build_object('probability', r.probability, 'consequence', r.consequence, 'status', r.status))
                         FROM risk r WHERE r.initiative_id = i.id), '[]') AS risks
        FROM initiative i ORDER BY i.title`);
    const departments: { id: string; parentId: string | null }[] = await t.dataSource.query('SELECT id, parent_id AS "parentId" FROM department');
    const today = danishToday();
    const findings = rows.map((i) => ({
      title: i.title,
      findings: evaluateFundingRules({ ...i, fundingLines: i.lines, departments }, today),
    }));
    // FIN-2's "no funding plan past analyse" fires for the paused chatbot only: the other initiatives past analyse have plans.
    const withoutPlan = findings.filter((x) => x.findings.some((f) => f.ruleId === 'FIN-2' && f.severity === 'error')).map((x) => x.title);
    expect(withoutPlan).toEqual(['Chatbot til borgerhenvendelser på hjemmesiden']);
    const pastAnalysis = rows.filter((i) => ['implementation', 'realisation', 'paused'].includes(i.phase));
    expect(pastAnalysis.filter((i) => i.lines.length > 0).length).toBeGreaterThanOrEqual(pastAnalysis.length - 1);
    expect(findings.flatMap((x) => x.findings).some((f) => f.ruleId === 'FIN-1')).toBe(true);

    // RISK-3 both ways: among initiatives past analyse with an open high risk, one sets a risk reserve aside and one does not.
    const withOpenHighRisk = pastAnalysis.filter((i) =>
      i.risks.some((r) => LIVE_RISK_STATUSES.includes(r.status) && riskBand(riskScore(r.probability, r.consequence)) === 'high'),
    );
    expect([...new Set(withOpenHighRisk.map((i) => hasRiskReserve(i.lines)))].sort()).toEqual([false, true]);
  });
  describe('governance', () => {
    let admin: ApiClient;
    let organisationId: string;
    let directorateUserId: string;
    const RADAR = 'Kommunens egen teknologiradar';
    /** The initiatives without a submitted report for the current quarter: the task force (none) and the competence programme (a draft). */
    const MISSING = ['Digitale kompetencer for alle medarbejdere', 'Taskforce for digitale arbejdsgange'];

    beforeAll(async () => {
      const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'admin@demo.gevinst.dk' });
      admin = await ApiClient.signIn(t.server, user, DEMO_PASSWORD);
      organisationId = user.organisationId;
      directorateUserId = (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'direktion@demo.gevinst.dk' })).id;
    });

    it('has steering groups in Silkeborg’s model, a chain to the directorate for every steered initiative, and one pending gate request', async () => {
      type Group = { id: string; name: string; level: SteeringLevel; parentId: string | null; chairUserId: string | null; members: string[]; organisationId: string };
      const groups: Group[] = await t.dataSource.query(`
        SELECT g.id, g.name, g.level, g.parent_id AS "parentId", g.chair_user_id AS "chairUserId", g.organisation_id AS "organisationId",
               ARRAY(SELECT m.user_id FROM steering_group_member m JOIN app_user u ON u.id = m.user_id
                      WHERE m.group_id = g.id AND u.organisation_id = g.organisation_id AND m.organisation_id = g.organisation_id) AS members
          FROM steering_group g`);
      const byName = new Map(groups.map((g) => [g.name, g]));
      const top = byName.get('Direktionen');
      expect(top).toMatchObject({ level: 'directorate', parentId: null, chairUserId: directorateUserId, organisationId });
      expect(top?.members).toContain(directorateUserId);
      const local = groups.filter((g) => g.level === 'department');
      expect(local.length).toBeGreaterThanOrEqual(2);
      expect(local.every((g) => g.parentId === top?.id)).toBe(true);
      const project = groups.filter((g) => g.level === 'project');
      expect(project).toHaveLength(1);
      expect(local.map((g) => g.id)).toContain(project[0].parentId);
      // Every chair sits in the group, every member of the organisation.
      for (const g of groups) expect(g.members).toContain(g.chairUserId);

      type Steered = { title: string; phase: Phase; steeringGroupId: string | null; projectOwnerId: string | null; requestedPhase: Phase | null;
        requestedBy: string | null; requestNote: string | null; pausedFromPhase: Phase | null };
      const initiatives: Steered[] = await t.dataSource.query(`
        SELECT i.title, i.phase, g.steering_group_id AS "steeringGroupId", g.project_owner_id AS "projectOwnerId", g.requested_phase AS "requestedPhase",
               g.requested_by AS "requestedBy", g.request_note AS "requestNote", g.paused_from_phase AS "pausedFromPhase"
          FROM initiative i LEFT JOIN initiative_governance g ON g.initiative_id = i.id ORDER BY i.title`);
      const pastIdea = initiatives.filter((i) => i.phase !== 'idea');
      expect(pastIdea.filter((i) => i.steeringGroupId === null).map((i) => i.title)).toEqual([RADAR]);
      const steered = pastIdea.filter((i) => i.steeringGroupId !== null);
      expect(steered.every((i) => reachesDirectorate(i.steeringGroupId!, groups) && i.projectOwnerId !== null)).toBe(true);
      expect(new Set(steered.map((i) => i.steeringGroupId)).size).toBe(groups.length);

      const requests = initiatives.filter((i) => i.requestedPhase !== null);
      const lead = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'projektleder@demo.gevinst.dk' });
      expect(requests).toEqual([expect.objectContaining({ phase: 'analysis', requestedPhase: 'implementation', requestedBy: lead.id, requestNote: expect.any(String) })]);
      expect(initiatives.filter((i) => i.phase === 'paused').every((i) => i.pausedFromPhase === 'implementation')).toBe(true);
    });

    it('has status reports over four quarters: frozen submitted ones with figures, a draft, red and amber ones and decision requests', async () => {
      type Report = { id: string; title: string; phase: Phase; periodStart: string; periodEnd: string; overall: string; status: string; submittedAt: Date | null;
        decisionRequest: string | null; figures: StatusReportFigures | null; organisationId: string };
      const reports: Report[] = await t.dataSource.query(`
        SELECT s.id, i.title, i.phase, s.period_start::text AS "periodStart", s.period_end::text AS "periodEnd", s.overall, s.status, s.submitted_at AS "submittedAt",
               s.decision_request AS "decisionRequest", s.figures, s.organisation_id AS "organisationId"
          FROM status_report s JOIN initiative i ON i.id = s.initiative_id ORDER BY i.title, s.period_start`);
      const cycle = reviewCycleOf('quarter', danishToday());
      expect(new Set(reports.map((r) => r.periodStart)).size).toBe(4);
      expect(reports.every((r) => r.organisationId === organisationId && r.periodEnd >= r.periodStart && r.periodStart <= cycle.end)).toBe(true);
      expect(reports.filter((r) => r.periodStart === cycle.start).length).toBeGreaterThanOrEqual(4);
      expect([...new Set(reports.map((r) => r.status))].sort()).toEqual(['draft', 'submitted']);
      expect([...new Set(reports.map((r) => r.overall))].sort()).toEqual(['amber', 'green', 'red']);
      expect(reports.filter((r) => r.decisionRequest !== null).length).toBeGreaterThanOrEqual(1);

      const now = testClock().now().getTime();
      for (const r of reports.filter((x) => x.status === 'submitted')) {
        // Submitted within its period, never in the future, with the key figures of that moment.
        expect(r.submittedAt!.getTime()).toBeLessThanOrEqual(now);
        expect(danishDateOf(r.submittedAt!) >= r.periodStart && danishDateOf(r.submittedAt!) <= r.periodEnd).toBe(true);
        expect(r.figures).toEqual({
          goalAchievementPct: r.figures!.goalAchievementPct === null ? null : expect.any(Number),
          plannedBenefitsDkk: expect.any(Number),
          realisedBenefitsDkk: expect.any(Number),
          plannedHours: expect.any(Number),
          realisedHours: expect.any(Number),
          budgetDkk: expect.any(Number),
          openHighRisks: expect.any(Number),
          phase: expect.any(String),
        });
      }
      expect(reports.filter((r) => r.status === 'draft').every((r) => r.figures === null && r.submittedAt === null)).toBe(true);
      // The paused chatbot reported from gennemførelse before its pause; realised hours grow over the quarters.
      expect(reports.filter((r) => r.phase === 'paused' && r.periodStart < cycle.start).every((r) => r.figures?.phase === 'implementation')).toBe(true);
      const robot = reports.filter((r) => r.title === 'Softwarerobot til bogføring af regninger på dag- og botilbud').map((r) => r.figures!.realisedHours);
      expect(robot).toEqual([...robot].sort((a, b) => a - b));
      expect(robot[0]).toBeLessThan(robot[robot.length - 1]);

      // Submitted reports are frozen: the database refuses to change them.
      const red = reports.find((r) => r.overall === 'red' && r.status === 'submitted')!;
      await expect(t.dataSource.query(`UPDATE status_report SET summary = 'ændret' WHERE id = $1`, [red.id])).rejects.toThrow(/frozen/);
    });

    it('has a held directorate review with its agenda, frozen reports and decisions, and a planned review with a built agenda', async () => {
      const reviews: { id: string; status: string; heldOn: string; level: SteeringLevel }[] = await t.dataSource.query(`
        SELECT r.id, r.status, r.held_on::text AS "heldOn", g.level FROM portfolio_review r JOIN steering_group g ON g.id = r.steering_group_id ORDER BY r.held_on`);
      expect(reviews.map((r) => r.status)).toEqual(['held', 'planned']);
      const today = danishToday();
      const next = nextQuarterOf(today);
      expect(reviews[0].heldOn < today).toBe(true);
      expect(reviews[1].heldOn >= next.start && reviews[1].heldOn <= next.end).toBe(true);

      const held: PortfolioReview = (await admin.get(`/api/v1/portfolio-reviews/${reviews[0].id}`).expect(200)).body;
      expect(held).toMatchObject({ status: 'held', steeringGroup: { name: 'Direktionen', level: 'directorate' }, notes: expect.any(String) });
      expect(held.agenda.length).toBeGreaterThanOrEqual(4);
      expect(held.agenda.map((item) => item.position)).toEqual(held.agenda.map((_, index) => index + 1));
      for (const item of held.agenda) {
        expect(item.reasons.length).toBeGreaterThan(0);
        // The frozen report the meeting read: submitted before the meeting, red or amber when that is why it is there.
        if (item.report) {
          expect(item.report.status).toBe('submitted');
          expect(item.report.submittedAt!.slice(0, 10) <= held.heldOn).toBe(true);
          if (item.reasons.includes('red_status')) expect(item.report.overall).toBe('red');
          if (item.reasons.includes('amber_status')) expect(item.report.overall).toBe('amber');
          if (item.reasons.includes('decision_requested')) expect(item.report.decisionRequest).not.toBeNull();
        } else {
          expect(item.reasons).toEqual(['gate_request']);
        }
      }
      const decisions = held.agenda.flatMap((item) => item.decisions);
      expect(decisions.map((d) => d.kind).sort()).toEqual(['approve_phase', 'continue', 'pause', 'reprioritise']);
      expect(decisions.every((d) => d.decidedBy?.id === directorateUserId && (d.reason ?? '').length > 20 && d.decidedAt.slice(0, 10) === held.heldOn)).toBe(true);

      const planned: PortfolioReview = (await admin.get(`/api/v1/portfolio-reviews/${reviews[1].id}`).expect(200)).body;
      expect(planned.status).toBe('planned');
      expect(planned.agenda.length).toBeGreaterThanOrEqual(3);
      expect(planned.agenda[0].reasons).toContain('gate_request');
      expect(planned.agenda.every((item) => item.decisions.length === 0)).toBe(true);
    });

    it('has a decision log that records who decided and agrees with the initiatives’ phases', async () => {
      type Row = { title: string; phase: Phase; kind: string; fromPhase: Phase; toPhase: Phase; decidedBy: string | null; reason: string | null; reviewId: string | null;
        steeringGroupId: string | null };
      const rows: Row[] = await t.dataSource.query(`
        SELECT i.title, i.phase, d.kind, d.from_phase AS "fromPhase", d.to_phase AS "toPhase", d.decided_by AS "decidedBy", d.reason, d.review_id AS "reviewId",
               d.steering_group_id AS "steeringGroupId"
          FROM decision d JOIN initiative i ON i.id = d.initiative_id ORDER BY d.decided_at`);
      expect(rows.length).toBeGreaterThanOrEqual(5);
      expect(rows.every((d) => d.decidedBy === directorateUserId && d.steeringGroupId !== null && d.reason !== null)).toBe(true);
      expect(rows.some((d) => d.reviewId === null)).toBe(true);
      const order = ['idea', 'analysis', 'implementation', 'realisation', 'closed'];
      for (const d of rows) {
        if (d.kind === 'approve_phase') {
          expect(order.indexOf(d.toPhase)).toBe(order.indexOf(d.fromPhase) + 1);
          expect(d.phase === 'paused' || order.indexOf(d.phase) >= order.indexOf(d.toPhase)).toBe(true);
        } else if (d.kind === 'pause') {
          expect([d.toPhase, d.phase]).toEqual(['paused', 'paused']);
        } else {
          expect([d.toPhase, d.phase]).toEqual([d.fromPhase, d.fromPhase]);
        }
      }
      // The last phase-changing decision leaves each initiative where it is now.
      const last = new Map<string, Row>();
      for (const d of rows.filter((x) => x.fromPhase !== x.toPhase)) last.set(d.title, d);
      for (const d of last.values()) expect(d.toPhase).toBe(d.phase);
    });

    it('prioritises every initiative past idé with weights summing to 100, and states a risk appetite for every area', async () => {
      const criteria: { id: string; name: string; weight: number; inverse: boolean }[] = await t.dataSource.query(
        'SELECT id, name, weight, inverse FROM priority_criterion ORDER BY position',
      );
      expect(criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
      expect(criteria.map((c) => [c.name, c.weight, c.inverse])).toEqual([
        ['Strategisk sigte', 30, false],
        ['Gevinstpotentiale', 30, false],
        ['Modenhed', 15, false],
        ['Risiko', 15, true],
        ['Lovkrav / skal-opgave', 10, false],
      ]);
      const scored: { title: string; phase: Phase; scores: number }[] = await t.dataSource.query(`
        SELECT i.title, i.phase, (SELECT count(*)::int FROM priority_score p WHERE p.initiative_id = i.id) AS scores FROM initiative i`);
      expect(scored.filter((i) => i.phase !== 'idea').every((i) => i.scores === criteria.length)).toBe(true);
      const ideas = scored.filter((i) => i.phase === 'idea');
      expect(ideas.filter((i) => i.scores === criteria.length).length).toBeGreaterThan(ideas.length / 2);

      const ranked: PrioritisedPortfolio = (await admin.get('/api/v1/prioritisation').expect(200)).body;
      expect(ranked.unscored).toEqual([]);
      expect(ranked.items.length).toBeGreaterThanOrEqual(5);

      const appetite: RiskAppetiteStatement[] = (await admin.get('/api/v1/risk-appetite').expect(200)).body;
      expect(appetite.map((a) => a.category)).toEqual([...RISK_CATEGORIES]);
      expect(appetite.every((a) => (a.statement ?? '').length > 20)).toBe(true);
      expect(new Set(appetite.map((a) => a.appetite)).size).toBe(3);
    });

    it('lets the health check find GOV-2 exactly where the current quarter’s report is missing, ROL-1 on the unsteered initiative, and no GOV-1', async () => {
      const missing: MissingReport[] = (await admin.get('/api/v1/status-reports/missing').expect(200)).body;
      expect(missing.map((m) => m.initiative.title).sort()).toEqual(MISSING);

      const live = initiatives.filter((i) => !['closed', 'stopped'].includes(i.phase));
      const findings = new Map<string, string[]>();
      for (const i of live) {
        const health: InitiativeHealth = (await admin.get(`/api/v1/initiatives/${i.id}/health`).expect(200)).body;
        findings.set(i.title, health.findings.map((f) => f.ruleId));
      }
      const withRule = (ruleId: string) => [...findings].filter(([, ids]) => ids.includes(ruleId)).map(([title]) => title).sort();
      expect(withRule('GOV-2')).toEqual(MISSING);
      expect(withRule('ROL-1')).toEqual([RADAR]);
      expect(withRule('GOV-1')).toEqual([]);
      expect(withRule('ROL-3')).toEqual([]);
      expect(withRule('PRI-1')).toEqual([]);

      const portfolio: PortfolioHealth = (await admin.get('/api/v1/health-check/portfolio').expect(200)).body;
      expect(portfolio.byRule.find((r) => r.ruleId === 'GOV-2')).toMatchObject({ initiatives: MISSING.length });
      expect(portfolio.byRule.find((r) => r.ruleId === 'ROL-1')).toMatchObject({ initiatives: 1 });
    });
  });
});

describe('demo seed on any day: a newcomer in another year sees a current portfolio', () => {
  // The next leap day from next year on, and a first of January five years on: days and budget years move with the calendar.
  const leapYear = [1, 2, 3, 4, 5, 6, 7, 8].map((plus) => thisYear(plus)).find((year) => isIsoDay(`${year}-02-29`));
  const days = [`${leapYear}-02-29`, `${thisYear(5)}-01-01`];

  it.each(days)('seeded on %s, the overview shows that year’s figures and the portfolio is current', async (day) => {
    const clock = Clock.onDay(day);
    const app = await startTestApp({ clock });
    try {
      expect(await seedDemoOrganisation(app.dataSource, clock)).toBe(true);
      const user = await app.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'direktion@demo.gevinst.dk' });
      const director = await ApiClient.signIn(app.server, user, DEMO_PASSWORD);
      const overview: PortfolioOverview = (await director.get('/api/v1/portfolio/overview').expect(200)).body;
      const year = yearOf(day);
      expect(overview.query.year).toBe(year);
      expect(overview.budget.year).toBe(year);
      expect(overview.budget.total).toBeGreaterThan(0);
      expect(overview.benefits.year.dkk.planned).toBeGreaterThan(0);
      expect(overview.benefits.year.dkk.realised).toBeGreaterThan(0);
      expect(overview.benefits.year.hours.planned).toBeGreaterThan(0);
      expect(Object.fromEntries(overview.byPhase.map((p) => [p.phase, p.count]))).toEqual(DEMO_PHASES);
      // Follow-up is overdue, and the same two initiatives lack this quarter's report as on any other day.
      expect(overview.overdueMeasurements).toBeGreaterThan(0);
      expect(overview.missingStatusReports).toBe(2);
      await expectConsistentCodes(app.dataSource, day);

      const reviews: { status: string; heldOn: string }[] = await app.dataSource.query(
        'SELECT status, held_on::text AS "heldOn" FROM portfolio_review ORDER BY held_on',
      );
      const next = nextQuarterOf(day);
      expect(reviews.map((r) => r.status)).toEqual(['held', 'planned']);
      expect(reviews[0].heldOn < day && reviews[1].heldOn >= next.start && reviews[1].heldOn <= next.end).toBe(true);
    } finally {
      await app.close();
    }
  });
});
