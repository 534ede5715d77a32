import { upstreamOf } from '../benefit-map/map-graph';
import type { MapChangeStatus, MapLink, MapOwnKind } from '../contracts/benefit-map';
import type { Phase, SizeClass } from '../contracts/initiative';
import { healthPhaseOf, ruleApplies } from './health-finding';
import type { HealthFinding, HealthRule } from './health-finding';
import { byTitle, danishDate, quotedTitles } from './health-text';

/**
 * The benefit map rules (gevinstdiagram), theme gevinstrealisering: the guide's advice to break benefits down through
 * their preconditions with benefit trees. GEV-6/7 read the records' own links (a benefit's goal) once there are
 * benefits; GEV-8/9 apply once an initiative has a map; GEV-10 asks large initiatives past analysis to draw one.
 */
export const MAP_RULES: readonly HealthRule[] = [
  { id: 'GEV-6', theme: 'gevinstrealisering', title: 'Hver gevinst fører til et mål', fromPhase: 'analysis', largeOnly: false },
  { id: 'GEV-7', theme: 'gevinstrealisering', title: 'Hvert mål bæres af en gevinst', fromPhase: 'analysis', largeOnly: false },
  { id: 'GEV-8', theme: 'gevinstrealisering', title: 'Vis, hvilke leverancer og forandringer der skaber gevinsten', fromPhase: 'analysis', largeOnly: false },
  { id: 'GEV-9', theme: 'gevinstrealisering', title: 'Følg op på forudsætningerne', fromPhase: 'analysis', largeOnly: false },
  { id: 'GEV-10', theme: 'gevinstrealisering', title: 'Tegn gevinstdiagrammet for store initiativer', fromPhase: 'implementation', largeOnly: true },
];

/** A delivery or change of the map. */
export interface MapRuleNode {
  id: string;
  kind: MapOwnKind;
  title: string;
  dueDate: string | null;
  status: MapChangeStatus | null;
}

export interface MapRuleInput {
  phase: Phase;
  sizeClass: SizeClass;
  goals: ReadonlyArray<{ id: string; title: string }>;
  benefits: ReadonlyArray<{ id: string; title: string; goalId: string | null }>;
  mapNodes: readonly MapRuleNode[];
  /** Links from deliveries and changes (to changes and benefits). */
  mapLinks: readonly MapLink[];
}

function finding(ruleId: string, severity: HealthFinding['severity'], message: string, advice: string): HealthFinding {
  return { ruleId, theme: 'gevinstrealisering', severity, message, advice };
}

/** The findings of the map rules for one initiative on `today` (YYYY-MM-DD), in catalogue order. */
export function evaluateMapRules(input: MapRuleInput, today: string): HealthFinding[] {
  const phase = healthPhaseOf(input.phase);
  if (phase === null) return [];
  const hasMap = input.mapNodes.length > 0;
  const checks: Record<string, () => HealthFinding[]> = {
    'GEV-6': () => benefitsWithoutGoal(input),
    'GEV-7': () => goalsWithoutBenefit(input),
    'GEV-8': () => (hasMap ? benefitsWithoutCause(input) : []),
    'GEV-9': () => overdueChanges(input.mapNodes, today),
    'GEV-10': () => (hasMap ? [] : [noMap()]),
  };
  return MAP_RULES.filter((rule) => ruleApplies(rule, phase, input.sizeClass)).flatMap((rule) => checks[rule.id]());
}

function benefitsWithoutGoal(input: MapRuleInput): HealthFinding[] {
  const loose = byTitle(input.benefits.filter((benefit) => benefit.goalId === null));
  if (loose.length === 0) return [];
  return [
    finding(
      'GEV-6',
      'warning',
      loose.length === 1 ? `Gevinsten ${quotedTitles(loose)} fører ikke til noget mål.` : `${loose.length} gevinster fører ikke til noget mål (${quotedTitles(loose)}).`,
      'Knyt gevinsten til det mål, den bidrager til, så gevinstdiagrammet viser vejen fra leverance til formål – eller overvej, om den hører til initiativet.',
    ),
  ];
}

/** Once an initiative has benefits, each goal should be served by one (before that, GEV rules on benefits are quiet too). */
function goalsWithoutBenefit(input: MapRuleInput): HealthFinding[] {
  if (input.benefits.length === 0) return [];
  const served = new Set(input.benefits.map((benefit) => benefit.goalId));
  const bare = byTitle(input.goals.filter((goal) => !served.has(goal.id)));
  if (bare.length === 0) return [];
  return [
    finding(
      'GEV-7',
      'warning',
      bare.length === 1 ? `Målet ${quotedTitles(bare)} har ingen gevinst, der fører til det.` : `${bare.length} mål har ingen gevinst, der fører til dem (${quotedTitles(bare)}).`,
      'Beskriv de gevinster, der skal indfri målet, med en gevinstejer hver – ellers er der ingen, der høster det.',
    ),
  ];
}

function benefitsWithoutCause(input: MapRuleInput): HealthFinding[] {
  const orphans = byTitle(input.benefits.filter((benefit) => upstreamOf(input.mapLinks, benefit.id).size === 0));
  if (orphans.length === 0) return [];
  return [
    finding(
      'GEV-8',
      'warning',
      orphans.length === 1
        ? `Ingen leverance eller forandring i gevinstdiagrammet fører til gevinsten ${quotedTitles(orphans)}.`
        : `Ingen leverance eller forandring i gevinstdiagrammet fører til ${orphans.length} gevinster (${quotedTitles(orphans)}).`,
      'Vis i diagrammet, hvilke leverancer og hvilke ændringer i arbejdsgangene der skal til, før gevinsten kan høstes.',
    ),
  ];
}

function overdueChanges(nodes: readonly MapRuleNode[], today: string): HealthFinding[] {
  const late = byTitle(nodes.filter((node) => node.kind === 'change' && node.status !== 'done' && node.dueDate !== null && node.dueDate < today));
  if (late.length === 0) return [];
  const oldest = late.reduce((a, b) => ((a.dueDate as string) <= (b.dueDate as string) ? a : b));
  return [
    finding(
      'GEV-9',
      'error',
      late.length === 1
        ? `Forudsætningen ${quotedTitles(late)} skulle have været på plads ${danishDate(oldest.dueDate as string)}.`
        : `${late.length} forudsætninger er ikke på plads til tiden (${quotedTitles(late)}; den ældste frist var ${danishDate(oldest.dueDate as string)}).`,
      'Aftal med ejeren, hvornår forandringen er på plads, og vurdér, om gevinsterne bag den kommer senere eller bliver mindre.',
    ),
  ];
}

function noMap(): HealthFinding {
  return finding(
    'GEV-10',
    'warning',
    'Initiativet er stort og forbi analysen, men har intet gevinstdiagram.',
    'Tegn gevinstdiagrammet: leverancerne, de forandringer de kræver, og de gevinster og mål de fører til – så forudsætningerne kan følges op.',
  );
}
