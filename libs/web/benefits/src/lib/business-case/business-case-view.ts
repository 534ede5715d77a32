/**
 * What "Simpel business case" on the initiative page shows, shaped from GET /initiatives/{id}/business-case: key figures
 * per scenario, the cumulative cash per year (the chart and its table), "som godkendt" beside "nu", the open
 * preconditions and the settings used. Pure (no Angular), so every text is unit-tested without a browser; the API's
 * libs/domain `businessCase` computed every figure, this file only formats and arranges them.
 */
import {
  type BusinessCase,
  type BusinessCaseFigures,
  type BusinessCasePrecondition,
  type BusinessCaseScenario,
  type BusinessCaseSettingsUsed,
  PHASE_LABELS,
  SCENARIOS,
  type Scenario,
  danishDay,
} from '@gevinst/domain';
import { formatNumber } from '../shared/danish-number';

export const SCENARIO_LABELS: Record<Scenario, string> = {
  pessimistic: 'Pessimistisk',
  likely: 'Forventet',
  optimistic: 'Optimistisk',
};

/** The chart draws pessimistic dashed and optimistic dotted, so the lines differ by more than colour. */
export const SCENARIO_PATTERNS: Record<Scenario, 'solid' | 'dashed' | 'dotted'> = {
  pessimistic: 'dashed',
  likely: 'solid',
  optimistic: 'dotted',
};

const NO_PAYBACK = 'Ikke inden for horisonten';
const NO_RATE = 'ingen timepris sat';

/** Whole kroner for reading, with a non-breaking space: "1.250.000 kr.", "-75.000 kr." (never "-0 kr."). */
export function formatKroner(value: number): string {
  return `${formatNumber(Math.round(value) + 0)}\u00a0kr.`;
}

/** A difference in whole kroner with its sign: "+19.323 kr.", "-5.015 kr.", "0 kr.". */
export function formatKronerChange(value: number): string {
  const rounded = Math.round(value) + 0;
  return rounded > 0 ? `+${formatKroner(rounded)}` : formatKroner(rounded);
}

/** "1 time", "1.250 timer", "7,5 timer". */
export function formatHours(value: number): string {
  return `${formatNumber(value)} ${value === 1 ? 'time' : 'timer'}`;
}

/** A calendar day 'YYYY-MM-DD' as dd.MM.yyyy. */
export function formatDay(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

/** A moment (ISO timestamp) as its Danish calendar day, dd.MM.yyyy. */
export function formatMomentDay(at: string): string {
  return formatDay(danishDay(new Date(at)));
}

/** "Diskonteringsrente 3,5 % · horisont 10 år (2026–2035) · timepris 450 kr." */
export function settingsLine(settings: BusinessCaseSettingsUsed): string {
  const rate = `${formatNumber(Math.round(settings.discountRate * 10000) / 100)} %`;
  const span = settings.lastYear > settings.baseYear ? `${settings.baseYear}–${settings.lastYear}` : `${settings.baseYear}`;
  const hourly = settings.hourlyRateDkk === null ? NO_RATE : `timepris ${formatNumber(settings.hourlyRateDkk)}\u00a0kr.`;
  return `Diskonteringsrente ${rate} · horisont ${settings.horizonYears} år (${span}) · ${hourly}`;
}

/** The scenarios in their fixed order (pessimistic, likely, optimistic), whatever order they arrive in. */
export function orderedScenarios(figures: Pick<BusinessCaseFigures, 'scenarios'>): BusinessCaseScenario[] {
  return SCENARIOS.map((name) => figures.scenarios.find((s) => s.scenario === name)).filter((s): s is BusinessCaseScenario => s !== undefined);
}

/** Nothing to calculate: no cost and no counted benefit in any scenario. */
export function isEmptyCase(figures: Pick<BusinessCaseFigures, 'scenarios'>): boolean {
  return figures.scenarios.every(({ totals }) => totals.costs === 0 && totals.cashBenefits === 0 && totals.disBenefits === 0 && totals.freedHours === 0);
}

export interface ScenarioKeyFigures {
  scenario: Scenario;
  label: string;
  npv: string;
  payback: string;
  /** Present value of the freed time: apart from cash, or "ingen timepris sat". */
  freedValue: string;
  freedHours: string;
}

export function keyFigures(figures: Pick<BusinessCaseFigures, 'scenarios'>): ScenarioKeyFigures[] {
  return orderedScenarios(figures).map((s) => ({
    scenario: s.scenario,
    label: SCENARIO_LABELS[s.scenario],
    npv: formatKroner(s.npv),
    payback: s.paybackYear === null ? NO_PAYBACK : String(s.paybackYear),
    freedValue: s.freedHoursValueNpv === null ? NO_RATE : formatKroner(s.freedHoursValueNpv),
    freedHours: formatHours(s.totals.freedHours),
  }));
}

/** What the chart and its table draw: one group per year, the cumulative cash of each scenario in SCENARIOS order. */
export interface CumulativeCurve {
  seriesNames: string[];
  patterns: ('solid' | 'dashed' | 'dotted')[];
  groups: { label: string; values: number[] }[];
}

export function cumulativeCurve(figures: Pick<BusinessCaseFigures, 'scenarios'>): CumulativeCurve {
  const scenarios = orderedScenarios(figures);
  const years = scenarios[0]?.years.map((y) => y.year) ?? [];
  return {
    seriesNames: scenarios.map((s) => SCENARIO_LABELS[s.scenario]),
    patterns: scenarios.map((s) => SCENARIO_PATTERNS[s.scenario]),
    groups: years.map((year) => ({
      label: String(year),
      values: scenarios.map((s) => s.years.find((y) => y.year === year)?.cumulative ?? 0),
    })),
  };
}

/** The chart's description: what it shows and where each line ends, so the picture is never the only carrier. */
export function curveSummary(figures: Pick<BusinessCaseFigures, 'scenarios' | 'settings'>): string {
  const { baseYear, lastYear } = figures.settings;
  const scenarios = orderedScenarios(figures);
  const ends = scenarios
    .map((s) => `${SCENARIO_LABELS[s.scenario].toLowerCase()} ${formatKroner(s.years.at(-1)?.cumulative ?? 0)}`)
    .join(', ');
  const paybacks = scenarios
    .map((s) => `${SCENARIO_LABELS[s.scenario].toLowerCase()} ${s.paybackYear ?? 'ikke inden for horisonten'}`)
    .join(', ');
  const span = lastYear > baseYear ? `${baseYear}–${lastYear}` : `${baseYear}`;
  return (
    `Kontante omkostninger og gevinster lagt sammen år for år, ${span}, uden værdien af frigjort tid. ` +
    // The last amount ends in "kr.", which ends the sentence too.
    `Tilbagebetalt: ${paybacks}. Ved horisontens slutning: ${ends}`
  );
}

export interface BaselineRow {
  label: string;
  approved: string;
  now: string;
  difference: string;
}

export interface BaselineComparison {
  /** "Godkendt ved fasegangen Idé → Analyse den 05.03.2026" */
  gate: string;
  rows: BaselineRow[];
}

/** "Som godkendt" beside "Nu": the NPV frozen at the latest gate, the current one and the change; null before a gate. */
export function baselineComparison(businessCase: Pick<BusinessCase, 'scenarios' | 'baseline'>): BaselineComparison | null {
  const baseline = businessCase.baseline;
  if (!baseline) return null;
  const approved = orderedScenarios(baseline);
  const rows = orderedScenarios(businessCase).map((now): BaselineRow => {
    const then = approved.find((s) => s.scenario === now.scenario);
    return {
      label: SCENARIO_LABELS[now.scenario],
      approved: then ? formatKroner(then.npv) : 'Ikke beregnet',
      now: formatKroner(now.npv),
      difference: then ? formatKronerChange(Math.round(now.npv) - Math.round(then.npv)) : '',
    };
  });
  const gate = `Godkendt ved fasegangen ${PHASE_LABELS[baseline.fromPhase]} → ${PHASE_LABELS[baseline.toPhase]} den ${formatMomentDay(baseline.decidedAt)}`;
  return { gate, rows };
}

export interface PreconditionRow {
  key: string;
  title: string;
  due: string;
  status: string;
  overdue: boolean;
  /** "Fører til: Færre fejl i bogføringen" or ''. */
  leadsTo: string;
}

export interface OpenPreconditions {
  shown: PreconditionRow[];
  /** Open ones beyond the shown. */
  more: number;
  /** The map's changes already done (not listed). */
  done: number;
}

/**
 * The open preconditions, the most pressing first: the map's changes not yet done by due date (none last), then the
 * benefits' own precondition texts (the same text on several benefits once). At most `max` are listed.
 */
export function openPreconditions(preconditions: readonly BusinessCasePrecondition[], today: string, max = 5): OpenPreconditions {
  const changes = preconditions
    .filter((p) => p.nodeId !== null && p.status !== 'done')
    .sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31'));
  const texts = new Map<string, BusinessCasePrecondition>();
  for (const p of preconditions.filter((p) => p.nodeId === null)) {
    const key = p.title.trim();
    const seen = texts.get(key);
    if (!seen) texts.set(key, { ...p, title: key, benefits: [...p.benefits] });
    else for (const b of p.benefits) if (!seen.benefits.some((s) => s.id === b.id)) seen.benefits.push(b);
  }
  const rows = [...changes, ...texts.values()].map((p, i): PreconditionRow => {
    const overdue = p.nodeId !== null && p.dueDate !== null && p.dueDate < today;
    return {
      key: p.nodeId ?? `text-${i}`,
      title: p.title,
      due: p.dueDate ? `Frist ${formatDay(p.dueDate)}` : 'Ingen frist',
      status: p.nodeId === null ? 'Beskrevet på gevinsten' : overdue ? 'Åben, fristen er overskredet' : 'Åben',
      overdue,
      leadsTo: p.benefits.length > 0 ? `Fører til: ${p.benefits.map((b) => b.title).join(', ')}` : '',
    };
  });
  return {
    shown: rows.slice(0, max),
    more: Math.max(0, rows.length - max),
    done: preconditions.filter((p) => p.nodeId !== null && p.status === 'done').length,
  };
}

/** What the figures leave out, in words: years past the horizon, benefits described in words or in another unit. */
export function leftOutNotes(figures: Pick<BusinessCaseFigures, 'yearsOutsideHorizon' | 'notInFigures'>): string[] {
  const notes: string[] = [];
  const years = figures.yearsOutsideHorizon;
  if (years.length > 0) {
    const list = years.length === 1 ? String(years[0]) : `${years.slice(0, -1).join(', ')} og ${years.at(-1)}`;
    notes.push(`Beløb i ${list} ligger uden for horisonten og indgår ikke.`);
  }
  const { qualitative, otherUnit } = figures.notInFigures;
  const benefits = (n: number) => (n === 1 ? '1 gevinst' : `${n} gevinster`);
  if (qualitative > 0) notes.push(`${benefits(qualitative)} beskrevet i ord indgår ikke i tallene.`);
  if (otherUnit > 0) notes.push(`${benefits(otherUnit)} i en anden enhed end kroner og timer indgår ikke i tallene.`);
  return notes;
}
