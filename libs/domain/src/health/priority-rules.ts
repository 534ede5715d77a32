import type { Phase, SizeClass } from '../contracts/initiative';
import { priorityScore } from '../prioritisation/priority-score';
import type { CriterionScore, WeightedCriterion } from '../prioritisation/priority-score';
import { healthPhaseOf, ruleApplies } from './health-finding';
import type { HealthFinding, HealthRule } from './health-finding';

/**
 * The prioritisation rule of the health check (DESIGN §6, theme prioritering). PRI-1: an initiative past idé has a
 * complete priority score (every criterion scored). An organisation that has set no criteria is not checked: there is
 * nothing to score against yet.
 */
export const PRIORITY_RULES: readonly HealthRule[] = [
  { id: 'PRI-1', theme: 'prioritering', title: 'Prioritér systematisk', fromPhase: 'analysis', largeOnly: false },
];

export interface PriorityRuleInput {
  phase: Phase;
  sizeClass: SizeClass;
  /** The organisation's criteria; none: PRI-1 does not apply. */
  criteria: readonly WeightedCriterion[];
  /** The initiative's scores. */
  scores: readonly CriterionScore[];
}

/** Whether PRI-1 can apply at all: only when the organisation prioritises by criteria. */
export const prioritisationInUse = (criteria: readonly WeightedCriterion[]): boolean => criteria.length > 0;

/** The findings of the prioritisation rule for one initiative. `_today` keeps the families' signature. */
export function evaluatePriorityRules(input: PriorityRuleInput, _today: string): HealthFinding[] {
  const phase = healthPhaseOf(input.phase);
  if (phase === null || !prioritisationInUse(input.criteria)) return [];
  if (!ruleApplies(PRIORITY_RULES[0], phase, input.sizeClass)) return [];
  // Scores outside 0–5 cannot be stored (a CHECK); treat anything else odd as "not scored" rather than failing the check.
  const valid = input.scores.filter((score) => Number.isInteger(score.score) && score.score >= 0 && score.score <= 5);
  if (priorityScore(input.criteria, valid) !== null) return [];
  const scored = new Set(valid.map((score) => score.criterionId));
  const missing = input.criteria.filter((criterion) => !scored.has(criterion.id)).length;
  return [
    {
      ruleId: 'PRI-1',
      theme: 'prioritering',
      severity: 'warning',
      message:
        missing === input.criteria.length
          ? 'Initiativet har forladt idéfasen, men er ikke prioriteret efter kommunens kriterier.'
          : `Initiativets prioritering er ikke færdig: ${missing} af ${input.criteria.length} kriterier mangler en score.`,
      advice: 'Giv initiativet en score på hvert prioriteringskriterium, så det kan rangeres mod de andre initiativer i porteføljen og vurderes mod den tilgængelige finansiering.',
    },
  ];
}
