import { DECISION_KINDS, type DecisionKind, type Phase } from '@gevinst/domain';
import { isFinished, nextPhase } from './phase-model';

/**
 * The decisions that make sense for an initiative in `phase`: none once it is closed or stopped; approving a phase only
 * when a next phase exists (not while paused: continue it first); pausing only when it is not paused already.
 */
export function decisionKindsFor(phase: Phase): DecisionKind[] {
  if (isFinished(phase)) return [];
  return DECISION_KINDS.filter((kind) => {
    if (kind === 'approve_phase') return nextPhase(phase) !== null;
    if (kind === 'pause') return phase !== 'paused';
    return true;
  });
}

/** Kinds the API refuses without a written reason, whatever the findings. */
const ALWAYS_REASONED: readonly DecisionKind[] = ['pause', 'stop', 'reprioritise'];

/** Whether the decision needs a written reason: pause, stop and reprioritise always; passing a gate with open findings. */
export function reasonRequired(kind: DecisionKind | null, openFindings: number): boolean {
  if (kind === null) return false;
  return ALWAYS_REASONED.includes(kind) || (kind === 'approve_phase' && openFindings > 0);
}

/**
 * The phase a decision names, when it needs one: approving a phase names the next phase; continuing a paused
 * initiative whose pause phase is not recorded names where it resumes (null: the user picks). Undefined: none sent.
 */
export function toPhaseFor(kind: DecisionKind | null, phase: Phase, pausedFromPhase: Phase | null): Phase | null | undefined {
  if (kind === 'approve_phase') return nextPhase(phase);
  if (kind === 'continue' && phase === 'paused' && pausedFromPhase === null) return null;
  return undefined;
}
