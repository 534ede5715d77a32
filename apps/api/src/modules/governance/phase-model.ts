import type { Phase } from '@gevinst/domain';

/** The project model's phases in order (the state's it-projektmodel); paused and stopped are outside it. */
export const MODEL_PHASES: readonly Phase[] = ['idea', 'analysis', 'implementation', 'realisation', 'closed'];

/** The only phase a gate may move to from `phase`; null when no gate leads on (closed, paused, stopped). */
export function nextPhase(phase: Phase): Phase | null {
  const index = MODEL_PHASES.indexOf(phase);
  return index >= 0 && index < MODEL_PHASES.length - 1 ? MODEL_PHASES[index + 1] : null;
}

/** Closed and stopped initiatives are finished: no gate requests and no decisions. */
export const isFinished = (phase: Phase) => phase === 'closed' || phase === 'stopped';
