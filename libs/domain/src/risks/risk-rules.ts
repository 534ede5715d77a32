import type { Phase, SizeClass } from '../contracts/initiative';
import { LIVE_RISK_STATUSES, RISK_LIMITS } from '../contracts/risks';
import type { RiskActionStatus, RiskCategory, RiskHandler, RiskStatus } from '../contracts/risks';
import { healthPhaseOf, ruleApplies } from '../health/health-finding';
import type { HealthFinding, HealthRule } from '../health/health-finding';
import { isActionOverdue, isRiskStale, lastReviewOf, riskBand, riskScore } from './risk-score';
import type { RiskRating } from './risk-score';

/**
 * The risk rules of the health check (DESIGN §6, theme risikovurdering). Ids are stable.
 *
 * RISK-4 (a large initiative with a high technical risk and no pilot/prototype step) is left out: initiatives do not
 * record their method notes (pilot/prototype step planned) yet. Add it here when they do.
 * RISK-6 is the risk register issue's rule: an open high risk has mitigation actions and an owner.
 */
export const RISK_RULES: readonly HealthRule[] = [
  { id: 'RISK-1', theme: 'risikovurdering', title: 'Beslut, hvem der håndterer hver risiko: kommunen, leverandøren eller begge', fromPhase: 'analysis', largeOnly: false },
  { id: 'RISK-2', theme: 'risikovurdering', title: 'Vurdér risici tidligt i projektets levetid', fromPhase: 'implementation', largeOnly: false },
  { id: 'RISK-3', theme: 'risikovurdering', title: 'Afsæt penge til håndtering af risici', fromPhase: 'implementation', largeOnly: false },
  { id: 'RISK-5', theme: 'risikovurdering', title: 'Hold risikologgen levende', fromPhase: 'analysis', largeOnly: false },
  { id: 'RISK-6', theme: 'risikovurdering', title: 'En høj risiko har tiltag og en ejer', fromPhase: 'analysis', largeOnly: false },
];

/** A risk as the rules read it: the `Risk` contract and a risk entity with its actions both fit. */
export interface RiskRuleRisk {
  id: string;
  number: number;
  title: string;
  category: RiskCategory;
  probability: number;
  consequence: number;
  handler: RiskHandler | null;
  /** The owner, as an id (entity) or an object (contract); either one set means the risk has an owner. */
  ownerUserId?: string | null;
  owner?: { id: string } | null;
  status: RiskStatus;
  identifiedOn: string;
  lastReviewedOn: string | null;
  actions: ReadonlyArray<{ deadline: string | null; status: RiskActionStatus }>;
}

export interface RiskRuleInput {
  phase: Phase;
  sizeClass: SizeClass;
  /** The date (YYYY-MM-DD) the initiative left the analysis phase, when known. */
  leftAnalysisOn: string | null;
  /** The initiative's whole risk log, every status. */
  risks: readonly RiskRuleRisk[];
  /** Whether the funding plan has a risk reserve line; null while there is no funding plan (RISK-3 is then not evaluated). */
  hasRiskReserve: boolean | null;
}

/**
 * The findings of the risk rules for one initiative on `today` (YYYY-MM-DD), in catalogue order.
 * "Open" means live (åben or under håndtering): closed and occurred risks count only for RISK-2 (they were registered).
 */
export function evaluateRiskRules(input: RiskRuleInput, today: string): HealthFinding[] {
  const phase = healthPhaseOf(input.phase);
  if (phase === null) return [];
  const risks = [...input.risks].sort((a, b) => a.number - b.number);
  const live = risks.filter((risk) => LIVE_RISK_STATUSES.includes(risk.status));
  const liveHigh = live.filter(isHigh);
  const checks: Record<string, () => HealthFinding[]> = {
    'RISK-1': () => withoutHandler(live),
    'RISK-2': () => registeredLate(risks, input.leftAnalysisOn),
    'RISK-3': () => (input.hasRiskReserve === false ? highWithoutReserve(liveHigh) : []),
    'RISK-5': () => [...staleRisks(live, today), ...overdueActions(live, today)],
    'RISK-6': () => highWithoutHandling(liveHigh),
  };
  return RISK_RULES.filter((rule) => ruleApplies(rule, phase, input.sizeClass)).flatMap((rule) => checks[rule.id]());
}

const isHigh = (risk: RiskRuleRisk): boolean => riskBand(riskScore(risk.probability as RiskRating, risk.consequence as RiskRating)) === 'high';
const hasOwner = (risk: RiskRuleRisk): boolean => (risk.ownerUserId ?? risk.owner?.id ?? null) !== null;

function finding(ruleId: string, severity: HealthFinding['severity'], message: string, advice: string, risks?: readonly RiskRuleRisk[]): HealthFinding {
  return { ruleId, theme: 'risikovurdering', severity, message, advice, ...(risks ? { riskIds: risks.map((risk) => risk.id) } : {}) };
}

function withoutHandler(live: RiskRuleRisk[]): HealthFinding[] {
  const missing = live.filter((risk) => risk.handler === null);
  if (missing.length === 0) return [];
  return [
    finding(
      'RISK-1',
      'warning',
      missing.length === 1
        ? `Risiko nr. ${missing[0].number} angiver ikke, hvem der håndterer den.`
        : `${missing.length} risici angiver ikke, hvem der håndterer dem (${numbers(missing)}).`,
      'Beslut for hver risiko, om kommunen, leverandøren eller begge i fællesskab er bedst til at håndtere den, og skriv det i risikologgen.',
      missing,
    ),
  ];
}

function registeredLate(risks: RiskRuleRisk[], leftAnalysisOn: string | null): HealthFinding[] {
  if (risks.length === 0) {
    return [
      finding(
        'RISK-2',
        'error',
        'Der er ikke registreret nogen risici, selvom initiativet har forladt analysefasen.',
        'Gennemfør en risikovurdering nu, og vurdér fremover risici i analysefasen, mens det er billigst at handle på dem.',
      ),
    ];
  }
  if (leftAnalysisOn === null) return [];
  const first = risks.reduce((earliest, risk) => (risk.identifiedOn < earliest ? risk.identifiedOn : earliest), risks[0].identifiedOn);
  if (first <= leftAnalysisOn) return [];
  return [
    finding(
      'RISK-2',
      'warning',
      `Den første risiko blev registreret ${danishDate(first)}, efter at initiativet forlod analysefasen ${danishDate(leftAnalysisOn)}.`,
      'Vurdér risici, før initiativet forlader analysefasen, så de kan indgå i beslutningen om at gå videre.',
    ),
  ];
}

function highWithoutReserve(liveHigh: RiskRuleRisk[]): HealthFinding[] {
  if (liveHigh.length === 0) return [];
  return [
    finding(
      'RISK-3',
      'error',
      liveHigh.length === 1
        ? `Risiko nr. ${liveHigh[0].number} er høj og åben, men finansieringsplanen har ingen risikopulje.`
        : `${liveHigh.length} høje risici er åbne (${numbers(liveHigh)}), men finansieringsplanen har ingen risikopulje.`,
      'Afsæt en risikopulje i finansieringsplanen, så der er penge til at håndtere de høje risici, hvis de indtræffer.',
      liveHigh,
    ),
  ];
}

function staleRisks(live: RiskRuleRisk[], today: string): HealthFinding[] {
  const stale = live.filter((risk) => isRiskStale(lastReviewOf(risk), today, RISK_LIMITS.staleDays));
  if (stale.length === 0) return [];
  return [
    finding(
      'RISK-5',
      'warning',
      stale.length === 1
        ? `Risiko nr. ${stale[0].number} er ikke gennemgået i over ${RISK_LIMITS.staleDays} dage.`
        : `${stale.length} risici er ikke gennemgået i over ${RISK_LIMITS.staleDays} dage (${numbers(stale)}).`,
      'Gennemgå risikologgen jævnligt, fx på hvert styregruppemøde, og opdatér vurderingen og datoen for seneste gennemgang.',
      stale,
    ),
  ];
}

function overdueActions(live: RiskRuleRisk[], today: string): HealthFinding[] {
  const late = live.filter((risk) => risk.actions.some((action) => isActionOverdue(action, today)));
  if (late.length === 0) return [];
  return [
    finding(
      'RISK-5',
      'warning',
      late.length === 1
        ? `Risiko nr. ${late[0].number} har tiltag, hvis frist er overskredet.`
        : `${late.length} risici har tiltag, hvis frist er overskredet (${numbers(late)}).`,
      'Følg op på tiltagene: gennemfør dem, eller aftal en ny frist med den ansvarlige.',
      late,
    ),
  ];
}

function highWithoutHandling(liveHigh: RiskRuleRisk[]): HealthFinding[] {
  const noActions = liveHigh.filter((risk) => risk.actions.length === 0);
  const noOwner = liveHigh.filter((risk) => !hasOwner(risk));
  if (noActions.length === 0 && noOwner.length === 0) return [];
  const gaps = [noActions.length > 0 ? `uden tiltag: ${numbers(noActions)}` : null, noOwner.length > 0 ? `uden ejer: ${numbers(noOwner)}` : null];
  return [
    finding(
      'RISK-6',
      'error',
      `Åbne høje risici mangler håndtering – ${gaps.filter((gap) => gap !== null).join('; ')}.`,
      'Giv hver høj risiko en ejer, der følger den, og tiltag med en ansvarlig og en frist, der mindsker sandsynligheden eller konsekvensen.',
      liveHigh.filter((risk) => noActions.includes(risk) || noOwner.includes(risk)),
    ),
  ];
}

/** "nr. 1, 3 og 4" */
function numbers(risks: readonly RiskRuleRisk[]): string {
  const list = risks.map((risk) => String(risk.number));
  return `nr. ${list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}`}`;
}

/** YYYY-MM-DD as dd.mm.yyyy (da-DK). */
const danishDate = (iso: string): string => iso.split('-').reverse().join('.');
