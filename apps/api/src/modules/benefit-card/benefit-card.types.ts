import type { BenefitUnit, Direction, HealthSeverity, Phase } from '@gevinst/domain';

/**
 * Everything one benefit card (gevinstrealiseringskort) shows, read before any byte of the PDF is written so the
 * layout needs no database. Amounts are numbers in hundredths-exact kroner/units (as the API stores them); dates are
 * YYYY-MM-DD. `map`, `preconditions` and `businessCase` are optional: they come from the benefit map and the business
 * case modules, and a card without them simply leaves their boxes out.
 */
export interface BenefitCard {
  initiative: CardInitiative;
  roles: CardRoles;
  /** All the initiative's goals, in creation order (the layout shows the first few). */
  goals: CardGoal[];
  /** All the initiative's benefits, in creation order. */
  benefits: CardBenefit[];
  /** Open evaluation points, soonest first (overdue ones first of all), at most CARD_LOAD_LIMITS.points. */
  evaluationPoints: CardEvaluationPoint[];
  /** How many open evaluation points there are in all. */
  evaluationPointCount: number;
  /** Health findings of today, errors first. */
  findings: CardFinding[];
  map?: CardMap;
  preconditions?: CardPrecondition[];
  businessCase?: CardBusinessCase;
}

export interface CardInitiative {
  id: string;
  code: string;
  title: string;
  purpose: string;
  description: string | null;
  phase: Phase;
  leadDepartment: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  organisationName: string;
}

/** Names as they are shown; null when the role is not filled. */
export interface CardRoles {
  projectOwner: string | null;
  projectLead: string | null;
  steeringGroup: string | null;
}

export interface CardGoal {
  title: string;
  indicatorName: string;
  unit: string;
  direction: Direction;
  baseline: { value: number; date: string | null } | null;
  /** The three-point target: pessimistic and optimistic are optional, the likely one is the goal's target. */
  target: { pessimistic: number | null; likely: number; optimistic: number | null; date: string };
  latest: { value: number; measuredOn: string } | null;
  /** goalAchievementPercent of the latest measurement against the likely target; null without baseline or measurement. */
  achievementPercent: number | null;
}

export interface CardBenefit {
  title: string;
  quantified: boolean;
  unit: BenefitUnit;
  unitLabel: string | null;
  owner: string | null;
  receivingDepartment: string | null;
  /** The realisation profile, by year ascending. */
  years: { year: number; planned: number; realised: number | null }[];
}

export interface CardEvaluationPoint {
  dueDate: string;
  label: string | null;
  /** The goal or benefit measured. */
  subject: string;
  overdue: boolean;
}

export interface CardFinding {
  ruleId: string;
  severity: HealthSeverity;
  message: string;
}

/** The benefit map in compact form: one line per chain delivery → change → benefit → goal (parts may be missing). */
export interface CardMap {
  chains: { delivery: string | null; change: string | null; benefit: string | null; goal: string | null }[];
}

/** An open precondition (a change of the map that is not done). */
export interface CardPrecondition {
  title: string;
  owner: string | null;
  dueDate: string | null;
}

/** The business case in three figures: net present value per scenario and the payback year of the likely one. */
export interface CardBusinessCase {
  scenarios: { label: string; netPresentValue: number }[];
  paybackYear: number | null;
  discountRate: number;
}

/** Rows read per initiative beyond what any layout level shows, so "+ N flere" can be counted from the data. */
export const CARD_LOAD_LIMITS = { points: 8 } as const;
