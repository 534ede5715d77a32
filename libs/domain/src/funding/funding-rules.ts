import type { FundingCategory } from '../contracts/funding';
import type { Phase, SizeClass } from '../contracts/initiative';
import { healthPhaseOf, ruleApplies } from '../health/health-finding';
import type { HealthFinding, HealthRule } from '../health/health-finding';

/**
 * The funding rules of the health check (DESIGN §6, theme finansiering). Ids are stable.
 *
 * FIN-1: every quantified benefit has a benefit owner, and the owner sits where the change happens (the receiving
 * department, or a department under it).
 * FIN-2: an initiative past analyse has a funding plan; one that crosses departments says, for every year it spends
 * money, who pays and who gets the benefit.
 */
export const FUNDING_RULES: readonly HealthRule[] = [
  { id: 'FIN-1', theme: 'finansiering', title: 'Udpeg en gevinstejer dér, hvor forandringen skal ske', fromPhase: 'analysis', largeOnly: false },
  { id: 'FIN-2', theme: 'finansiering', title: 'Lav en klar finansieringsplan mellem forvaltningerne', fromPhase: 'implementation', largeOnly: false },
];

/** A benefit as the rules read it: a benefit entity (with its owner's department and years) and the contract both fit. */
export interface FundingRuleBenefit {
  id: string;
  title: string;
  quantified: boolean;
  /** The owner, as an id (entity) or an object (contract); either one set means the benefit has an owner. */
  ownerUserId?: string | null;
  owner?: { id: string } | null;
  /** The owner's department; null or left out when unknown (FIN-1 then only checks that there is an owner). */
  ownerDepartmentId?: string | null;
  receivingDepartmentId: string | null;
  /** The realisation profile; left out or empty when the benefit is not broken down over time. */
  years?: ReadonlyArray<{ year: number; planned: number }>;
}

/** A funding line as the rules read it: a line entity or the `FundingLine` contract. */
export interface FundingRuleLine {
  year: number;
  category: FundingCategory;
  /** DKK. */
  amount: number;
  /** The paying department, as an id (entity) or an object (contract). */
  payingDepartmentId?: string | null;
  payingDepartment?: { id: string } | null;
}

export interface FundingRuleInput {
  phase: Phase;
  sizeClass: SizeClass;
  leadDepartmentId: string;
  involvedDepartmentIds: readonly string[];
  benefits: readonly FundingRuleBenefit[];
  /** The initiative's whole funding plan, proposed and confirmed lines alike. */
  fundingLines: readonly FundingRuleLine[];
  /**
   * The organisation's department tree. When given, an owner in a department under the receiving department (an
   * område under its forvaltning) sits inside it; without it, FIN-1 compares the departments as they are.
   */
  departments?: ReadonlyArray<{ id: string; parentId: string | null }>;
}

/**
 * The findings of the funding rules for one initiative, in catalogue order. `_today` (YYYY-MM-DD) keeps the signature
 * of the other rule families; no funding rule depends on the date.
 */
export function evaluateFundingRules(input: FundingRuleInput, _today: string): HealthFinding[] {
  const phase = healthPhaseOf(input.phase);
  if (phase === null) return [];
  const benefits = [...input.benefits].sort((a, b) => a.title.localeCompare(b.title, 'da') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const checks: Record<string, () => HealthFinding[]> = {
    'FIN-1': () => ownersWhereTheChangeHappens(benefits, input.departments),
    'FIN-2': () => fundingPlan(input, benefits),
  };
  return FUNDING_RULES.filter((rule) => ruleApplies(rule, phase, input.sizeClass)).flatMap((rule) => checks[rule.id]());
}

/**
 * Whether a funding plan sets money aside for risks: a risk reserve line with an amount. RISK-3 reads it; pass null
 * there instead while the initiative has no funding lines at all (RISK-3 is then not evaluated).
 */
export function hasRiskReserve(fundingLines: ReadonlyArray<Pick<FundingRuleLine, 'category' | 'amount'>>): boolean {
  return fundingLines.some((line) => line.category === 'risk_reserve' && line.amount > 0);
}

const ownerOf = (benefit: FundingRuleBenefit): string | null => benefit.ownerUserId ?? benefit.owner?.id ?? null;
const payerOf = (line: FundingRuleLine): string | null => line.payingDepartmentId ?? line.payingDepartment?.id ?? null;

function finding(ruleId: string, severity: HealthFinding['severity'], message: string, advice: string): HealthFinding {
  return { ruleId, theme: 'finansiering', severity, message, advice };
}

function ownersWhereTheChangeHappens(benefits: FundingRuleBenefit[], departments: FundingRuleInput['departments']): HealthFinding[] {
  const quantified = benefits.filter((benefit) => benefit.quantified);
  const withoutOwner = quantified.filter((benefit) => ownerOf(benefit) === null);
  const parents = new Map((departments ?? []).map((department) => [department.id, department.parentId]));
  const outside = quantified.filter(
    (benefit) =>
      ownerOf(benefit) !== null &&
      benefit.ownerDepartmentId != null &&
      benefit.receivingDepartmentId !== null &&
      !isWithin(benefit.ownerDepartmentId, benefit.receivingDepartmentId, parents),
  );
  const findings: HealthFinding[] = [];
  if (withoutOwner.length > 0) {
    findings.push(
      finding(
        'FIN-1',
        'error',
        withoutOwner.length === 1
          ? `Den kvantificerede gevinst ${titles(withoutOwner)} har ingen gevinstejer.`
          : `${withoutOwner.length} kvantificerede gevinster har ingen gevinstejer (${titles(withoutOwner)}).`,
        'Udpeg en gevinstejer for hver gevinst: en leder i den forvaltning, der skal ændre sine arbejdsgange og høste gevinsten.',
      ),
    );
  }
  if (outside.length > 0) {
    findings.push(
      finding(
        'FIN-1',
        'warning',
        outside.length === 1
          ? `Gevinstejeren for ${titles(outside)} sidder uden for den forvaltning, der modtager gevinsten.`
          : `${outside.length} gevinster har en gevinstejer uden for den forvaltning, der modtager gevinsten (${titles(outside)}).`,
        'Giv ejerskabet til en leder i den modtagende forvaltning, hvor forandringen sker – eller ret den modtagende forvaltning, hvis gevinsten høstes et andet sted.',
      ),
    );
  }
  return findings;
}

/** Whether `departmentId` is `ancestorId` or lies under it in the tree (a cycle in bad data ends the walk). */
function isWithin(departmentId: string, ancestorId: string, parents: Map<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = departmentId; current != null && !seen.has(current); current = parents.get(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
  }
  return false;
}

function fundingPlan(input: FundingRuleInput, benefits: FundingRuleBenefit[]): HealthFinding[] {
  if (input.fundingLines.length === 0) {
    return [
      finding(
        'FIN-2',
        'error',
        'Initiativet har forladt analysefasen, men har ingen finansieringsplan.',
        'Læg en finansieringsplan med beløb pr. år til både anskaffelse, implementering og drift, og angiv kilde og betalende forvaltning, så finansieringen ikke bliver tildelt ad hoc.',
      ),
    ];
  }
  const departments = new Set([input.leadDepartmentId, ...input.involvedDepartmentIds]);
  if (departments.size < 2) return [];

  const years = [...new Set(input.fundingLines.map((line) => line.year))].sort((a, b) => a - b);
  const withoutPayer = years.filter((year) => !input.fundingLines.some((line) => line.year === year && payerOf(line) !== null));
  // The benefit of a year's spending may come that year or later (an investment pays off afterwards). A benefit that is
  // not broken down over time counts for every year: its timing is GEV-1's concern, not the funding plan's.
  const received = benefits.filter((benefit) => benefit.receivingDepartmentId !== null);
  const withoutReceiver = years.filter(
    (year) =>
      !received.some((benefit) => {
        const planned = (benefit.years ?? []).filter((y) => y.planned > 0);
        return planned.length === 0 || planned.some((y) => y.year >= year);
      }),
  );
  if (withoutPayer.length === 0 && withoutReceiver.length === 0) return [];

  const gaps = [
    withoutPayer.length > 0 ? `for ${yearList(withoutPayer)} angiver ingen linje en betalende forvaltning` : null,
    withoutReceiver.length > 0
      ? received.length === 0
        ? `ingen af gevinsterne har en modtagende forvaltning, så for ${yearList(withoutReceiver)} fremgår det ikke, hvem der får gevinsten`
        : `for ${yearList(withoutReceiver)} er der ingen gevinst med en modtagende forvaltning i året eller senere`
      : null,
  ];
  return [
    finding(
      'FIN-2',
      'warning',
      `Initiativet går på tværs af ${departments.size} forvaltninger, men finansieringsplanen er ikke klar mellem dem: ${gaps.filter((gap) => gap !== null).join('; ')}.`,
      'Aftal mellem forvaltningerne, hvem der betaler hvert år, og angiv på gevinsterne, hvilken forvaltning der modtager dem og i hvilke år, så det er tydeligt, hvem der betaler, og hvem der får gevinsten.',
    ),
  ];
}

/** »A«, »B« og »C« */
function titles(benefits: readonly FundingRuleBenefit[]): string {
  return andList(benefits.map((benefit) => `»${benefit.title}«`));
}

/** Sorted years, runs of three or more shortened: [2025, 2026, 2027, 2029] → "2025–2027 og 2029". */
function yearList(years: readonly number[]): string {
  const runs: number[][] = [];
  for (const year of years) {
    const run = runs[runs.length - 1];
    if (run && year === run[run.length - 1] + 1) run.push(year);
    else runs.push([year]);
  }
  return andList(runs.flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run[run.length - 1]}`] : run.map(String))));
}

function andList(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
