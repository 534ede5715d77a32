import { overdueEvaluationPoints } from '../benefits/evaluation-points';
import type { MeasurementKind } from '../contracts/benefits';
import type { Phase, SizeClass } from '../contracts/initiative';
import { healthPhaseOf, ruleApplies } from './health-finding';
import type { HealthFinding, HealthRule } from './health-finding';
import { andList, byTitle, danishDate, hasText, quotedTitles } from './health-text';

/**
 * The benefit rules of the health check (DESIGN §6, theme gevinstrealisering). Ids are stable.
 *
 * GEV-4 "measure before and after": from gennemførelse every goal has a baseline (its baseline value or a 'before'
 * measurement) and every quantified benefit a 'before' measurement. GEV-5: from realisering the initiative has
 * evaluation points, and none is overdue.
 */
export const BENEFIT_RULES: readonly HealthRule[] = [
  { id: 'GEV-1', theme: 'gevinstrealisering', title: 'Bryd gevinsterne ned over tid', fromPhase: 'analysis', largeOnly: false },
  { id: 'GEV-2', theme: 'gevinstrealisering', title: 'Beskriv ikke-kvantificerbare gevinster i tekst, og hold dem ude af summerne', fromPhase: 'analysis', largeOnly: false },
  { id: 'GEV-3', theme: 'gevinstrealisering', title: 'Fokusér på forudsætningerne for gevinsterne', fromPhase: 'analysis', largeOnly: true },
  { id: 'GEV-4', theme: 'gevinstrealisering', title: 'Mål før og efter', fromPhase: 'implementation', largeOnly: false },
  { id: 'GEV-5', theme: 'gevinstrealisering', title: 'Sæt evalueringspunkter, og brug dem', fromPhase: 'realisation', largeOnly: false },
];

/** A benefit as the rules read it: the `Benefit` contract and a benefit row both fit. */
export interface BenefitRuleBenefit {
  id: string;
  title: string;
  quantified: boolean;
  description: string | null;
  preconditions: string | null;
  /** The realisation profile; left out or empty when the benefit is not broken down over time. */
  years?: ReadonlyArray<{ year: number; planned: number }>;
}

export interface BenefitRuleGoal {
  id: string;
  title: string;
  baselineValue: number | null;
}

/** A measurement (or several of the same kind: only the target and the kind matter). */
export interface BenefitRuleMeasurement {
  goalId: string | null;
  benefitId: string | null;
  kind: MeasurementKind;
}

export interface BenefitRuleEvaluationPoint {
  /** YYYY-MM-DD */
  dueDate: string;
  /** When a measurement fulfilled the point, or null while open. */
  measuredOn: string | null;
}

export interface BenefitRuleInput {
  phase: Phase;
  sizeClass: SizeClass;
  goals: readonly BenefitRuleGoal[];
  benefits: readonly BenefitRuleBenefit[];
  measurements: readonly BenefitRuleMeasurement[];
  /** Every evaluation point of the initiative's goals and benefits. */
  evaluationPoints: readonly BenefitRuleEvaluationPoint[];
}

/** The findings of the benefit rules for one initiative on `today` (YYYY-MM-DD), in catalogue order. */
export function evaluateBenefitRules(input: BenefitRuleInput, today: string): HealthFinding[] {
  const phase = healthPhaseOf(input.phase);
  if (phase === null) return [];
  const benefits = byTitle(input.benefits);
  const checks: Record<string, () => HealthFinding[]> = {
    'GEV-1': () => brokenDownOverTime(benefits),
    'GEV-2': () => describedInText(benefits),
    'GEV-3': () => preconditions(benefits),
    'GEV-4': () => baselines(byTitle(input.goals), benefits, input.measurements),
    'GEV-5': () => evaluationPoints(input.evaluationPoints, today),
  };
  return BENEFIT_RULES.filter((rule) => ruleApplies(rule, phase, input.sizeClass)).flatMap((rule) => checks[rule.id]());
}

/** A profile with at least one year that plans an amount. */
export const hasYearlyProfile = (benefit: BenefitRuleBenefit): boolean => (benefit.years ?? []).some((year) => year.planned !== 0);

function finding(ruleId: string, severity: HealthFinding['severity'], message: string, advice: string): HealthFinding {
  return { ruleId, theme: 'gevinstrealisering', severity, message, advice };
}

function brokenDownOverTime(benefits: BenefitRuleBenefit[]): HealthFinding[] {
  const flat = benefits.filter((benefit) => benefit.quantified && !hasYearlyProfile(benefit));
  if (flat.length === 0) return [];
  return [
    finding(
      'GEV-1',
      'warning',
      flat.length === 1
        ? `Den kvantificerede gevinst ${quotedTitles(flat)} er ikke brudt ned på år.`
        : `${flat.length} kvantificerede gevinster er ikke brudt ned på år (${quotedTitles(flat)}).`,
      'Læg en realiseringsprofil med det planlagte beløb eller antal timer for hvert år, så gevinsterne kan følges op og indarbejdes i budgettet i takt med, at de høstes.',
    ),
  ];
}

function describedInText(benefits: BenefitRuleBenefit[]): HealthFinding[] {
  const bare = benefits.filter((benefit) => !benefit.quantified && !hasText(benefit.description));
  if (bare.length === 0) return [];
  return [
    finding(
      'GEV-2',
      'warning',
      bare.length === 1
        ? `Den ikke-kvantificerede gevinst ${quotedTitles(bare)} har ingen beskrivelse.`
        : `${bare.length} ikke-kvantificerede gevinster har ingen beskrivelse (${quotedTitles(bare)}).`,
      'Beskriv i tekst, hvad gevinsten består i, og hvordan den kan ses – fx bedre kvalitet eller borgeroplevelse. Den tælles ikke med i summerne.',
    ),
  ];
}

function preconditions(benefits: BenefitRuleBenefit[]): HealthFinding[] {
  const missing = benefits.filter((benefit) => !hasText(benefit.preconditions));
  if (missing.length === 0) return [];
  return [
    finding(
      'GEV-3',
      'warning',
      missing.length === 1 ? `Gevinsten ${quotedTitles(missing)} har ingen forudsætninger.` : `${missing.length} gevinster har ingen forudsætninger (${quotedTitles(missing)}).`,
      'Beskriv, hvad der skal være på plads, før gevinsten kan høstes – fx nye arbejdsgange, kompetencer eller en integration – og følg op på, at det sker.',
    ),
  ];
}

function baselines(goals: BenefitRuleGoal[], benefits: BenefitRuleBenefit[], measurements: readonly BenefitRuleMeasurement[]): HealthFinding[] {
  const before = measurements.filter((measurement) => measurement.kind === 'before');
  const goalsMeasured = new Set(before.map((measurement) => measurement.goalId).filter((id) => id !== null));
  const benefitsMeasured = new Set(before.map((measurement) => measurement.benefitId).filter((id) => id !== null));
  const missing = [
    ...goals.filter((goal) => goal.baselineValue === null && !goalsMeasured.has(goal.id)).map((goal) => ({ title: `mål ${quotedTitles([goal])}` })),
    ...benefits.filter((benefit) => benefit.quantified && !benefitsMeasured.has(benefit.id)).map((benefit) => ({ title: `gevinst ${quotedTitles([benefit])}` })),
  ];
  if (missing.length === 0) return [];
  const names = missing.map((item) => item.title);
  return [
    finding(
      'GEV-4',
      'error',
      missing.length === 1
        ? `Der er ingen før-måling (baseline) for ${names[0]}, selvom initiativet er gået i gang med gennemførelsen.`
        : `Der er ingen før-måling (baseline) for ${missing.length} mål og gevinster (${names.length <= 5 ? andList(names) : `${names.slice(0, 5).join(', ')} og ${names.length - 5} flere`}).`,
      'Mål udgangspunktet nu og registrér det som en før-måling (eller som målets baseline); uden det kan ingen senere vise, hvad initiativet har ændret.',
    ),
  ];
}

function evaluationPoints(points: readonly BenefitRuleEvaluationPoint[], today: string): HealthFinding[] {
  if (points.length === 0) {
    return [
      finding(
        'GEV-5',
        'error',
        'Initiativet er i drift, men har ingen evalueringspunkter for sine mål og gevinster.',
        'Planlæg evalueringspunkter – datoer, hvor gevinstejeren måler indikatoren – så det bliver synligt, om gevinsterne høstes, også efter projektet er lukket.',
      ),
    ];
  }
  const overdue = overdueEvaluationPoints(points, today).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  if (overdue.length === 0) return [];
  return [
    finding(
      'GEV-5',
      'warning',
      overdue.length === 1
        ? `Et evalueringspunkt med frist ${danishDate(overdue[0].dueDate)} er ikke målt.`
        : `${overdue.length} evalueringspunkter er ikke målt til tiden (det ældste havde frist ${danishDate(overdue[0].dueDate)}).`,
      'Få gevinstejeren til at registrere målingen nu, eller aftal en ny dato, hvis målingen med god grund må vente.',
    ),
  ];
}
