import { PHASES } from '@gevinst/domain';
import type {
  Benefit,
  BenefitSummary,
  EvaluationPointView,
  FinanceOverview,
  FundingLine,
  Goal,
  HeatMapCell,
  InitiativeGovernance,
  InitiativeHealth,
  InitiativeSummary,
  MissingReport,
  OverviewDrilldownRow,
  OverviewFigure,
  Page,
  Phase,
  PhaseCount,
  PortfolioHealth,
  PortfolioOverview,
  PriorityCriterion,
  PriorityScores,
  Risk,
  RiskHeatMap,
  RiskListItem,
  StatusReport,
  StatusReportRequest,
  SteeringGroup,
} from '@gevinst/domain';
import { EntityManager } from 'typeorm';
import { testToday } from '../support/clock';
import { reviewCycleOf as reviewCycleBounds } from '@gevinst/domain';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { steeringGroupInput } from '../factories/governance.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The management overview against the detail pages: a varied portfolio is built through the API, and every figure of
 * GET /portfolio/overview is recomputed here from the initiatives' own pages (funding lines, benefits, goal
 * achievement, status reports, health, risks, evaluation points, priority scores) and the portfolio lists (risk list,
 * heat map, missing reports, health check, phase counts, finance overview) — never from SQL.
 */

const LIVE = ['open', 'in_progress'];
const HIGH_FROM = 15;
/** Sums money and benefit amounts in hundredths, as the API does, so no floating-point drift can hide or fake a difference. */
const cents = (amount: number) => Math.round(amount * 100);
type PR = { planned: number; realised: number };

/** Everything the detail pages say about one initiative. */
interface Detail {
  initiative: { id: string; code: string; title: string; phase: Phase };
  lines: FundingLine[];
  benefits: Benefit[];
  summary: BenefitSummary;
  reports: StatusReport[];
  health: InitiativeHealth;
  risks: Risk[];
  points: EvaluationPointView[];
  priority: PriorityScores;
  governance: InitiativeGovernance;
}

describe('the management portfolio overview', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let foreign: OrganisationFixture;
  let admin: ApiClient;
  let lead: ApiClient;
  let finance: ApiClient;
  let director: ApiClient;
  let owner: ApiClient;
  let foreignAdmin: ApiClient;
  let groups: Record<'top' | 'department' | 'project' | 'other', SteeringGroup>;
  let strategicGoalId: string;
  /** A: implementation (by decisions), B: realisation, C: analysis (by decision), D: idea, E: implementation without this cycle's report, F: archived. */
  const ids = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string>;
  let foreignId: string;

  const today = testToday();
  const Y = Number(today.slice(0, 4));
  const cycle = reviewCycleBounds('quarter', today);
  const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const previousCycle = reviewCycleBounds('quarter', dayBefore(cycle.start));
  const past = `${Y - 1}-06-30`;
  const future = `${Y + 1}-06-30`;

  const dept = (code: string) => org.departments[code].id;
  const newInitiative = async (leadDepartment: string, overrides: Parameters<typeof initiativeInput>[1] = {}) =>
    (await lead.post('/api/v1/initiatives').send(initiativeInput(dept(leadDepartment), overrides)).expect(201)).body.id as string;
  const setPhase = (id: string, phase: Phase) => t.dataSource.query('UPDATE initiative SET phase = $2 WHERE id = $1', [id, phase]);
  const approve = (id: string, toPhase: Phase) =>
    director.post(`/api/v1/initiatives/${id}/decisions`).send({ kind: 'approve_phase', toPhase, reason: 'Godkendt på porteføljemødet' }).expect(201);
  const addGoal = async (id: string, overrides: Parameters<typeof goalInput>[0] = {}) =>
    (await lead.post(`/api/v1/initiatives/${id}/goals`).send(goalInput(overrides)).expect(201)).body.id as string;
  const measureGoal = (goalId: string, kind: string, measuredOn: string, value: number, evaluationPointId?: string) =>
    lead.post(`/api/v1/goals/${goalId}/measurements`).send({ kind, measuredOn, value, evaluationPointId }).expect(201);
  const addBenefit = async (id: string, overrides: Parameters<typeof benefitInput>[0] = {}) =>
    (
      await lead
        .post(`/api/v1/initiatives/${id}/benefits`)
        .send(benefitInput({ ownerUserId: owner.user.id, ...overrides }))
        .expect(201)
    ).body.id as string;
  const addPoint = async (kind: 'goals' | 'benefits', targetId: string, dueDate: string) => {
    const points: EvaluationPointView[] = (await lead.post(`/api/v1/${kind}/${targetId}/evaluation-points`).send({ dueDate }).expect(201)).body;
    return points.find((p) => p.dueDate === dueDate)!.id;
  };
  const addRisk = (id: string, overrides: Parameters<typeof riskInput>[0] = {}) =>
    lead.post(`/api/v1/initiatives/${id}/risks`).send(riskInput({ identifiedOn: today, lastReviewedOn: today, ...overrides })).expect(201);
  /** Finance confirms its lines; a project lead's lines stay proposed. */
  const addLine = (id: string, payer: string, overrides: Parameters<typeof fundingLineInput>[1], client = finance) =>
    client.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(dept(payer), overrides)).expect(201);
  const submitReport = async (id: string, overall: StatusReportRequest['overall'], period: { start: string; end: string }) => {
    const body: StatusReportRequest = {
      periodStart: period.start,
      periodEnd: period.end,
      overall,
      dimensions: { scope: 'green', time: overall, budget: 'green', benefits: 'amber', risks: overall },
      summary: `Status ${overall}`,
    };
    const draft: StatusReport = (await lead.post(`/api/v1/initiatives/${id}/status-reports`).send(body).expect(201)).body;
    await lead.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: draft.version }).expect(200);
  };
  const steer = async (id: string, group: SteeringGroup) => {
    const current: InitiativeGovernance = (await admin.get(`/api/v1/initiatives/${id}/governance`).expect(200)).body;
    await admin.put(`/api/v1/initiatives/${id}/governance`).send({ version: current.version, steeringGroupId: group.id, projectOwnerUserId: director.user.id }).expect(200);
  };
  const score = (id: string, criteria: PriorityCriterion[], scores: number[]) =>
    director
      .put(`/api/v1/initiatives/${id}/priority-scores`)
      .send({ scores: scores.map((s, i) => ({ criterionId: criteria[i].id, score: s })) })
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    foreign = await createOrganisation(t.dataSource, { codePrefix: 'FPO' });
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    director = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    owner = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['benefit_owner']);
    foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);

    const group = async (body: object): Promise<SteeringGroup> => (await admin.post('/api/v1/steering-groups').send(steeringGroupInput(body)).expect(201)).body;
    const top = await group({ name: 'Direktionen', level: 'directorate' });
    const department = await group({ name: 'Digitaliseringsstyregruppen', level: 'department', parentId: top.id });
    const project = await group({ name: 'Robotstyregruppen', level: 'project', parentId: department.id });
    const other = await group({ name: 'Velfærdsteknologi', level: 'department', parentId: top.id });
    groups = { top, department, project, other };
    strategicGoalId = (await admin.post('/api/v1/strategic-goals').send({ title: 'Mere tid til kerneopgaven' }).expect(201)).body.id;
    const criteria: PriorityCriterion[] = (
      await admin
        .put('/api/v1/priority-criteria')
        .send({ criteria: [{ name: 'Strategisk sigte', weight: 50 }, { name: 'Gevinstpotentiale', weight: 30 }, { name: 'Risiko', weight: 20, inverse: true }] })
        .expect(200)
    ).body;

    // A — IT og Digitalisering, gennemførelse by two gate decisions, a red report this cycle.
    ids.A = await newInitiative('OKD-IT', { technology: 'RPA' });
    await approve(ids.A, 'analysis');
    await approve(ids.A, 'implementation');
    await steer(ids.A, groups.project);
    const a1 = await addGoal(ids.A, { baselineValue: 0, targetValue: 50, strategicGoalId });
    await measureGoal(a1, 'before', `${Y - 2}-06-01`, 0);
    await measureGoal(a1, 'during', `${Y - 1}-02-01`, 20); // 40 %
    await addPoint('goals', a1, past); // overdue
    const fulfilled = await addPoint('goals', a1, `${Y - 1}-03-31`);
    await measureGoal(a1, 'during', `${Y - 1}-04-01`, 15, fulfilled); // the latest now: 30 %
    const a2 = await addGoal(ids.A, { indicatorName: 'Sagsbehandlingstid', unit: 'dage', direction: 'lower', baselineValue: 100, targetValue: 60 });
    await measureGoal(a2, 'during', `${Y - 1}-05-01`, 90); // 25 %
    await addPoint('goals', a2, future); // not due
    await addBenefit(ids.A, {
      type: 'economic',
      unit: 'DKK',
      years: [
        { year: Y - 1, planned: 100_000, realised: 80_000.25 },
        { year: Y, planned: 200_000.5, realised: 150_000 },
        { year: Y + 1, planned: 300_000, realised: null },
      ],
    });
    const aHours = await addBenefit(ids.A, { years: [{ year: Y, planned: 500, realised: 200.5 }, { year: Y + 1, planned: 800, realised: null }] });
    await addPoint('benefits', aHours, past); // overdue
    await addBenefit(ids.A, { type: 'quality', quantified: false, unit: 'other', unitLabel: 'tilfredshed', description: 'Gladere medarbejdere', years: [] });
    await addRisk(ids.A, { probability: 5, consequence: 4, residualProbability: 3, residualConsequence: 2 }); // high, open
    await addRisk(ids.A, { probability: 3, consequence: 3, status: 'in_progress' }); // medium
    await addRisk(ids.A, { probability: 5, consequence: 5, status: 'closed' }); // high, closed
    await addRisk(ids.A, { probability: 1, consequence: 2 }); // low
    await addLine(ids.A, 'OKD-IT', { year: Y - 1, category: 'acquisition', amount: 100_000, status: 'confirmed' });
    await addLine(ids.A, 'OKD-IT', { year: Y, category: 'implementation', amount: 250_000.5, status: 'confirmed' });
    await addLine(ids.A, 'SOS', { year: Y, category: 'operation', amount: 50_000.25 }, lead); // proposed
    await addLine(ids.A, 'OKD-OKO', { year: Y + 1, category: 'operation', amount: 75_000, status: 'confirmed' });
    await addLine(ids.A, 'OKD-IT', { year: Y, category: 'risk_reserve', amount: 20_000 }, lead);
    await submitReport(ids.A, 'red', cycle);
    await score(ids.A, criteria, [4, 5, 2]);

    // B — Ældre (with IT og Digitalisering involved), realisering, last cycle red but this cycle green.
    ids.B = await newInitiative('SOS-AEL', { technology: 'Sensorer', involvedDepartmentIds: [dept('OKD-IT')] });
    await setPhase(ids.B, 'realisation');
    await steer(ids.B, groups.other);
    const b1 = await addGoal(ids.B, { baselineValue: 10, targetValue: 30 });
    await measureGoal(b1, 'after', `${Y - 1}-06-01`, 30); // 100 %
    await addGoal(ids.B, { baselineValue: null, baselineDate: null, targetValue: 80 }); // never counted: no baseline
    const bHours = await addBenefit(ids.B, { years: [{ year: Y - 1, planned: 1000, realised: 900 }, { year: Y, planned: 1200, realised: 1300 }] });
    await addPoint('benefits', bHours, `${Y - 1}-12-31`); // overdue
    await addPoint('benefits', bHours, `${Y - 2}-12-31`); // overdue
    await addBenefit(ids.B, { type: 'economic', unit: 'DKK', years: [{ year: Y, planned: 50_000, realised: 0 }] });
    await addBenefit(ids.B, { type: 'other', unit: 'other', unitLabel: 'besøg', years: [{ year: Y, planned: 40, realised: 10 }] }); // quantified, but neither DKK nor hours
    await addRisk(ids.B, { probability: 4, consequence: 4, status: 'occurred' }); // not live
    await addRisk(ids.B, { probability: 4, consequence: 5 }); // high, unassessed
    await addRisk(ids.B, { probability: 2, consequence: 2, residualProbability: 1, residualConsequence: 1 });
    await addLine(ids.B, 'SOS', { year: Y, category: 'acquisition', amount: 400_000, status: 'confirmed' });
    await addLine(ids.B, 'OKD-IT', { year: Y, category: 'implementation', amount: 100_000, status: 'proposed' });
    await addLine(ids.B, 'SOS-AEL', { year: Y - 1, category: 'other', amount: 12_345.67, source: 'external_grant', sourceName: 'Ældrepuljen', status: 'confirmed' });
    await submitReport(ids.B, 'red', previousCycle);
    await submitReport(ids.B, 'green', cycle);
    await score(ids.B, criteria, [3, 3, 5]);

    // C — Økonomi, analyse by a decision; scored on two of three criteria (no total).
    ids.C = await newInitiative('OKD-OKO');
    await approve(ids.C, 'analysis');
    await steer(ids.C, groups.department);
    const c1 = await addGoal(ids.C, { baselineValue: 0, targetValue: 100, strategicGoalId });
    await measureGoal(c1, 'during', `${Y - 1}-09-01`, 25); // 25 %
    await addBenefit(ids.C, { type: 'economic', unit: 'DKK', years: [{ year: Y + 1, planned: 500_000, realised: null }] });
    await addRisk(ids.C, { probability: 3, consequence: 5, status: 'in_progress', residualProbability: 2, residualConsequence: 5 }); // high
    await addLine(ids.C, 'OKD-OKO', { year: Y + 1, category: 'acquisition', amount: 300_000, status: 'confirmed' });
    await director
      .put(`/api/v1/initiatives/${ids.C}/priority-scores`)
      .send({ scores: [{ criterionId: criteria[0].id, score: 5 }, { criterionId: criteria[1].id, score: 1 }] })
      .expect(200);

    // D — Social og Sundhed, an idea: no steering, no goals, no money, one medium risk.
    ids.D = await newInitiative('SOS', { technology: 'AI', sizeClass: 'small' });
    await addRisk(ids.D, { probability: 2, consequence: 3 });

    // E — Økonomi og Digitalisering, gennemførelse without this cycle's report (only last cycle's).
    ids.E = await newInitiative('OKD');
    await setPhase(ids.E, 'implementation');
    await steer(ids.E, groups.project);
    await addGoal(ids.E, { baselineValue: 20, targetValue: 40 }); // not measured yet: no achievement
    const eHours = await addBenefit(ids.E, { years: [{ year: Y - 2, planned: 300, realised: 250 }, { year: Y + 2, planned: 400, realised: null }] });
    await addPoint('benefits', eHours, past); // overdue
    await addPoint('benefits', eHours, future);
    await addRisk(ids.E, { probability: 5, consequence: 3, residualProbability: 5, residualConsequence: 3 }); // high
    await addRisk(ids.E, { probability: 4, consequence: 4, status: 'closed' });
    await addLine(ids.E, 'OKD', { year: Y, category: 'acquisition', amount: 80_000, status: 'confirmed' });
    await submitReport(ids.E, 'green', previousCycle);
    await score(ids.E, criteria, [0, 0, 0]);

    // F — archived: everything it has must stay out.
    ids.F = await newInitiative('OKD-IT');
    await setPhase(ids.F, 'implementation');
    await steer(ids.F, groups.project);
    await addBenefit(ids.F, { type: 'economic', unit: 'DKK', years: [{ year: Y, planned: 999_999, realised: 999_999 }] });
    await addRisk(ids.F, { probability: 5, consequence: 5 });
    await addLine(ids.F, 'OKD-IT', { year: Y, category: 'acquisition', amount: 999_999, status: 'confirmed' });
    const fGoal = await addGoal(ids.F);
    await addPoint('goals', fGoal, past);
    await submitReport(ids.F, 'red', cycle);
    const fVersion = (await admin.get(`/api/v1/initiatives/${ids.F}`).expect(200)).body.version as number;
    await admin.post(`/api/v1/initiatives/${ids.F}/archive`).send({ version: fVersion }).expect(200);

    // Another organisation with a little of everything.
    foreignId = (await foreignAdmin.post('/api/v1/initiatives').send(initiativeInput(foreign.departments.OKD.id)).expect(201)).body.id;
    await setPhase(foreignId, 'implementation');
    await foreignAdmin.post(`/api/v1/initiatives/${foreignId}/risks`).send(riskInput({ probability: 5, consequence: 5 })).expect(201);
    await foreignAdmin.post(`/api/v1/initiatives/${foreignId}/funding-lines`).send(fundingLineInput(foreign.departments.OKD.id, { year: Y, status: 'confirmed' })).expect(201);
    await foreignAdmin
      .post(`/api/v1/initiatives/${foreignId}/benefits`)
      .send(benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: Y, planned: 777, realised: 7 }] }))
      .expect(201);
    const foreignGoal = (await foreignAdmin.post(`/api/v1/initiatives/${foreignId}/goals`).send(goalInput()).expect(201)).body.id as string;
    await foreignAdmin.post(`/api/v1/goals/${foreignGoal}/measurements`).send({ kind: 'during', measuredOn: today, value: 5 }).expect(201);
    await foreignAdmin.post(`/api/v1/goals/${foreignGoal}/evaluation-points`).send({ dueDate: past }).expect(201);
  }, 240_000);
  afterAll(() => t?.close());

  // ---- the detail pages ----

  const get = async <T>(path: string, client = director): Promise<T> => (await client.get(`/api/v1${path}`).expect(200)).body as T;

  /** The initiatives of the list page (all pages). */
  const listed = async (query = ''): Promise<InitiativeSummary[]> => {
    const items: InitiativeSummary[] = [];
    for (let page = 1; ; page++) {
      const body = await get<Page<InitiativeSummary>>(`/initiatives?pageSize=100&page=${page}${query}`);
      items.push(...body.items);
      if (items.length >= body.total) return items;
    }
  };
  const allRisks = async (query = ''): Promise<RiskListItem[]> => {
    const items: RiskListItem[] = [];
    for (let page = 1; ; page++) {
      const body = await get<Page<RiskListItem>>(`/risks?pageSize=100&page=${page}${query}`);
      items.push(...body.items);
      if (items.length >= body.total) return items;
    }
  };

  const detailCache = new Map<string, Detail>();
  const detail = async (row: { id: string; code: string; title: string; phase: Phase }): Promise<Detail> => {
    const cached = detailCache.get(row.id);
    if (cached) return cached;
    const id = row.id;
    const [lines, benefits, summary, reports, health, risks, priority, governance, goals] = await Promise.all([
      get<FundingLine[]>(`/initiatives/${id}/funding-lines`),
      get<Benefit[]>(`/initiatives/${id}/benefits`),
      get<BenefitSummary>(`/initiatives/${id}/benefit-summary`),
      get<StatusReport[]>(`/initiatives/${id}/status-reports`),
      get<InitiativeHealth>(`/initiatives/${id}/health`),
      get<Risk[]>(`/initiatives/${id}/risks`),
      get<PriorityScores>(`/initiatives/${id}/priority-scores`),
      get<InitiativeGovernance>(`/initiatives/${id}/governance`),
      get<Goal[]>(`/initiatives/${id}/goals`),
    ]);
    const points = (
      await Promise.all([
        ...goals.map((g) => get<EvaluationPointView[]>(`/goals/${g.id}/evaluation-points`)),
        ...benefits.map((b) => get<EvaluationPointView[]>(`/benefits/${b.id}/evaluation-points`)),
      ])
    ).flat();
    const result = { initiative: { id, code: row.code, title: row.title, phase: row.phase }, lines, benefits, summary, reports, health, risks, points, priority, governance };
    detailCache.set(id, result);
    return result;
  };

  const live = (d: Detail) => d.risks.filter((r) => LIVE.includes(r.status));
  const isRed = (d: Detail) => d.reports.filter((r) => r.status === 'submitted')[0]?.overall === 'red';
  const highRisks = (d: Detail) => live(d).filter((r) => r.score >= HIGH_FROM).length;
  const overduePoints = (d: Detail) => d.points.filter((p) => p.overdue).length;
  const tally = (cells: { probability: number; consequence: number }[]): HeatMapCell[] => {
    const counts = new Map<string, number>();
    for (const c of cells) counts.set(`${c.probability}|${c.consequence}`, (counts.get(`${c.probability}|${c.consequence}`) ?? 0) + 1);
    return [...counts]
      .map(([key, count]) => {
        const [probability, consequence] = key.split('|').map(Number);
        return { probability, consequence, count } as HeatMapCell;
      })
      .sort((a, b) => b.probability - a.probability || a.consequence - b.consequence);
  };
  const byTheme = (details: Detail[]) => {
    const themes = new Map<string, { findings: number; initiatives: number }>();
    for (const d of details) {
      for (const theme of new Set(d.health.findings.map((f) => f.theme))) {
        const entry = themes.get(theme) ?? { findings: 0, initiatives: 0 };
        entry.findings += d.health.findings.filter((f) => f.theme === theme).length;
        entry.initiatives += 1;
        themes.set(theme, entry);
      }
    }
    return Object.fromEntries(themes);
  };

  /** The overview as the detail pages add it up, for these initiatives and year. */
  const expectedOverview = (details: Detail[], year: number, missing: MissingReport[]) => {
    const quantified = (unit: 'DKK' | 'hours') => details.flatMap((d) => d.benefits.filter((b) => b.quantified && b.unit === unit));
    const sumYears = (unit: 'DKK' | 'hours', keep: (y: number) => boolean): PR => {
      const years = quantified(unit).flatMap((b) => b.years.filter((y) => keep(y.year)));
      return {
        planned: years.reduce((n, y) => n + cents(y.planned), 0) / 100,
        realised: years.reduce((n, y) => n + cents(y.realised ?? 0), 0) / 100,
      };
    };
    const benefitYears = [...new Set([...quantified('DKK'), ...quantified('hours')].flatMap((b) => b.years.map((y) => y.year)))].sort((a, b) => a - b);
    const lines = details.flatMap((d) => d.lines);
    const ofYear = lines.filter((l) => l.year === year);
    const achievements = details.flatMap((d) => d.summary.goals.map((g) => g.achievementPercent)).filter((p): p is number => p !== null);
    const phases = new Map<Phase, number>();
    for (const d of details) phases.set(d.initiative.phase, (phases.get(d.initiative.phase) ?? 0) + 1);
    const departments = new Map<string, { name: string; years: Map<number, number> }>();
    for (const l of lines) {
      const entry = departments.get(l.payingDepartment.id) ?? { name: l.payingDepartment.name, years: new Map<number, number>() };
      entry.years.set(l.year, (entry.years.get(l.year) ?? 0) + cents(l.amount));
      departments.set(l.payingDepartment.id, entry);
    }
    const liveRisks = details.flatMap(live);
    const total = ofYear.reduce((n, l) => n + cents(l.amount), 0);
    const confirmed = ofYear.filter((l) => l.status === 'confirmed').reduce((n, l) => n + cents(l.amount), 0);
    return {
      initiatives: details.length,
      byPhase: PHASES.filter((p) => phases.has(p)).map((phase) => ({ phase, count: phases.get(phase)! })),
      budget: { year, total: total / 100, confirmed: confirmed / 100, proposed: (total - confirmed) / 100 },
      benefits: {
        year: { dkk: sumYears('DKK', (y) => y === year), hours: sumYears('hours', (y) => y === year) },
        cumulative: { dkk: sumYears('DKK', (y) => y <= year), hours: sumYears('hours', (y) => y <= year) },
        byYear: benefitYears.map((y) => ({ year: y, dkk: sumYears('DKK', (x) => x === y), hours: sumYears('hours', (x) => x === y) })),
      },
      goalAchievement: {
        averagePct: achievements.length ? achievements.reduce((n, p) => n + p, 0) / achievements.length : null,
        goals: details.reduce((n, d) => n + d.summary.goals.length, 0),
        measuredGoals: achievements.length,
      },
      redStatus: details.filter(isRed).length,
      failingHealth: {
        initiatives: details.filter((d) => d.health.findings.length > 0).length,
        withErrors: details.filter((d) => d.health.findings.some((f) => f.severity === 'error')).length,
      },
      openHighRisks: details.reduce((n, d) => n + highRisks(d), 0),
      overdueMeasurements: details.reduce((n, d) => n + overduePoints(d), 0),
      missingStatusReports: missing.length,
      fundingByDepartment: Object.fromEntries(
        [...departments].map(([id, v]) => [id, { name: v.name, years: Object.fromEntries([...v.years].map(([y, c]) => [y, c / 100])) }]),
      ),
      riskHeatMap: {
        before: tally(liveRisks.map((r) => ({ probability: r.probability, consequence: r.consequence }))),
        after: tally(liveRisks.map((r) => ({ probability: r.residualProbability ?? r.probability, consequence: r.residualConsequence ?? r.consequence }))),
      },
      valueVsRisk: Object.fromEntries(
        details.map((d) => [
          d.initiative.id,
          {
            initiative: d.initiative,
            priorityScore: d.priority.total,
            benefitPotential: d.benefits.filter((b) => b.quantified && b.unit === 'DKK').reduce((n, b) => n + b.years.reduce((m, y) => m + cents(y.planned), 0), 0) / 100,
            riskScore: Math.max(0, ...live(d).map((r) => r.score)),
            budget: d.lines.reduce((n, l) => n + cents(l.amount), 0) / 100,
          },
        ]),
      ),
      healthByTheme: byTheme(details),
    };
  };

  /** The drill-down rows each figure should list: [initiative id, count] by code. */
  const expectedRows = (details: Detail[], missing: MissingReport[]): Record<OverviewFigure, [string, number][]> => {
    const rows = (count: (d: Detail) => number) =>
      [...details]
        .sort((a, b) => a.initiative.code.localeCompare(b.initiative.code))
        .map((d) => [d.initiative.id, count(d)] as [string, number])
        .filter(([, n]) => n > 0);
    const missingIds = new Set(missing.map((m) => m.initiative.id));
    return {
      all: rows(() => 1),
      red_status: rows((d) => (isRed(d) ? 1 : 0)),
      failing_health: rows((d) => (d.health.findings.length > 0 ? 1 : 0)),
      open_high_risks: rows(highRisks),
      overdue_measurements: rows(overduePoints),
      missing_status_reports: rows((d) => (missingIds.has(d.initiative.id) ? 1 : 0)),
    };
  };

  const overview = async (query = '', client = director): Promise<PortfolioOverview> =>
    (await client.get(`/api/v1/portfolio/overview${query ? `?${query}` : ''}`).expect(200)).body;
  const drilldown = async (figure: OverviewFigure, query = '', client = director): Promise<OverviewDrilldownRow[]> =>
    (await client.get(`/api/v1/portfolio/overview/initiatives?figure=${figure}${query ? `&${query}` : ''}`).expect(200)).body;

  /** The overview in a comparable shape (maps keyed by id, heat maps sorted as the risk pages sort them). */
  const comparable = (o: PortfolioOverview) => ({
    initiatives: o.initiatives,
    byPhase: o.byPhase,
    budget: o.budget,
    benefits: o.benefits,
    goalAchievement: o.goalAchievement,
    redStatus: o.redStatus,
    failingHealth: o.failingHealth,
    openHighRisks: o.openHighRisks,
    overdueMeasurements: o.overdueMeasurements,
    missingStatusReports: o.missingStatusReports,
    fundingByDepartment: Object.fromEntries(
      o.fundingByDepartment.map((f) => [f.department.id, { name: f.department.name, years: Object.fromEntries(f.years.map((y) => [y.year, y.amount])) }]),
    ),
    riskHeatMap: o.riskHeatMap,
    valueVsRisk: Object.fromEntries(o.valueVsRisk.map((v) => [v.initiative.id, v])),
    healthByTheme: Object.fromEntries(o.healthByTheme.map((h) => [h.theme, { findings: h.findings, initiatives: h.initiatives }])),
  });

  /**
   * Checks the overview for `query` against the detail pages of `rows` (the matching initiatives) and every drill-down
   * against the figure it explains. Returns both for further checks.
   */
  const check = async (query: string, rows: { id: string; code: string; title: string; phase: Phase }[], year: number, missing: MissingReport[]) => {
    const details = await Promise.all(rows.map(detail));
    const actual = await overview(query);
    const expected = expectedOverview(details, year, missing);
    const { goalAchievement, ...rest } = expected;
    const { goalAchievement: actualGoals, ...actualRest } = comparable(actual);
    expect(actualRest).toEqual(rest);
    expect(actualGoals.goals).toBe(goalAchievement.goals);
    expect(actualGoals.measuredGoals).toBe(goalAchievement.measuredGoals);
    if (goalAchievement.averagePct === null) expect(actual.goalAchievement.averagePct).toBeNull();
    else expect(actual.goalAchievement.averagePct).toBeCloseTo(goalAchievement.averagePct, 6);
    expect(actual.budget.year).toBe(year);
    expect(actual.query.year).toBe(year);

    // Every drill-down lists the initiatives behind its figure, and their counts sum to it.
    const figureOf: Record<OverviewFigure, number> = {
      all: actual.initiatives,
      red_status: actual.redStatus,
      failing_health: actual.failingHealth.initiatives,
      open_high_risks: actual.openHighRisks,
      overdue_measurements: actual.overdueMeasurements,
      missing_status_reports: actual.missingStatusReports,
    };
    const wanted = expectedRows(details, missing);
    for (const figure of Object.keys(figureOf) as OverviewFigure[]) {
      const list = await drilldown(figure, query);
      expect([figure, list.reduce((n, r) => n + r.count, 0)]).toEqual([figure, figureOf[figure]]);
      expect([figure, list.map((r) => [r.initiative.id, r.count])]).toEqual([figure, wanted[figure]]);
      for (const r of list) expect(r.initiative).toEqual(details.find((d) => d.initiative.id === r.initiative.id)?.initiative);
    }
    return { actual, details };
  };

  it('adds up to exactly what the detail pages say, for the whole portfolio and its lists', async () => {
    const rows = await listed();
    expect(rows.map((r) => r.id).sort()).toEqual([ids.A, ids.B, ids.C, ids.D, ids.E].sort());
    const missing = await get<MissingReport[]>('/status-reports/missing');
    const { actual, details } = await check('', rows, Y, missing);

    // The portfolio lists agree too: phase counts, the high-risk list, the heat map, the health check, finance.
    const phaseCounts = await get<PhaseCount[]>('/initiatives/phase-counts');
    expect(actual.byPhase).toEqual(phaseCounts.filter((p) => p.count > 0));
    expect(actual.openHighRisks).toBe((await get<Page<RiskListItem>>('/risks?band=high')).total);
    const heatMap = await get<RiskHeatMap>('/risks/heat-map');
    expect(actual.riskHeatMap).toEqual({ before: heatMap.before, after: heatMap.after });
    expect(actual.missingStatusReports).toBe(missing.length);
    const health = await get<PortfolioHealth>('/health-check/portfolio');
    expect(actual.healthByTheme).toEqual(health.byTheme);
    expect(actual.initiatives).toBe(health.initiatives);
    const financeYear = await get<FinanceOverview>(`/finance/overview?fromYear=${Y}&toYear=${Y}`);
    expect(actual.budget.total).toBe(financeYear.total);
    expect(actual.budget.confirmed).toBe((await get<FinanceOverview>(`/finance/overview?fromYear=${Y}&toYear=${Y}&status=confirmed`)).total);
    const financeAll = await get<FinanceOverview>('/finance/overview');
    expect(Object.fromEntries(actual.fundingByDepartment.map((f) => [f.department.id, f.years.reduce((n, y) => n + cents(y.amount), 0) / 100]))).toEqual(
      Object.fromEntries(financeAll.totalsByDepartment.map((d) => [d.department.id, d.amount])),
    );
    for (const d of details) {
      const own = d.summary.totals.filter((x) => x.unit === 'DKK').reduce((n, x) => n + cents(x.planned), 0) / 100;
      expect(actual.valueVsRisk.find((v) => v.initiative.id === d.initiative.id)?.benefitPotential).toBe(own);
    }

    // The portfolio built above, in plain numbers (a guard that the comparison is not vacuous).
    expect(actual).toMatchObject({
      initiatives: 5,
      byPhase: [
        { phase: 'idea', count: 1 },
        { phase: 'analysis', count: 1 },
        { phase: 'implementation', count: 2 },
        { phase: 'realisation', count: 1 },
      ],
      budget: { year: Y, total: 250_000.5 + 50_000.25 + 20_000 + 400_000 + 100_000 + 80_000, confirmed: 250_000.5 + 400_000 + 80_000 },
      benefits: {
        year: { dkk: { planned: 250_000.5, realised: 150_000 }, hours: { planned: 1700, realised: 1500.5 } },
        cumulative: { dkk: { planned: 350_000.5, realised: 230_000.25 }, hours: { planned: 3000, realised: 2650.5 } },
      },
      goalAchievement: { goals: 6, measuredGoals: 4 },
      redStatus: 1,
      openHighRisks: 4,
      overdueMeasurements: 5,
      missingStatusReports: 1,
    });
    expect(actual.goalAchievement.averagePct).toBeCloseTo((30 + 25 + 100 + 25) / 4, 10);
    expect(actual.failingHealth.initiatives).toBeGreaterThan(0);
    expect(actual.healthByTheme.length).toBeGreaterThan(0);
    expect(actual.valueVsRisk.find((v) => v.initiative.id === ids.A)).toMatchObject({ priorityScore: (50 * 4 + 30 * 5 + 20 * 3) / 5, riskScore: 20, benefitPotential: 600_000.5 });
    expect(actual.valueVsRisk.find((v) => v.initiative.id === ids.C)?.priorityScore).toBeNull();
    expect(actual.valueVsRisk.find((v) => v.initiative.id === ids.D)).toMatchObject({ riskScore: 6, budget: 0, benefitPotential: 0, priorityScore: null });
  });

  it('uses the year filter for the year figures and keeps the rest', async () => {
    const rows = await listed();
    const missing = await get<MissingReport[]>('/status-reports/missing');
    const { actual } = await check(`year=${Y + 1}`, rows, Y + 1, missing);
    expect(actual.budget).toEqual({ year: Y + 1, total: 375_000, confirmed: 375_000, proposed: 0 });
    expect(actual.benefits.year.dkk).toEqual({ planned: 800_000, realised: 0 });
    await check(`year=${Y - 2}`, rows, Y - 2, missing);
  });

  it('agrees with the detail pages under a department filter (with sub-departments, lead or involved)', async () => {
    // Social og Sundhed: B (led by its område Ældre) and D (led there).
    const rows = await listed(`&departmentId=${dept('SOS')}`);
    expect(rows.map((r) => r.id).sort()).toEqual([ids.B, ids.D].sort());
    const inScope = new Set(rows.map((r) => r.id));
    const missing = (await get<MissingReport[]>('/status-reports/missing')).filter((m) => inScope.has(m.initiative.id));
    const { actual } = await check(`departmentId=${dept('SOS')}`, rows, Y, missing);
    expect(actual.openHighRisks).toBe((await get<Page<RiskListItem>>(`/risks?band=high&departmentId=${dept('SOS')}`)).total);
    const heatMap = await get<RiskHeatMap>(`/risks/heat-map?departmentId=${dept('SOS')}`);
    expect(actual.riskHeatMap).toEqual({ before: heatMap.before, after: heatMap.after });
    expect(actual.healthByTheme).toEqual((await get<PortfolioHealth>(`/health-check/portfolio?departmentId=${dept('SOS')}`)).byTheme);

    // IT og Digitalisering: A (lead) and B (involved).
    const it = await listed(`&departmentId=${dept('OKD-IT')}`);
    expect(it.map((r) => r.id).sort()).toEqual([ids.A, ids.B].sort());
    const itIds = new Set(it.map((r) => r.id));
    await check(`departmentId=${dept('OKD-IT')}`, it, Y, (await get<MissingReport[]>('/status-reports/missing')).filter((m) => itIds.has(m.initiative.id)));
  });

  it('agrees with the detail pages under a phase filter', async () => {
    const rows = await listed('&phase=implementation,realisation');
    expect(rows.map((r) => r.id).sort()).toEqual([ids.A, ids.B, ids.E].sort());
    const missing = await get<MissingReport[]>('/status-reports/missing');
    const { actual } = await check('phase=implementation,realisation', rows, Y, missing);
    expect(actual.healthByTheme).toEqual((await get<PortfolioHealth>('/health-check/portfolio?phase=implementation,realisation')).byTheme);
    const inScope = new Set(rows.map((r) => r.id));
    const high = (await allRisks('&band=high')).filter((r) => inScope.has(r.initiative.id));
    expect(actual.openHighRisks).toBe(high.length);
    // Repeated parameters work as well as a comma list.
    expect(await overview('phase=implementation&phase=realisation')).toEqual(actual);
    await check('phase=analysis', await listed('&phase=analysis'), Y, []);
  });

  it('agrees with the detail pages under a steering-group filter (the group and the groups below it)', async () => {
    const all = await listed();
    const details = await Promise.all(all.map(detail));
    const steeredBy = (groupId: string) => all.filter((r) => details.find((d) => d.initiative.id === r.id)!.governance.chain.some((g) => g.id === groupId));
    // The department group: C directly, A and E through the project group below it.
    const rows = steeredBy(groups.department.id);
    expect(rows.map((r) => r.id).sort()).toEqual([ids.A, ids.C, ids.E].sort());
    const missing = await get<MissingReport[]>(`/status-reports/missing?steeringGroupId=${groups.department.id}`);
    expect(missing.map((m) => m.initiative.id)).toEqual([ids.E]);
    await check(`steeringGroupId=${groups.department.id}`, rows, Y, missing);

    const top = steeredBy(groups.top.id);
    expect(top.map((r) => r.id).sort()).toEqual([ids.A, ids.B, ids.C, ids.E].sort());
    await check(`steeringGroupId=${groups.top.id}`, top, Y, await get<MissingReport[]>(`/status-reports/missing?steeringGroupId=${groups.top.id}`));
    await check(`steeringGroupId=${groups.other.id}`, steeredBy(groups.other.id), Y, await get<MissingReport[]>(`/status-reports/missing?steeringGroupId=${groups.other.id}`));
  });

  it('agrees under the strategic-goal and technology filters and under combined filters', async () => {
    const all = await listed();
    const byId = (...wanted: string[]) => all.filter((r) => wanted.includes(r.id));
    const missing = await get<MissingReport[]>('/status-reports/missing');
    const within = (rows: { id: string }[]) => missing.filter((m) => rows.some((r) => r.id === m.initiative.id));
    // A and C have a goal serving the strategic goal; RPA is the factory's technology (A, C, E), matched case-insensitively.
    await check(`strategicGoalId=${strategicGoalId}`, byId(ids.A, ids.C), Y, within(byId(ids.A, ids.C)));
    await check('technology=rpa', byId(ids.A, ids.C, ids.E), Y, within(byId(ids.A, ids.C, ids.E)));
    await check(`technology=rpa&phase=implementation&departmentId=${dept('OKD')}`, byId(ids.A, ids.E), Y, within(byId(ids.A, ids.E)));
  });

  it('never counts another organisation’s data, and its own users see only theirs', async () => {
    const ours = await overview();
    expect(ours.valueVsRisk.map((v) => v.initiative.id)).not.toContain(foreignId);
    for (const figure of ['all', 'open_high_risks', 'overdue_measurements', 'missing_status_reports'] as OverviewFigure[]) {
      expect((await drilldown(figure)).map((r) => r.initiative.id)).not.toContain(foreignId);
    }
    const theirs = await overview('', foreignAdmin);
    expect(theirs).toMatchObject({
      initiatives: 1,
      byPhase: [{ phase: 'implementation', count: 1 }],
      budget: { year: Y, total: 250_000.5, confirmed: 250_000.5 },
      benefits: { year: { dkk: { planned: 777, realised: 7 } } },
      openHighRisks: 1,
      overdueMeasurements: 1,
      missingStatusReports: 1,
      goalAchievement: { goals: 1, measuredGoals: 1 },
    });
    expect(theirs.fundingByDepartment.map((f) => f.department.id)).toEqual([foreign.departments.OKD.id]);
    expect((await drilldown('all', '', foreignAdmin)).map((r) => r.initiative.id)).toEqual([foreignId]);
    // Another organisation's department, group or strategic goal is a valid uuid that matches nothing here.
    const foreignGroup = (await foreignAdmin.post('/api/v1/steering-groups').send(steeringGroupInput({ level: 'directorate' })).expect(201)).body.id as string;
    for (const query of [`departmentId=${foreign.departments.OKD.id}`, `steeringGroupId=${foreignGroup}`]) {
      expect((await overview(query)).initiatives).toBe(0);
      expect(await drilldown('all', query)).toEqual([]);
    }
    // And the foreign admin's filter on our department finds nothing of ours.
    expect((await overview(`departmentId=${dept('OKD')}`, foreignAdmin)).initiatives).toBe(0);
  });

  it('answers unknown but valid ids with an empty, well-formed overview', async () => {
    for (const field of ['departmentId', 'steeringGroupId', 'strategicGoalId']) {
      const empty = await overview(`${field}=${crypto.randomUUID()}&year=${Y}`);
      expect(empty).toEqual({
        query: expect.objectContaining({ year: Y }),
        initiatives: 0,
        byPhase: [],
        budget: { year: Y, total: 0, confirmed: 0, proposed: 0 },
        benefits: { year: { dkk: { planned: 0, realised: 0 }, hours: { planned: 0, realised: 0 } }, cumulative: { dkk: { planned: 0, realised: 0 }, hours: { planned: 0, realised: 0 } }, byYear: [] },
        goalAchievement: { averagePct: null, goals: 0, measuredGoals: 0 },
        redStatus: 0,
        failingHealth: { initiatives: 0, withErrors: 0 },
        openHighRisks: 0,
        overdueMeasurements: 0,
        missingStatusReports: 0,
        fundingByDepartment: [],
        riskHeatMap: { before: [], after: [] },
        valueVsRisk: [],
        healthByTheme: [],
      });
      for (const figure of ['all', 'red_status', 'failing_health', 'open_high_risks', 'overdue_measurements', 'missing_status_reports'] as OverviewFigure[]) {
        expect(await drilldown(figure, `${field}=${crypto.randomUUID()}`)).toEqual([]);
      }
    }
    expect((await overview('technology=Blockchain')).initiatives).toBe(0);
  });

  it('refuses bad filters with 400 and the field', async () => {
    const field = async (path: string) => ((await director.get(path).expect(400)).body.details as { field: string }[]).map((d) => d.field);
    const base = '/api/v1/portfolio/overview';
    for (const path of [base, `${base}/initiatives`]) {
      expect(await field(`${path}?year=1999`)).toEqual(['year']);
      expect(await field(`${path}?year=2101`)).toEqual(['year']);
      expect(await field(`${path}?year=2026.5`)).toEqual(['year']);
      expect(await field(`${path}?year=abc`)).toEqual(['year']);
      expect(await field(`${path}?phase=foo`)).toEqual(['phase']);
      expect(await field(`${path}?phase=implementation,someday`)).toEqual(['phase']);
      expect(await field(`${path}?departmentId=not-uuid`)).toEqual(['departmentId']);
      expect(await field(`${path}?steeringGroupId=42`)).toEqual(['steeringGroupId']);
      expect(await field(`${path}?strategicGoalId=x`)).toEqual(['strategicGoalId']);
      expect(await field(`${path}?technology=${'x'.repeat(500)}`)).toEqual(['technology']);
      expect(await field(`${path}?colour=red`)).toEqual(['colour']);
    }
    expect(await field(`${base}/initiatives?figure=everything`)).toEqual(['figure']);
  });

  it('takes an initiative’s status from the report its page shows first (newest period), also when periods overlap', async () => {
    // A cycle change from quarter to month: a quarter's report, then a month inside it with the opposite colour.
    const own = await createOrganisation(t.dataSource, { codePrefix: 'OVL' });
    const ownAdmin = await ApiClient.as(t.server, t.dataSource, own.organisation.id, ['admin']);
    const report = async (id: string, overall: StatusReportRequest['overall'], periodStart: string, periodEnd: string) => {
      const body: StatusReportRequest = { periodStart, periodEnd, overall, dimensions: { scope: overall, time: overall, budget: overall, benefits: overall, risks: overall }, summary: 'Status' };
      const draft: StatusReport = (await ownAdmin.post(`/api/v1/initiatives/${id}/status-reports`).send(body).expect(201)).body;
      await ownAdmin.post(`/api/v1/status-reports/${draft.id}/submit`).send({ version: draft.version }).expect(200);
    };
    const [turnedGreen, turnedRed] = await Promise.all(
      [0, 1].map(async () => (await ownAdmin.post('/api/v1/initiatives').send(initiativeInput(own.departments.OKD.id)).expect(201)).body.id as string),
    );
    await report(turnedGreen, 'red', `${Y - 1}-10-01`, `${Y - 1}-12-31`);
    await report(turnedGreen, 'green', `${Y - 1}-11-01`, `${Y - 1}-11-30`);
    await report(turnedRed, 'green', `${Y - 1}-10-01`, `${Y - 1}-12-31`);
    await report(turnedRed, 'red', `${Y - 1}-11-01`, `${Y - 1}-11-30`);
    const shownFirst = async (id: string) =>
      ((await ownAdmin.get(`/api/v1/initiatives/${id}/status-reports`).expect(200)).body as StatusReport[]).filter((r) => r.status === 'submitted')[0].overall;
    expect([await shownFirst(turnedGreen), await shownFirst(turnedRed)]).toEqual(['green', 'red']);
    expect((await overview('', ownAdmin)).redStatus).toBe(1);
    expect((await drilldown('red_status', '', ownAdmin)).map((r) => r.initiative.id)).toEqual([turnedRed]);
  });

  it('counts missing reports for the organisation’s own review cycle, as the missing-reports list does', async () => {
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null, reviewCycle: 'month' }).expect(200);
    try {
      const missing = await get<MissingReport[]>('/status-reports/missing');
      expect((await overview()).missingStatusReports).toBe(missing.length);
      expect((await drilldown('missing_status_reports')).map((r) => r.initiative.id).sort()).toEqual(missing.map((m) => m.initiative.id).sort());
    } finally {
      await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: null, reviewCycle: 'quarter' }).expect(200);
    }
  });

  it('reads the overview in a fixed number of queries, however many initiatives changed, and fewer when none did', async () => {
    const count = async () => {
      const spy = jest.spyOn(EntityManager.prototype, 'query');
      try {
        await director.get('/api/v1/portfolio/overview').expect(200);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const before = await count();
    expect(before).toBeGreaterThan(5);
    for (let i = 0; i < 3; i++) {
      const id = await newInitiative('OKD-IT');
      await setPhase(id, 'implementation');
      await addRisk(id, { probability: 5, consequence: 5 });
      await addLine(id, 'OKD-IT', { year: Y, category: 'acquisition', amount: 1000 });
      await addBenefit(id, { type: 'economic', unit: 'DKK', years: [{ year: Y, planned: 10, realised: null }] });
      await addGoal(id);
    }
    expect(await count()).toBe(before);
    // Nothing changed since: the rollup is current, only the overview's own reads remain.
    expect(await count()).toBeLessThan(before - 10);
  });
});
