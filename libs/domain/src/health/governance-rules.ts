import type { ReviewCycle, SteeringLevel } from '../contracts/governance';
import type { Phase, SizeClass } from '../contracts/initiative';
import { healthPhaseOf, ruleApplies } from './health-finding';
import type { HealthFinding, HealthRule } from './health-finding';
import { andList, danishDate } from './health-text';

/**
 * The governance and role rules of the health check (DESIGN §6, themes roller og ansvar and governance). Ids are stable.
 *
 * ROL-1: an initiative has a project owner, a project lead and a steering group.
 * ROL-3: every decision on the initiative records who decided (the guide: clarity on who decides what).
 * GOV-1: the chain of steering groups above the initiative's group reaches a directorate-level group. An initiative
 * without a steering group gets ROL-1 for it, not GOV-1 as well.
 * GOV-2: from gennemførelse there is a submitted status report whose period overlaps the current review cycle (the
 * calendar quarter unless the organisation chose the month).
 * ROL-2 (team roles) is left out: initiatives do not record their team yet.
 */
export const GOVERNANCE_RULES: readonly HealthRule[] = [
  { id: 'ROL-1', theme: 'roller-og-ansvar', title: 'Klarhed om, hvem der beslutter hvad', fromPhase: 'analysis', largeOnly: false },
  { id: 'ROL-3', theme: 'roller-og-ansvar', title: 'Beslutninger viser, hvem der traf dem', fromPhase: 'idea', largeOnly: false },
  { id: 'GOV-1', theme: 'governance', title: 'Porteføljestyringen er forankret i toppen', fromPhase: 'analysis', largeOnly: false },
  { id: 'GOV-2', theme: 'governance', title: 'Følg løbende op', fromPhase: 'implementation', largeOnly: false },
];

export interface GovernanceRuleSteeringGroup {
  id: string;
  level: SteeringLevel;
  parentId: string | null;
}

export interface GovernanceRuleInput {
  phase: Phase;
  sizeClass: SizeClass;
  projectLeadUserId: string | null;
  projectOwnerUserId: string | null;
  steeringGroupId: string | null;
  /** The organisation's steering groups (the chain is walked through them; a cycle in bad data ends the walk). */
  steeringGroups: readonly GovernanceRuleSteeringGroup[];
  /** The initiative's status reports, drafts included (only submitted ones count). */
  statusReports: ReadonlyArray<{ status: 'draft' | 'submitted'; periodStart: string; periodEnd: string }>;
  /** The initiative's decisions; `decidedBy` null when nobody is recorded. */
  decisions: ReadonlyArray<{ id: string; decidedBy: string | null; decidedAt: string }>;
  /** How often status reports are due; the quarter when left out. */
  reviewCycle?: ReviewCycle;
}

/** The findings of the governance rules for one initiative on `today` (YYYY-MM-DD), in catalogue order. */
export function evaluateGovernanceRules(input: GovernanceRuleInput, today: string): HealthFinding[] {
  const phase = healthPhaseOf(input.phase);
  if (phase === null) return [];
  const checks: Record<string, () => HealthFinding[]> = {
    'ROL-1': () => roles(input),
    'ROL-3': () => decidedBy(input.decisions),
    'GOV-1': () => anchoredAtTop(input),
    'GOV-2': () => followedUp(input.statusReports, reviewCycleOf(input.reviewCycle ?? 'quarter', today)),
  };
  return GOVERNANCE_RULES.filter((rule) => ruleApplies(rule, phase, input.sizeClass)).flatMap((rule) => checks[rule.id]());
}

let lastCycle: { key: string; value: { cycle: ReviewCycle; start: string; end: string } } | null = null;

/** The calendar month or quarter `today` (YYYY-MM-DD) lies in, as first and last day (the last answer is kept: a portfolio asks 1,000 times). */
export function reviewCycleOf(cycle: ReviewCycle, today: string): { cycle: ReviewCycle; start: string; end: string } {
  const key = `${cycle} ${today}`;
  if (lastCycle?.key !== key) lastCycle = { key, value: computeReviewCycle(cycle, today) };
  return { ...lastCycle.value };
}

function computeReviewCycle(cycle: ReviewCycle, today: string): { cycle: ReviewCycle; start: string; end: string } {
  const [year, month] = today.split('-').map(Number);
  const first = cycle === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const last = cycle === 'month' ? month : first + 2;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { cycle, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** Whether the group or a group above it is at directorate level. */
export function reachesDirectorate(groupId: string, groups: readonly GovernanceRuleSteeringGroup[]): boolean {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const seen = new Set<string>();
  for (let current = byId.get(groupId); current && !seen.has(current.id); current = current.parentId === null ? undefined : byId.get(current.parentId)) {
    if (current.level === 'directorate') return true;
    seen.add(current.id);
  }
  return false;
}

function finding(ruleId: string, theme: HealthFinding['theme'], severity: HealthFinding['severity'], message: string, advice: string): HealthFinding {
  return { ruleId, theme, severity, message, advice };
}

function roles(input: GovernanceRuleInput): HealthFinding[] {
  const missing = [
    input.projectOwnerUserId === null ? 'en projektejer' : null,
    input.projectLeadUserId === null ? 'en projektleder' : null,
    input.steeringGroupId === null ? 'en styregruppe' : null,
  ].filter((role) => role !== null);
  if (missing.length === 0) return [];
  return [
    finding(
      'ROL-1',
      'roller-og-ansvar',
      'error',
      `Initiativet har ikke ${andList(missing)}.`,
      'Udpeg en projektejer, der har mandat til at træffe beslutninger, en projektleder, der driver arbejdet, og en styregruppe, som initiativet rapporterer til.',
    ),
  ];
}

function decidedBy(decisions: GovernanceRuleInput['decisions']): HealthFinding[] {
  const anonymous = [...decisions].filter((decision) => decision.decidedBy === null).sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : 1));
  if (anonymous.length === 0) return [];
  return [
    finding(
      'ROL-3',
      'roller-og-ansvar',
      'warning',
      anonymous.length === 1
        ? `Beslutningen fra ${danishDate(anonymous[0].decidedAt.slice(0, 10))} viser ikke, hvem der traf den.`
        : `${anonymous.length} beslutninger viser ikke, hvem der traf dem.`,
      'Registrér altid, hvem der traf en beslutning, og på hvilket grundlag, så det er klart, hvem der har besluttet hvad.',
    ),
  ];
}

function anchoredAtTop(input: GovernanceRuleInput): HealthFinding[] {
  if (input.steeringGroupId === null || reachesDirectorate(input.steeringGroupId, input.steeringGroups)) return [];
  return [
    finding(
      'GOV-1',
      'governance',
      'warning',
      'Initiativets styregruppe rapporterer ikke – direkte eller gennem andre styregrupper – til en styregruppe på direktionsniveau.',
      'Knyt styregruppen til en overordnet styregruppe, så kæden når op til direktionen, og porteføljen kan prioriteres og følges samlet.',
    ),
  ];
}

function followedUp(reports: GovernanceRuleInput['statusReports'], period: ReturnType<typeof reviewCycleOf>): HealthFinding[] {
  const covered = reports.some((report) => report.status === 'submitted' && report.periodStart <= period.end && report.periodEnd >= period.start);
  if (covered) return [];
  return [
    finding(
      'GOV-2',
      'governance',
      'warning',
      `Der er ikke indsendt en statusrapport for ${period.cycle === 'month' ? 'indeværende måned' : 'indeværende kvartal'} (${danishDate(period.start)}–${danishDate(period.end)}).`,
      'Indsend en statusrapport for perioden, så styregruppen kan følge initiativet løbende og gribe ind i tide.',
    ),
  ];
}
