import type { HealthTheme } from '../health/health-finding';
import type { HeatMapCell } from './risks';
import type { Phase } from './initiative';

/** Filters of the management overview: every figure and chart honours all of them. */
export interface PortfolioOverviewQuery {
  /** Initiatives led by or involving this department or one below it. */
  departmentId?: string;
  phase?: Phase[];
  /** Initiatives steered by this group or a group below it. */
  steeringGroupId?: string;
  /** Initiatives with a goal serving this strategic goal. */
  strategicGoalId?: string;
  /** Exact technology name (case-insensitive). */
  technology?: string;
  /** The year of the "this year" figures; default: the current year in Denmark. */
  year?: number;
}

export interface PlannedRealised {
  planned: number;
  realised: number;
}

export interface PortfolioOverview {
  query: PortfolioOverviewQuery & { year: number };
  initiatives: number;
  byPhase: { phase: Phase; count: number }[];
  /** The funding plan of the year: all lines, and the confirmed part. */
  budget: { year: number; total: number; confirmed: number; proposed: number };
  /** Quantified benefits: this year and cumulatively up to and including it; DKK and hours never mixed. */
  benefits: {
    year: { dkk: PlannedRealised; hours: PlannedRealised };
    cumulative: { dkk: PlannedRealised; hours: PlannedRealised };
    byYear: { year: number; dkk: PlannedRealised; hours: PlannedRealised }[];
  };
  /** Average goal achievement (%) over goals with a baseline and a latest measurement; null when none. */
  goalAchievement: { averagePct: number | null; goals: number; measuredGoals: number };
  redStatus: number;
  /** Initiatives with at least one failing health rule (error or warning), and with an error. */
  failingHealth: { initiatives: number; withErrors: number };
  openHighRisks: number;
  overdueMeasurements: number;
  missingStatusReports: number;
  /** Funding per paying department and year (stacked chart). */
  fundingByDepartment: { department: { id: string; name: string }; years: { year: number; amount: number }[] }[];
  riskHeatMap: { before: HeatMapCell[]; after: HeatMapCell[] };
  /** Value against risk: one bubble per initiative. */
  valueVsRisk: {
    initiative: { id: string; code: string; title: string; phase: Phase };
    /** The priority score (0–100) when scored, else null. */
    priorityScore: number | null;
    /** Planned quantified DKK benefits, all years. */
    benefitPotential: number;
    /** The highest score (1–25) of its live risks; 0 without any. */
    riskScore: number;
    /** Its whole funding plan, DKK. */
    budget: number;
  }[];
  healthByTheme: { theme: HealthTheme; findings: number; initiatives: number }[];
}

/** The figures whose initiatives a drill-down lists (GET /portfolio/overview/initiatives?figure=…). */
export const OVERVIEW_FIGURES = ['all', 'red_status', 'failing_health', 'open_high_risks', 'overdue_measurements', 'missing_status_reports'] as const;
export type OverviewFigure = (typeof OVERVIEW_FIGURES)[number];

/** An initiative behind a figure and how many of the figure's items it contributes (risks, overdue points, or 1). */
export interface OverviewDrilldownRow {
  initiative: { id: string; code: string; title: string; phase: Phase };
  count: number;
}
