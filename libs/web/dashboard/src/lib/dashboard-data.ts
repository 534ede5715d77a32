import {
  HEALTH_THEME_LABELS,
  type HealthTheme,
  PHASES,
  PHASE_LABELS,
  type Phase,
  type PlannedRealised,
  type PortfolioOverview,
} from '@gevinst/domain';
import type { BarGroup, BubblePoint, CategoryDatum, Stack } from '@gevinst/web/charts';

/**
 * Pure shaping of the overview for the key figures and the charts (unit-tested without a browser). The numbers are
 * the API's; nothing is recomputed here but arrangement and the realised share.
 */

export interface PhaseRow {
  phase: Phase;
  label: string;
  count: number;
}

/** Every phase in process order, with 0 for phases the API left out. */
export function phaseRows(byPhase: PortfolioOverview['byPhase']): PhaseRow[] {
  const counts = new Map(byPhase.map((p) => [p.phase, p.count]));
  return PHASES.map((phase) => ({ phase, label: PHASE_LABELS[phase], count: counts.get(phase) ?? 0 }));
}

export function phaseChartData(byPhase: PortfolioOverview['byPhase']): CategoryDatum[] {
  return phaseRows(byPhase).map((row) => ({ label: row.label, value: row.count }));
}

/** Realised as a share of planned (%), null when nothing is planned. */
export function realisedShare(amounts: PlannedRealised): number | null {
  return amounts.planned > 0 ? (amounts.realised / amounts.planned) * 100 : null;
}

export const BENEFIT_SERIES = ['Planlagt', 'Realiseret'] as const;

/** Planned and realised per year in one unit; years with neither are left out. */
export function benefitGroups(byYear: PortfolioOverview['benefits']['byYear'], unit: 'dkk' | 'hours'): BarGroup[] {
  return [...byYear]
    .sort((a, b) => a.year - b.year)
    .filter((y) => y[unit].planned !== 0 || y[unit].realised !== 0)
    .map((y) => ({ label: String(y.year), values: [y[unit].planned, y[unit].realised] }));
}

/** Funding per paying department (stacks) and year (bars): every year any department pays in, ascending. */
export function fundingChart(rows: PortfolioOverview['fundingByDepartment']): { categories: string[]; stacks: Stack[] } {
  const years = [...new Set(rows.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
  const stacks = rows.map((row) => {
    const byYear = new Map(row.years.map((y) => [y.year, y.amount]));
    return { label: row.department.name, values: years.map((year) => byYear.get(year) ?? 0) };
  });
  return { categories: years.map(String), stacks };
}

/**
 * Value against risk, one bubble per initiative (size = budget). An initiative with a priority score is placed on
 * its score; one without on its planned DKK benefit potential — in a chart of its own, so an axis never mixes units.
 */
export function valueVsRiskPoints(rows: PortfolioOverview['valueVsRisk']): { scored: BubblePoint[]; unscored: BubblePoint[] } {
  const point = (row: PortfolioOverview['valueVsRisk'][number], x: number): BubblePoint => ({
    key: row.initiative.id,
    label: `${row.initiative.code} ${row.initiative.title}`,
    x,
    y: row.riskScore,
    size: row.budget,
  });
  const byRisk = (a: BubblePoint, b: BubblePoint) => b.y - a.y || b.x - a.x || a.label.localeCompare(b.label, 'da');
  return {
    scored: rows.filter((r) => r.priorityScore !== null).map((r) => point(r, r.priorityScore as number)).sort(byRisk),
    unscored: rows.filter((r) => r.priorityScore === null).map((r) => point(r, r.benefitPotential)).sort(byRisk),
  };
}

const THEME_ORDER = Object.keys(HEALTH_THEME_LABELS) as HealthTheme[];

/** Health findings per theme of the guide, in the catalogue's order; themes without findings left out. */
export function themeChartData(rows: PortfolioOverview['healthByTheme']): CategoryDatum[] {
  const byTheme = new Map(rows.map((r) => [r.theme, r.findings]));
  return THEME_ORDER.filter((theme) => (byTheme.get(theme) ?? 0) > 0).map((theme) => ({
    label: HEALTH_THEME_LABELS[theme],
    value: byTheme.get(theme) as number,
  }));
}

const wholeNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const kroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });

/** "1.234" */
export const formatCount = (value: number): string => wholeNumber.format(value);
/** "1.250.000 kr." in whole kroner. */
export const formatKroner = (value: number): string => kroner.format(Math.round(value));
/** "1.250,5 timer", "1 time". */
export const formatHours = (value: number): string => `${oneDecimal.format(value)} ${value === 1 ? 'time' : 'timer'}`;
/** "42,5 %"; "–" when there is no share. */
export const formatPercent = (value: number | null): string => (value === null ? '–' : `${oneDecimal.format(value)}\u00a0%`);
