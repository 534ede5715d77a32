import type { BusinessCaseFigures, Scenario } from '../business-case/business-case';
import type { MapChangeStatus } from './benefit-map';
import type { Phase } from './initiative';

/** A precondition the case rests on: a change (forudsætning) of the benefit map, or a benefit's own precondition text. */
export interface BusinessCasePrecondition {
  /** The map's change node; null for a benefit's precondition text. */
  nodeId: string | null;
  title: string;
  status: MapChangeStatus | null;
  dueDate: string | null;
  /** The benefits it leads to (directly or through other changes). */
  benefits: { id: string; title: string }[];
}

/** What is computed and, at a gate decision, frozen with the decision. */
export interface BusinessCaseSnapshot extends BusinessCaseFigures {
  preconditions: BusinessCasePrecondition[];
}

/** The case as approved: frozen with the latest gate decision. */
export interface BusinessCaseBaseline extends BusinessCaseSnapshot {
  decisionId: string;
  decidedAt: string;
  fromPhase: Phase;
  toPhase: Phase;
}

/** GET /initiatives/{id}/business-case: the case as now, beside the case as approved (null before any gate). */
export interface BusinessCase extends BusinessCaseSnapshot {
  initiativeId: string;
  baseline: BusinessCaseBaseline | null;
}

/** The key figures a gate decision carries in the decision log. */
export interface DecisionBusinessCase {
  baseYear: number;
  scenarios: { scenario: Scenario; npv: number; paybackYear: number | null; freedHoursValueNpv: number | null }[];
}
