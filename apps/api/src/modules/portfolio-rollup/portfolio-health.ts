import { HEALTH_RULES, PORTFOLIO_HEALTH_WORST_MAX } from '@gevinst/domain';
import type { HealthFinding, HealthTheme, PortfolioHealth } from '@gevinst/domain';
import type { HealthInitiativeRef } from '../health-check/health-snapshot.loader';

/** What the portfolio views need of a finding (and all initiative_rollup keeps). */
export type HealthFindingBrief = Pick<HealthFinding, 'ruleId' | 'theme' | 'severity'>;

type ThemeCount = PortfolioHealth['byTheme'][number];

/** Themes with the most findings first; ties by more initiatives, then by name. */
export function sortThemeCounts(rows: readonly ThemeCount[]): ThemeCount[] {
  return [...rows].sort((a, b) => b.findings - a.findings || b.initiatives - a.initiatives || a.theme.localeCompare(b.theme));
}

interface Tally {
  findings: number;
  initiatives: Set<string>;
}

const TITLES = new Map(HEALTH_RULES.map((rule) => [rule.id, rule.title]));
const ORDER = new Map(HEALTH_RULES.map((rule, index) => [rule.id, index]));

/**
 * The portfolio view of the health check: findings and affected initiatives per theme and per rule (most findings
 * first; ties by more initiatives, then catalogue order), and the initiatives with the most errors, then warnings.
 */
export function summarisePortfolioHealth(checked: ReadonlyArray<{ initiative: HealthInitiativeRef; findings: readonly HealthFindingBrief[] }>): PortfolioHealth {
  const themes = new Map<HealthTheme, Tally>();
  const rules = new Map<string, Tally>();
  const count = <K>(tallies: Map<K, Tally>, key: K, initiativeId: string) => {
    const tally = tallies.get(key) ?? { findings: 0, initiatives: new Set<string>() };
    tally.findings += 1;
    tally.initiatives.add(initiativeId);
    tallies.set(key, tally);
  };
  const worst: PortfolioHealth['worst'] = [];
  for (const { initiative, findings } of checked) {
    for (const finding of findings) {
      count(themes, finding.theme, initiative.id);
      count(rules, finding.ruleId, initiative.id);
    }
    if (findings.length > 0) {
      const errors = findings.filter((finding) => finding.severity === 'error').length;
      worst.push({ initiative, errors, warnings: findings.length - errors });
    }
  }
  const most = (a: Tally, b: Tally) => b.findings - a.findings || b.initiatives.size - a.initiatives.size;
  return {
    initiatives: checked.length,
    byTheme: sortThemeCounts([...themes].map(([theme, tally]) => ({ theme, findings: tally.findings, initiatives: tally.initiatives.size }))),
    byRule: [...rules]
      .sort(([idA, a], [idB, b]) => most(a, b) || (ORDER.get(idA) ?? 0) - (ORDER.get(idB) ?? 0))
      .map(([ruleId, tally]) => ({ ruleId, title: TITLES.get(ruleId) ?? ruleId, findings: tally.findings, initiatives: tally.initiatives.size })),
    worst: worst
      .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.initiative.code.localeCompare(b.initiative.code))
      .slice(0, PORTFOLIO_HEALTH_WORST_MAX),
  };
}
