import type { AdviceThemeId } from '../advice/advice-catalogue';
import type { Phase, SizeClass } from '../contracts/initiative';

/**
 * Shared shapes of the health check (sundhedstjek): every rule family (risks now, goals, benefits, governance… later)
 * yields HealthFindings and describes its rules with HealthRule entries, so the engine and the UI treat them alike.
 */

/** The guide's theme a rule cites: an id of the advice catalogue (ADVICE_THEME_IDS, e.g. 'risikovurdering'). */
export type HealthTheme = AdviceThemeId;

/** error: the advice is clearly not followed; warning: something to look at. */
export type HealthSeverity = 'warning' | 'error';

export interface HealthFinding {
  /** Stable rule id from DESIGN §6 (e.g. RISK-1), so findings can be tracked over time. */
  ruleId: string;
  theme: HealthTheme;
  severity: HealthSeverity;
  /** Danish: what is wrong. */
  message: string;
  /** Danish: what to do about it. */
  advice: string;
  /** The risks the finding is about (risk rules only). */
  riskIds?: string[];
  /** The advice in the catalogue the finding cites (set by the health engine from RULE_ADVICE). */
  adviceId?: string;
}

/** The lifecycle phases the rules are ordered by ("from" in DESIGN §6). */
export const HEALTH_PHASES = ['idea', 'analysis', 'implementation', 'realisation'] as const;
export type HealthPhase = (typeof HEALTH_PHASES)[number];

/** A rule in a family's catalogue, for the UI's list of rules. */
export interface HealthRule {
  id: string;
  theme: HealthTheme;
  /** Danish: the advice, in short. */
  title: string;
  /** The phase from which the rule applies. */
  fromPhase: HealthPhase;
  /** Small initiatives skip the rule (★ in DESIGN §6). */
  largeOnly: boolean;
  /** The advice in the catalogue the rule comes from (set in the health engine's HEALTH_RULES). */
  adviceId?: string;
}

/**
 * The lifecycle phase rules are evaluated in: closed and stopped initiatives are not checked (null); a paused
 * initiative does not record the phase it was paused in, so it is checked as if in implementation.
 */
export function healthPhaseOf(phase: Phase): HealthPhase | null {
  switch (phase) {
    case 'closed':
    case 'stopped':
      return null;
    case 'paused':
      return 'implementation';
    default:
      return phase;
  }
}

/** Whether a rule applies to an initiative in `phase` (a health phase) of `sizeClass`. */
export const ruleApplies = (rule: Pick<HealthRule, 'fromPhase' | 'largeOnly'>, phase: HealthPhase, sizeClass: SizeClass): boolean =>
  HEALTH_PHASES.indexOf(phase) >= HEALTH_PHASES.indexOf(rule.fromPhase) && !(rule.largeOnly && sizeClass === 'small');

/** A rule family's catalogue with what it finds in one initiative (GET …/risk-findings, …/funding-findings). */
export interface RuleFindings {
  rules: readonly HealthRule[];
  findings: HealthFinding[];
}
