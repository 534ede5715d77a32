import { isAmbitiousTarget } from '../benefits/goal-achievement';
import type { Direction } from '../benefits/goal-achievement';
import type { Phase, SizeClass } from '../contracts/initiative';
import { healthPhaseOf, ruleApplies } from './health-finding';
import type { HealthFinding, HealthRule } from './health-finding';
import { byTitle, hasText, quotedTitles } from './health-text';

/**
 * The goal rules of the health check (DESIGN §6, theme mål). Ids are stable.
 *
 * MAAL-4 and MAAL-5 only look at goals that exist: an initiative without goals gets MAAL-1, not three findings for
 * the same gap.
 */
export const GOAL_RULES: readonly HealthRule[] = [
  { id: 'MAAL-1', theme: 'maal', title: 'Klare mål gør opfølgning mulig', fromPhase: 'analysis', largeOnly: false },
  { id: 'MAAL-2', theme: 'maal', title: 'Mål må ikke være selvopfyldende eller uambitiøse', fromPhase: 'analysis', largeOnly: false },
  { id: 'MAAL-3', theme: 'maal', title: 'Få centrale mål', fromPhase: 'analysis', largeOnly: true },
  { id: 'MAAL-4', theme: 'maal', title: 'Knyt de lokale mål til de overordnede', fromPhase: 'analysis', largeOnly: true },
  { id: 'MAAL-5', theme: 'maal', title: 'Tænk utilsigtede sideeffekter igennem', fromPhase: 'implementation', largeOnly: true },
];

/** "A handful of central indicators": more than this many is a finding (MAAL-3). */
export const MAX_CENTRAL_INDICATORS = 5;

/** A goal as the rules read it: the `Goal` contract and a goal row both fit. */
export interface GoalRuleGoal {
  id: string;
  title: string;
  indicatorName: string;
  direction: Direction;
  baselineValue: number | null;
  targetValue: number | null;
  strategicGoalId: string | null;
  sideEffectsConsidered: boolean;
}

export interface GoalRuleInput {
  phase: Phase;
  sizeClass: SizeClass;
  goals: readonly GoalRuleGoal[];
}

/** The findings of the goal rules for one initiative, in catalogue order. `_today` keeps the families' signature. */
export function evaluateGoalRules(input: GoalRuleInput, _today: string): HealthFinding[] {
  const phase = healthPhaseOf(input.phase);
  if (phase === null) return [];
  const goals = byTitle(input.goals);
  const checks: Record<string, () => HealthFinding[]> = {
    'MAAL-1': () => measurableGoal(goals),
    'MAAL-2': () => ambitiousTargets(goals),
    'MAAL-3': () => fewIndicators(goals),
    'MAAL-4': () => linkedToStrategy(goals),
    'MAAL-5': () => sideEffects(goals),
  };
  return GOAL_RULES.filter((rule) => ruleApplies(rule, phase, input.sizeClass)).flatMap((rule) => checks[rule.id]());
}

/** Indicator, baseline and target: what follow-up needs. */
export const isMeasurableGoal = (goal: GoalRuleGoal): boolean =>
  hasText(goal.indicatorName) && goal.baselineValue !== null && goal.targetValue !== null && Number.isFinite(goal.baselineValue) && Number.isFinite(goal.targetValue);

function finding(ruleId: string, severity: HealthFinding['severity'], message: string, advice: string): HealthFinding {
  return { ruleId, theme: 'maal', severity, message, advice };
}

function measurableGoal(goals: GoalRuleGoal[]): HealthFinding[] {
  if (goals.some(isMeasurableGoal)) return [];
  return [
    finding(
      'MAAL-1',
      'error',
      goals.length === 0
        ? 'Initiativet har ingen mål.'
        : goals.length === 1
          ? `Målet ${quotedTitles(goals)} mangler indikator, baseline eller målværdi, så det kan ikke følges op.`
          : `Ingen af initiativets ${goals.length} mål har både indikator, baseline og målværdi, så de kan ikke følges op.`,
      'Formulér mindst ét klart mål med en indikator, en baseline (udgangspunktet målt nu) og en målværdi med dato, så det senere kan måles, om målet er nået.',
    ),
  ];
}

function ambitiousTargets(goals: GoalRuleGoal[]): HealthFinding[] {
  const weak = goals.filter(
    (goal) => goal.baselineValue !== null && goal.targetValue !== null && !isAmbitiousTarget(goal.baselineValue, goal.targetValue, goal.direction),
  );
  if (weak.length === 0) return [];
  return [
    finding(
      'MAAL-2',
      'error',
      weak.length === 1
        ? `Målværdien for ${quotedTitles(weak)} ligger ikke ud over baseline i indikatorens retning.`
        : `${weak.length} mål har en målværdi, der ikke ligger ud over baseline i indikatorens retning (${quotedTitles(weak)}).`,
      'Sæt målværdien, så den kræver en reel forbedring i forhold til baseline – eller ret indikatorens retning (højere eller lavere er bedre), hvis den er angivet forkert.',
    ),
  ];
}

function fewIndicators(goals: GoalRuleGoal[]): HealthFinding[] {
  const indicators = new Set(goals.filter((goal) => hasText(goal.indicatorName)).map((goal) => goal.indicatorName.trim().toLocaleLowerCase('da')));
  if (indicators.size <= MAX_CENTRAL_INDICATORS) return [];
  return [
    finding(
      'MAAL-3',
      'warning',
      `Initiativet følger ${indicators.size} indikatorer; mere end ${MAX_CENTRAL_INDICATORS} gør det svært at holde fokus.`,
      `Udvælg højst ${MAX_CENTRAL_INDICATORS} centrale indikatorer, der viser, om initiativet lykkes, og lad resten være arbejdsredskaber i projektet.`,
    ),
  ];
}

function linkedToStrategy(goals: GoalRuleGoal[]): HealthFinding[] {
  if (goals.length === 0 || goals.some((goal) => goal.strategicGoalId !== null)) return [];
  return [
    finding(
      'MAAL-4',
      'warning',
      goals.length === 1 ? 'Initiativets mål er ikke knyttet til et af kommunens strategiske mål.' : `Ingen af initiativets ${goals.length} mål er knyttet til et af kommunens strategiske mål.`,
      'Knyt mindst ét mål til det strategiske mål, det bidrager til, så det er tydeligt, hvordan initiativet oversætter de overordnede mål til lokale mål.',
    ),
  ];
}

function sideEffects(goals: GoalRuleGoal[]): HealthFinding[] {
  const open = goals.filter((goal) => !goal.sideEffectsConsidered);
  if (open.length === 0) return [];
  return [
    finding(
      'MAAL-5',
      'warning',
      open.length === 1
        ? `Utilsigtede sideeffekter af målet ${quotedTitles(open)} er ikke tænkt igennem.`
        : `Utilsigtede sideeffekter er ikke tænkt igennem for ${open.length} mål (${quotedTitles(open)}).`,
      'Overvej for hvert mål, om jagten på det kan skade andet – fx kvalitet, arbejdsmiljø eller borgeroplevelse – og notér overvejelserne på målet.',
    ),
  ];
}
