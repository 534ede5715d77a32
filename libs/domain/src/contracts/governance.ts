import type { DecisionBusinessCase } from './business-case';
import type { Phase } from './initiative';
import type { RiskCategory } from './risks';

/** Direktion, forvaltning, projekt: local groups report upward to the directorate (Silkeborg's model). */
export const STEERING_LEVELS = ['directorate', 'department', 'project'] as const;
export type SteeringLevel = (typeof STEERING_LEVELS)[number];

/** The decisions a steering group or the directorate records. */
export const DECISION_KINDS = ['approve_phase', 'continue', 'reprioritise', 'pause', 'stop', 'scale'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Red / amber / green. */
export const RAG_STATUSES = ['green', 'amber', 'red'] as const;
export type Rag = (typeof RAG_STATUSES)[number];

/** The report's dimensions besides the overall status. */
export const REPORT_DIMENSIONS = ['scope', 'time', 'budget', 'benefits', 'risks'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const REPORT_STATUSES = ['draft', 'submitted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How often status reports are due: the review cycle is the calendar month or quarter. */
export const REVIEW_CYCLES = ['month', 'quarter'] as const;
export type ReviewCycle = (typeof REVIEW_CYCLES)[number];

export const REVIEW_STATUSES = ['planned', 'held'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Why an initiative is on a review's agenda. */
export const AGENDA_REASONS = ['gate_request', 'red_status', 'amber_status', 'decision_requested', 'overdue_follow_up', 'added'] as const;
export type AgendaReason = (typeof AGENDA_REASONS)[number];

export const RISK_APPETITES = ['averse', 'cautious', 'open'] as const;
export type RiskAppetite = (typeof RISK_APPETITES)[number];

export const GOVERNANCE_LIMITS = {
  nameMax: 200,
  textMax: 4000,
  membersMax: 50,
  criteriaMin: 1,
  criteriaMax: 10,
  /** Criterion weights are whole percentages that sum to exactly 100. */
  weightTotal: 100,
  /** Scores per criterion: 0 (none) to 5 (very high). */
  scoreMax: 5,
  agendaMax: 100,
} as const;

export interface UserRef {
  id: string;
  name: string;
}

export interface SteeringGroup {
  id: string;
  name: string;
  level: SteeringLevel;
  parentId: string | null;
  chair: UserRef | null;
  members: UserRef[];
  /** Initiatives assigned to the group. */
  initiativeCount: number;
  version: number;
}

export interface SteeringGroupRequest {
  name: string;
  level: SteeringLevel;
  parentId?: string | null;
  chairUserId?: string | null;
  memberUserIds?: string[];
}

/** Who steers an initiative and any pending gate request. */
export interface InitiativeGovernance {
  initiativeId: string;
  phase: Phase;
  steeringGroup: { id: string; name: string; level: SteeringLevel } | null;
  /** The chain of groups from the initiative's group up to the top. */
  chain: { id: string; name: string; level: SteeringLevel }[];
  projectOwner: UserRef | null;
  /** The next phase the project lead asks the gate for, if any. */
  gateRequest: { toPhase: Phase; requestedAt: string; requestedBy: UserRef | null; note: string | null } | null;
  /** The phase a paused initiative returns to when continued. */
  pausedFromPhase: Phase | null;
  version: number;
  can: { manage: boolean; requestGate: boolean; decide: boolean };
}

export interface InitiativeGovernanceRequest {
  version: number;
  steeringGroupId?: string | null;
  projectOwnerUserId?: string | null;
}

export interface GateRequest {
  toPhase: Phase;
  note?: string | null;
}

export interface Decision {
  id: string;
  initiative: { id: string; code: string; title: string };
  kind: DecisionKind;
  fromPhase: Phase;
  toPhase: Phase;
  reason: string | null;
  /** The health findings that were open when a gate was passed anyway (kept with the decision). */
  openFindings: { ruleId: string; message: string }[];
  decidedBy: UserRef | null;
  steeringGroup: { id: string; name: string } | null;
  reviewId: string | null;
  decidedAt: string;
  /**
   * The key figures of the business case frozen with a gate decision (null for other decisions; the whole case is in
   * GET /initiatives/{id}/business-case). Set by the decision log; other views of decisions leave it out.
   */
  businessCase?: DecisionBusinessCase | null;
}

export interface DecisionRequest {
  kind: DecisionKind;
  /** Required for approve_phase (the next phase); ignored otherwise. */
  toPhase?: Phase;
  /** Why; required when passing a gate with open findings, and for pause, stop and reprioritise. */
  reason?: string | null;
  /** Record it as part of a portfolio review. */
  reviewId?: string | null;
}

export interface StatusReportFigures {
  /** Average goal achievement in % over the goals with a measurement, or null. */
  goalAchievementPct: number | null;
  plannedBenefitsDkk: number;
  realisedBenefitsDkk: number;
  plannedHours: number;
  realisedHours: number;
  /** Sum of the funding plan (all years), DKK. */
  budgetDkk: number;
  openHighRisks: number;
  phase: Phase;
}

export interface StatusReport {
  id: string;
  initiativeId: string;
  periodStart: string;
  periodEnd: string;
  overall: Rag;
  dimensions: Record<ReportDimension, Rag>;
  summary: string;
  nextSteps: string | null;
  decisionRequest: string | null;
  status: ReportStatus;
  author: UserRef | null;
  submittedAt: string | null;
  /** Frozen at submission: the key figures then; later edits to the initiative never change them. */
  figures: StatusReportFigures | null;
  version: number;
  can: { edit: boolean };
}

export interface StatusReportRequest {
  periodStart: string;
  periodEnd: string;
  overall: Rag;
  dimensions: Record<ReportDimension, Rag>;
  summary: string;
  nextSteps?: string | null;
  decisionRequest?: string | null;
}

export interface MissingReport {
  initiative: { id: string; code: string; title: string; phase: Phase };
  projectLead: UserRef | null;
  cycleStart: string;
  cycleEnd: string;
}

export interface AgendaItem {
  id: string;
  position: number;
  initiative: { id: string; code: string; title: string; phase: Phase };
  reasons: AgendaReason[];
  /** The latest submitted (frozen) report at the time the agenda was built. */
  report: StatusReport | null;
  decisions: Decision[];
}

export interface PortfolioReview {
  id: string;
  steeringGroup: { id: string; name: string; level: SteeringLevel };
  title: string;
  heldOn: string;
  status: ReviewStatus;
  notes: string | null;
  agenda: AgendaItem[];
  version: number;
  can: { manage: boolean; decide: boolean };
}

export interface PortfolioReviewRequest {
  steeringGroupId: string;
  title: string;
  heldOn: string;
}

export interface PriorityCriterion {
  id: string;
  name: string;
  description: string | null;
  /** Whole percent; all criteria sum to 100. */
  weight: number;
  /** A criterion like risk counts against the priority: a high score lowers it. */
  inverse: boolean;
  position: number;
}

export interface PriorityCriterionRequest {
  /** Keep an existing criterion's id to keep its scores. */
  id?: string;
  name: string;
  description?: string | null;
  weight: number;
  inverse?: boolean;
}

export interface PriorityScores {
  initiativeId: string;
  scores: { criterionId: string; score: number }[];
  /** 0–100, null until every criterion is scored. */
  total: number | null;
  version: number;
}

export interface RankedInitiative {
  rank: number;
  initiative: { id: string; code: string; title: string; phase: Phase };
  score: number;
  /** Funding plan of the selected year(s), DKK. */
  cost: number;
  cumulativeCost: number;
  /** Within the available funding (above the cut-off line). */
  funded: boolean;
}

export interface PrioritisedPortfolio {
  fromYear: number;
  toYear: number;
  available: number;
  items: RankedInitiative[];
  /** Initiatives past idé without a complete score (PRI-1). */
  unscored: { id: string; code: string; title: string }[];
}

export interface RiskAppetiteStatement {
  category: RiskCategory;
  appetite: RiskAppetite;
  statement: string | null;
}
