import type { HealthFinding, HealthRule, HealthTheme } from '../health/health-finding';
import type { Phase } from './initiative';

/** GET /initiatives/{id}/health: the rules that apply to the initiative now, and what they find. */
export interface InitiativeHealth {
  rules: HealthRule[];
  findings: HealthFinding[];
}

/** GET /health-check/portfolio filters. */
export interface PortfolioHealthQuery {
  /** Lead or involved department, with its sub-departments. */
  departmentId?: string;
  /** One or more phases (repeat or comma-separate). */
  phase?: Phase[];
}

export interface PortfolioHealthTheme {
  theme: HealthTheme;
  /** Findings citing the theme. */
  findings: number;
  /** Initiatives with at least one such finding. */
  initiatives: number;
}

export interface PortfolioHealthRule {
  ruleId: string;
  title: string;
  findings: number;
  initiatives: number;
}

export interface PortfolioHealthInitiative {
  initiative: { id: string; code: string; title: string; phase: Phase };
  errors: number;
  warnings: number;
}

/**
 * GET /health-check/portfolio: which themes and rules fail most across the (filtered, not archived) portfolio, and the
 * initiatives with the most findings. Only themes and rules with findings are listed, most findings first.
 */
export interface PortfolioHealth {
  /** Initiatives checked (those in scope). */
  initiatives: number;
  byTheme: PortfolioHealthTheme[];
  byRule: PortfolioHealthRule[];
  /** At most 20, most errors first, then most warnings; only initiatives with findings. */
  worst: PortfolioHealthInitiative[];
}

export const PORTFOLIO_HEALTH_WORST_MAX = 20;
