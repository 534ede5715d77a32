import fc from 'fast-check';
import { adviceForRule, RULE_ADVICE } from '../advice/advice-catalogue';
import { PHASES } from '../contracts/initiative';
import { FUNDING_RULES } from '../funding/funding-rules';
import { RISK_RULES } from '../risks/risk-rules';
import { BENEFIT_RULES } from './benefit-rules';
import { GOAL_RULES } from './goal-rules';
import { GOVERNANCE_RULES } from './governance-rules';
import { healthPhaseOf } from './health-finding';
import { MAP_RULES } from './map-rules';
import { applicableHealthRules, compareRuleIds, evaluateHealth, HEALTH_RULES } from './health-engine';
import type { HealthOrganisationContext, InitiativeHealthSnapshot } from './health-engine';
import { PRIORITY_RULES } from './priority-rules';

const TODAY = '2026-11-27';

const ORGANISATION: HealthOrganisationContext = {
  departments: [
    { id: 'SOS', parentId: null },
    { id: 'AEL', parentId: 'SOS' },
  ],
  steeringGroups: [
    { id: 'DIR', level: 'directorate', parentId: null },
    { id: 'FORV', level: 'department', parentId: 'DIR' },
  ],
  priorityCriteria: [
    { id: 'c1', weight: 60, inverse: false },
    { id: 'c2', weight: 40, inverse: true },
  ],
};

/** A large initiative in realisation that follows every piece of advice the rules check. */
const clean = (changes: Partial<InitiativeHealthSnapshot> = {}): InitiativeHealthSnapshot => ({
  id: 'i1',
  phase: 'realisation',
  sizeClass: 'large',
  leadDepartmentId: 'AEL',
  involvedDepartmentIds: [],
  projectLeadUserId: 'lead',
  leftAnalysisOn: '2026-03-01',
  goals: [
    { id: 'g1', title: 'Kortere ventetid', indicatorName: 'Dage', direction: 'lower', baselineValue: 30, targetValue: 10, strategicGoalId: 's1', sideEffectsConsidered: true },
  ],
  benefits: [
    {
      id: 'b1', title: 'Frigjort tid', quantified: true, description: null, preconditions: 'Ny arbejdsgang', ownerUserId: 'owner', ownerDepartmentId: 'AEL',
      receivingDepartmentId: 'AEL', years: [{ year: 2026, planned: 500 }], goalId: 'g1',
    },
  ],
  mapNodes: [
    { id: 'd1', kind: 'delivery', title: 'Robot til bogføring', dueDate: null, status: null },
    { id: 'c1', kind: 'change', title: 'Ny bogføringsrutine', dueDate: '2026-05-01', status: 'done' },
  ],
  mapLinks: [
    { from: 'd1', to: 'c1' },
    { from: 'c1', to: 'b1' },
  ],
  measurements: [{ goalId: null, benefitId: 'b1', kind: 'before' }],
  evaluationPoints: [{ dueDate: '2027-01-01', measuredOn: null }],
  risks: [
    {
      id: 'r1', number: 1, title: 'Forsinkelse', category: 'technical', probability: 2, consequence: 2, handler: 'supplier', ownerUserId: 'lead',
      status: 'open', identifiedOn: '2026-02-01', lastReviewedOn: '2026-11-01', actions: [],
    },
  ],
  fundingLines: [{ year: 2026, category: 'acquisition', amount: 100_000, payingDepartmentId: 'AEL' }],
  projectOwnerUserId: 'owner',
  steeringGroupId: 'FORV',
  statusReports: [{ status: 'submitted', periodStart: '2026-10-01', periodEnd: '2026-12-31' }],
  decisions: [{ id: 'd1', decidedBy: 'dir', decidedAt: '2026-03-01T10:00:00Z' }],
  priorityScores: [
    { criterionId: 'c1', score: 4 },
    { criterionId: 'c2', score: 1 },
  ],
  organisation: ORGANISATION,
  ...changes,
});

/** The same initiative with something wrong in every family. */
const messy = (changes: Partial<InitiativeHealthSnapshot> = {}): InitiativeHealthSnapshot =>
  clean({
    goals: [{ ...clean().goals[0], targetValue: 40, strategicGoalId: null, sideEffectsConsidered: false }],
    benefits: [{ ...clean().benefits[0], years: [], preconditions: null, ownerUserId: null, goalId: null }],
    mapNodes: [],
    mapLinks: [],
    measurements: [],
    evaluationPoints: [],
    risks: [{ ...clean().risks[0], handler: null }],
    fundingLines: [],
    projectOwnerUserId: null,
    steeringGroupId: 'LOOSE',
    statusReports: [],
    decisions: [{ id: 'd1', decidedBy: null, decidedAt: '2026-03-01T10:00:00Z' }],
    priorityScores: [],
    organisation: { ...ORGANISATION, steeringGroups: [...ORGANISATION.steeringGroups, { id: 'LOOSE', level: 'project', parentId: null }] },
    ...changes,
  });

const ruleIds = (snapshot: InitiativeHealthSnapshot) => evaluateHealth(snapshot, TODAY).map((f) => f.ruleId);

describe('evaluateHealth', () => {
  it('finds nothing in an initiative that follows the advice', () => {
    expect(evaluateHealth(clean(), TODAY)).toEqual([]);
  });

  it('runs every family and returns the findings in catalogue order, each with its theme and advice', () => {
    const findings = evaluateHealth(messy(), TODAY);
    expect(findings.map((f) => f.ruleId)).toEqual([
      'FIN-1', 'FIN-2', 'GEV-1', 'GEV-3', 'GEV-4', 'GEV-5', 'GEV-6', 'GEV-7', 'GEV-10', 'GOV-1', 'GOV-2', 'MAAL-2', 'MAAL-4', 'MAAL-5', 'PRI-1', 'RISK-1',
      'ROL-1', 'ROL-3',
    ]);
    for (const finding of findings) {
      const rule = HEALTH_RULES.find((r) => r.id === finding.ruleId);
      expect(finding.theme).toBe(rule?.theme);
      expect(finding.adviceId).toBe(rule?.adviceId);
      expect(finding.adviceId).toMatch(new RegExp(`^${finding.theme}\\.`));
    }
  });

  it('does not evaluate RISK-3 while there is no funding plan (FIN-2 says so), and does once there is one without a reserve', () => {
    const high = [{ ...clean().risks[0], probability: 5, consequence: 5, actions: [{ deadline: '2027-01-01', status: 'planned' as const }] }];
    expect(ruleIds(clean({ risks: high, fundingLines: [] }))).toEqual(['FIN-2']);
    expect(ruleIds(clean({ risks: high }))).toEqual(['RISK-3']);
    expect(ruleIds(clean({ risks: high, fundingLines: [...clean().fundingLines, { year: 2026, category: 'risk_reserve', amount: 10_000, payingDepartmentId: 'AEL' }] }))).toEqual([]);
  });

  it('skips ★ rules for small initiatives and gates rules by phase', () => {
    expect(ruleIds(messy({ sizeClass: 'small' }))).toEqual(['FIN-1', 'FIN-2', 'GEV-1', 'GEV-4', 'GEV-5', 'GEV-6', 'GEV-7', 'GOV-1', 'GOV-2', 'MAAL-2', 'PRI-1', 'RISK-1', 'ROL-1', 'ROL-3']);
    expect(ruleIds(messy({ phase: 'analysis' }))).toEqual(['FIN-1', 'GEV-1', 'GEV-3', 'GEV-6', 'GEV-7', 'GOV-1', 'MAAL-2', 'MAAL-4', 'PRI-1', 'RISK-1', 'ROL-1', 'ROL-3']);
    expect(ruleIds(messy({ phase: 'idea' }))).toEqual(['ROL-3']);
    expect(ruleIds(messy({ phase: 'closed' }))).toEqual([]);
    expect(ruleIds(messy({ phase: 'stopped' }))).toEqual([]);
  });

  it('applies PRI-1 only where the organisation has priority criteria', () => {
    const unprioritised = { ...ORGANISATION, priorityCriteria: [] };
    expect(ruleIds(clean({ priorityScores: [] }))).toEqual(['PRI-1']);
    expect(ruleIds(clean({ priorityScores: [], organisation: unprioritised }))).toEqual([]);
    expect(applicableHealthRules(clean()).map((r) => r.id)).toContain('PRI-1');
    expect(applicableHealthRules(clean({ organisation: unprioritised })).map((r) => r.id)).not.toContain('PRI-1');
  });

  it('only ever finds what an applicable rule looks for: no ★ rule for small initiatives, nothing outside the phase', () => {
    const arbitrary = fc.record({
      phase: fc.constantFrom(...PHASES),
      sizeClass: fc.constantFrom('small' as const, 'large' as const),
      messy: fc.boolean(),
      criteria: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrary, ({ phase, sizeClass, messy: bad, criteria }) => {
        const organisation = criteria ? (bad ? messy().organisation : ORGANISATION) : { ...ORGANISATION, priorityCriteria: [] };
        const snapshot = (bad ? messy : clean)({ phase, sizeClass, organisation });
        const applicable = new Set(applicableHealthRules(snapshot).map((r) => r.id));
        const findings = evaluateHealth(snapshot, TODAY);
        for (const finding of findings) {
          expect(applicable.has(finding.ruleId)).toBe(true);
          if (sizeClass === 'small') expect(HEALTH_RULES.find((r) => r.id === finding.ruleId)?.largeOnly).toBe(false);
        }
        if (healthPhaseOf(phase) === null) expect(applicable.size).toBe(0);
      }),
    );
  });
});

describe('HEALTH_RULES', () => {
  it('holds every rule of every family once, ordered by id', () => {
    const all = [...GOAL_RULES, ...BENEFIT_RULES, ...MAP_RULES, ...GOVERNANCE_RULES, ...PRIORITY_RULES, ...RISK_RULES, ...FUNDING_RULES];
    expect(HEALTH_RULES).toHaveLength(all.length);
    expect(new Set(HEALTH_RULES.map((r) => r.id)).size).toBe(all.length);
    expect(HEALTH_RULES.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort(compareRuleIds));
    expect(compareRuleIds('GEV-10', 'GEV-9')).toBeGreaterThan(0);
  });

  it('cites a theme and an advice item of the catalogue for every rule', () => {
    for (const rule of HEALTH_RULES) {
      expect(rule.adviceId).toBeDefined();
      expect(rule.adviceId?.startsWith(`${rule.theme}.`)).toBe(true);
      if (Object.hasOwn(RULE_ADVICE, rule.id)) {
        expect(RULE_ADVICE[rule.id]).toEqual({ themeId: rule.theme, adviceId: rule.adviceId });
        expect(adviceForRule(rule.id)).toBeDefined();
      }
    }
  });
});
