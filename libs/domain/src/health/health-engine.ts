import { adviceTheme, RULE_ADVICE } from '../advice/advice-catalogue';
import type { ReviewCycle } from '../contracts/governance';
import type { Phase, SizeClass } from '../contracts/initiative';
import { evaluateFundingRules, FUNDING_RULES, hasRiskReserve } from '../funding/funding-rules';
import type { FundingRuleBenefit, FundingRuleLine } from '../funding/funding-rules';
import type { CriterionScore, WeightedCriterion } from '../prioritisation/priority-score';
import { evaluateRiskRules, RISK_RULES } from '../risks/risk-rules';
import type { RiskRuleRisk } from '../risks/risk-rules';
import { BENEFIT_RULES, evaluateBenefitRules } from './benefit-rules';
import type { BenefitRuleBenefit, BenefitRuleEvaluationPoint, BenefitRuleMeasurement } from './benefit-rules';
import { evaluateGoalRules, GOAL_RULES } from './goal-rules';
import type { GoalRuleGoal } from './goal-rules';
import { evaluateGovernanceRules, GOVERNANCE_RULES } from './governance-rules';
import { evaluateMapRules, MAP_RULES } from './map-rules';
import type { MapRuleNode } from './map-rules';
import type { MapLink } from '../contracts/benefit-map';
import type { GovernanceRuleInput, GovernanceRuleSteeringGroup } from './governance-rules';
import { healthPhaseOf, ruleApplies } from './health-finding';
import type { HealthFinding, HealthRule } from './health-finding';
import { evaluatePriorityRules, prioritisationInUse, PRIORITY_RULES } from './priority-rules';

/**
 * The health check engine (sundhedstjek): every rule family run on a plain snapshot of one initiative. The API reads
 * the snapshot (for one initiative or a whole portfolio, in a fixed number of queries) and the engine decides; the
 * web app can run the same engine on what it has loaded.
 */

/** What the rules need to know about the organisation; shared by every initiative of a portfolio snapshot. */
export interface HealthOrganisationContext {
  /** The department tree (FIN-1: an owner in an område under the receiving forvaltning sits inside it). */
  departments: ReadonlyArray<{ id: string; parentId: string | null }>;
  steeringGroups: readonly GovernanceRuleSteeringGroup[];
  /** Prioritisation criteria; none: PRI-1 does not apply. */
  priorityCriteria: readonly WeightedCriterion[];
  /** How often status reports are due (GOV-2); the quarter when left out. */
  reviewCycle?: ReviewCycle;
}

/** Everything the rules read about one initiative. */
export interface InitiativeHealthSnapshot {
  id: string;
  phase: Phase;
  sizeClass: SizeClass;
  leadDepartmentId: string;
  involvedDepartmentIds: readonly string[];
  projectLeadUserId: string | null;
  /** The date (YYYY-MM-DD) the initiative left analysis, when known (RISK-2). */
  leftAnalysisOn: string | null;
  goals: readonly GoalRuleGoal[];
  benefits: ReadonlyArray<BenefitRuleBenefit & FundingRuleBenefit & { goalId: string | null }>;
  /** Measurements of the goals and benefits (one per target and kind is enough). */
  measurements: readonly BenefitRuleMeasurement[];
  evaluationPoints: readonly BenefitRuleEvaluationPoint[];
  /** The whole risk log, every status, with the actions (a loader may leave out closed risks' actions: no rule reads them). */
  risks: readonly RiskRuleRisk[];
  fundingLines: readonly FundingRuleLine[];
  projectOwnerUserId: string | null;
  steeringGroupId: string | null;
  statusReports: GovernanceRuleInput['statusReports'];
  decisions: GovernanceRuleInput['decisions'];
  priorityScores: readonly CriterionScore[];
  /** The benefit map's deliveries and changes, and their links (to changes and benefits). */
  mapNodes: readonly MapRuleNode[];
  mapLinks: readonly MapLink[];
  organisation: HealthOrganisationContext;
}

/** "GEV-10" after "GEV-9": prefix, then number. */
export function compareRuleIds(a: string, b: string): number {
  const [pa, na] = splitId(a);
  const [pb, nb] = splitId(b);
  return pa < pb ? -1 : pa > pb ? 1 : na - nb;
}

function splitId(id: string): [string, number] {
  const dash = id.lastIndexOf('-');
  return [id.slice(0, dash), Number(id.slice(dash + 1))];
}

/**
 * The advice a rule cites: its entry in RULE_ADVICE, else the first (leading) advice of the rule's theme, so every
 * finding links into the catalogue even before a new rule gets its own entry there.
 */
export function adviceIdOf(ruleId: string, theme: string): string | undefined {
  if (Object.hasOwn(RULE_ADVICE, ruleId)) return RULE_ADVICE[ruleId].adviceId;
  return adviceTheme(theme)?.advice[0]?.id;
}

/**
 * Bump when a rule's logic changes without its id, theme, phase or size class changing: the API caches findings per
 * initiative and recomputes them when this revision or the rule list differs (see HealthFindingsCache).
 */
export const HEALTH_RULES_REVISION = 1;

/** Every rule of every family, ordered by id, each with the advice it cites. */
export const HEALTH_RULES: readonly HealthRule[] = [...GOAL_RULES, ...BENEFIT_RULES, ...MAP_RULES, ...GOVERNANCE_RULES, ...PRIORITY_RULES, ...RISK_RULES, ...FUNDING_RULES]
  .map((rule): HealthRule => {
    const adviceId = adviceIdOf(rule.id, rule.theme);
    return adviceId === undefined ? rule : { ...rule, adviceId };
  })
  .sort((a, b) => compareRuleIds(a.id, b.id));

const ORDER = new Map(HEALTH_RULES.map((rule, index) => [rule.id, index]));
const ADVICE = new Map(HEALTH_RULES.map((rule) => [rule.id, rule.adviceId]));

/** The rules that apply to an initiative: by phase and size class, and PRI-1 only where criteria are set. */
export function applicableHealthRules(snapshot: Pick<InitiativeHealthSnapshot, 'phase' | 'sizeClass' | 'organisation'>): HealthRule[] {
  const phase = healthPhaseOf(snapshot.phase);
  if (phase === null) return [];
  const prioritised = prioritisationInUse(snapshot.organisation.priorityCriteria);
  return HEALTH_RULES.filter((rule) => ruleApplies(rule, phase, snapshot.sizeClass) && (rule.id !== 'PRI-1' || prioritised));
}

/** The findings of every rule for one initiative on `today` (YYYY-MM-DD), in catalogue order, each citing its advice. */
export function evaluateHealth(snapshot: InitiativeHealthSnapshot, today: string): HealthFinding[] {
  const { phase, sizeClass, organisation } = snapshot;
  const findings = [
    ...evaluateGoalRules({ phase, sizeClass, goals: snapshot.goals }, today),
    ...evaluateBenefitRules(
      { phase, sizeClass, goals: snapshot.goals, benefits: snapshot.benefits, measurements: snapshot.measurements, evaluationPoints: snapshot.evaluationPoints },
      today,
    ),
    ...evaluateMapRules(
      { phase, sizeClass, goals: snapshot.goals, benefits: snapshot.benefits, mapNodes: snapshot.mapNodes, mapLinks: snapshot.mapLinks },
      today,
    ),
    ...evaluateGovernanceRules(
      {
        phase,
        sizeClass,
        projectLeadUserId: snapshot.projectLeadUserId,
        projectOwnerUserId: snapshot.projectOwnerUserId,
        steeringGroupId: snapshot.steeringGroupId,
        steeringGroups: organisation.steeringGroups,
        statusReports: snapshot.statusReports,
        decisions: snapshot.decisions,
        reviewCycle: organisation.reviewCycle,
      },
      today,
    ),
    ...evaluatePriorityRules({ phase, sizeClass, criteria: organisation.priorityCriteria, scores: snapshot.priorityScores }, today),
    ...evaluateRiskRules(
      {
        phase,
        sizeClass,
        leftAnalysisOn: snapshot.leftAnalysisOn,
        risks: snapshot.risks,
        // Without any funding plan RISK-3 is not evaluated: FIN-2 already says the plan is missing.
        hasRiskReserve: snapshot.fundingLines.length === 0 ? null : hasRiskReserve(snapshot.fundingLines),
      },
      today,
    ),
    ...evaluateFundingRules(
      {
        phase,
        sizeClass,
        leadDepartmentId: snapshot.leadDepartmentId,
        involvedDepartmentIds: snapshot.involvedDepartmentIds,
        benefits: snapshot.benefits,
        fundingLines: snapshot.fundingLines,
        departments: organisation.departments,
      },
      today,
    ),
  ];
  // The families' findings are fresh objects: cite the advice in place (a portfolio check makes thousands of them).
  for (const finding of findings) {
    const adviceId = ADVICE.get(finding.ruleId);
    if (adviceId !== undefined) finding.adviceId = adviceId;
  }
  // A stable sort keeps each family's own order within a rule.
  return findings.sort((a, b) => (ORDER.get(a.ruleId) ?? 0) - (ORDER.get(b.ruleId) ?? 0));
}
