import type { BenefitTotal, BenefitUnit } from '../benefits/benefit-totals';
import type { Direction } from '../benefits/goal-achievement';

/** Benefit types: økonomisk (DKK), frigjort tid (hours), kvalitet, borgeroplevelse, andet. */
export const BENEFIT_TYPES = ['economic', 'time', 'quality', 'citizen_experience', 'other'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const BENEFIT_STATUSES = ['planned', 'in_progress', 'realised', 'not_realised'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

/** Før / undervejs / efter. */
export const MEASUREMENT_KINDS = ['before', 'during', 'after'] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

/** Field limits shared by the API's validation and the web forms. */
export const BENEFIT_LIMITS = {
  titleMax: 200,
  textMax: 4000,
  unitMax: 40,
  urlMax: 2000,
  /** Years of a realisation profile. */
  yearMin: 2000,
  yearMax: 2100,
  yearsMax: 30,
  /** Amounts and indicator values stay well inside what a double represents exactly to the hundredth. */
  valueMax: 1e12,
  scheduleCountMax: 40,
} as const;

export interface StrategicGoal {
  id: string;
  title: string;
  description: string | null;
  version: number;
}

export interface StrategicGoalRequest {
  title: string;
  description?: string | null;
}

export interface MeasurementRef {
  id: string;
  measuredOn: string;
  value: number;
}

export interface Goal {
  id: string;
  initiativeId: string;
  title: string;
  indicatorName: string;
  unit: string;
  direction: Direction;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number;
  targetDate: string;
  pessimisticTarget: number | null;
  optimisticTarget: number | null;
  strategicGoalId: string | null;
  sideEffects: string | null;
  sideEffectsConsidered: boolean;
  version: number;
  can: { manage: boolean; record: boolean };
}

export interface GoalRequest {
  title: string;
  indicatorName: string;
  unit: string;
  direction: Direction;
  baselineValue?: number | null;
  baselineDate?: string | null;
  targetValue: number;
  targetDate: string;
  pessimisticTarget?: number | null;
  optimisticTarget?: number | null;
  strategicGoalId?: string | null;
  sideEffects?: string | null;
  sideEffectsConsidered?: boolean;
}

export interface BenefitYear {
  year: number;
  planned: number;
  /** Null until something has been realised (or recorded) for the year. */
  realised: number | null;
  /**
   * The business case's pessimistic and optimistic figures of the year (low ≤ planned ≤ high; for a dis-benefit the
   * smaller and the larger harm); null: the scenarios use the planned figure. Always in the API's answers; left out
   * of a PUT: kept as stored.
   */
  plannedLow?: number | null;
  plannedHigh?: number | null;
}

export interface Benefit {
  id: string;
  initiativeId: string;
  goalId: string | null;
  title: string;
  description: string | null;
  type: BenefitType;
  quantified: boolean;
  /** A dis-benefit (ulempe): counted against the benefits of its unit, and named apart in every total. */
  disBenefit: boolean;
  unit: BenefitUnit;
  /** The unit's name when unit is 'other'. */
  unitLabel: string | null;
  owner: { id: string; name: string } | null;
  receivingDepartmentId: string | null;
  preconditions: string | null;
  measurementMethod: string | null;
  inBudget: boolean;
  status: BenefitStatus;
  years: BenefitYear[];
  version: number;
  can: { manage: boolean; record: boolean };
}

export interface BenefitRequest {
  title: string;
  description?: string | null;
  type: BenefitType;
  quantified: boolean;
  /** false when left out. */
  disBenefit?: boolean;
  /** Required when quantified; a qualitative benefit without one gets the unit its type implies. */
  unit?: BenefitUnit;
  unitLabel?: string | null;
  goalId?: string | null;
  ownerUserId?: string | null;
  receivingDepartmentId?: string | null;
  preconditions?: string | null;
  measurementMethod?: string | null;
  inBudget?: boolean;
  status?: BenefitStatus;
  years?: BenefitYear[];
}

export interface BenefitYearsRequest {
  version: number;
  years: BenefitYear[];
}

/** The inputs of a time study, stored with the measurement so anyone can see how the hours came about. */
export interface TimeStudyRecord {
  minutesBefore: number;
  minutesAfter: number;
  casesPerYear: number;
  hourlyRate: number | null;
  hoursPerYear: number;
  dkkPerYear: number | null;
}

export interface Measurement {
  id: string;
  goalId: string | null;
  benefitId: string | null;
  kind: MeasurementKind;
  measuredOn: string;
  value: number;
  comment: string | null;
  evidenceUrl: string | null;
  timeStudy: TimeStudyRecord | null;
  recordedBy: { id: string; name: string } | null;
  recordedAt: string;
}

export interface MeasurementRequest {
  kind: MeasurementKind;
  measuredOn: string;
  /** The indicator's value; or send timeStudy (hour benefits only) and the value is its hours per year. */
  value?: number;
  timeStudy?: { minutesBefore: number; minutesAfter: number; casesPerYear: number; hourlyRate?: number };
  /** Optional check: must equal the indicator's unit. */
  unit?: string;
  comment?: string | null;
  evidenceUrl?: string | null;
  /** The evaluation point this measurement fulfils; default: the earliest open one due by measuredOn. */
  evaluationPointId?: string;
}

export interface EvaluationPointView {
  id: string;
  goalId: string | null;
  benefitId: string | null;
  dueDate: string;
  label: string | null;
  measurementId: string | null;
  measuredOn: string | null;
  overdue: boolean;
}

export interface EvaluationPointRequest {
  dueDate: string;
  label?: string | null;
}

/** PATCH of an open evaluation point: only what is sent changes. */
export interface EvaluationPointUpdate {
  dueDate?: string;
  label?: string | null;
}

export interface EvaluationScheduleRequest {
  /** The series starts one interval after this date. */
  start: string;
  monthsApart: number;
  count: number;
  label?: string | null;
}

/** One row of "Mine gevinster". */
export interface MyBenefit {
  id: string;
  title: string;
  type: BenefitType;
  unit: BenefitUnit;
  unitLabel: string | null;
  status: BenefitStatus;
  initiative: { id: string; code: string; title: string };
  latestMeasurement: MeasurementRef | null;
  openPoints: { id: string; dueDate: string; label: string | null; overdue: boolean }[];
  overdueCount: number;
}

export interface GoalProgress {
  goal: Goal;
  latestMeasurement: MeasurementRef | null;
  /** Raw, also above 100 or below 0; null without a baseline or a measurement. */
  achievementPercent: number | null;
}

export interface BenefitSummaryTotal extends BenefitTotal {
  /** Set for unit 'other': such benefits are summed per label, never with each other. */
  unitLabel: string | null;
}

export interface BenefitSummary {
  goals: GoalProgress[];
  totals: BenefitSummaryTotal[];
  /** Benefits described in words only: never in a total. */
  nonQuantifiedCount: number;
}
