import { type Decision, PHASE_LABELS, type Phase } from '@gevinst/domain';

/** The project model's phases in order (the state's it-projektmodel); paused and stopped are outside it. */
export const MODEL_PHASES: readonly Phase[] = ['idea', 'analysis', 'implementation', 'realisation', 'closed'];

/** The only phase a gate may move to from `phase`; null when no gate leads on (closed, paused, stopped). */
export function nextPhase(phase: Phase): Phase | null {
  const index = MODEL_PHASES.indexOf(phase);
  return index >= 0 && index < MODEL_PHASES.length - 1 ? MODEL_PHASES[index + 1] : null;
}

/** Closed and stopped initiatives are finished: no gate requests and no decisions. */
export const isFinished = (phase: Phase): boolean => phase === 'closed' || phase === 'stopped';

/** The phases a paused initiative may resume in when the phase it was paused in is not recorded. */
export const RESUMABLE_PHASES: readonly Phase[] = MODEL_PHASES.filter((phase) => nextPhase(phase) !== null);

/**
 * done: passed; current: where the initiative is; halted: where it was when paused or stopped; upcoming: ahead.
 * The extra step for "På pause" or "Stoppet" is current.
 */
export type StepState = 'done' | 'current' | 'halted' | 'upcoming';

export interface PhaseStep {
  phase: Phase;
  label: string;
  state: StepState;
  /** Danish words for the state ("Gennemført", "Nuværende fase"…), '' for an upcoming phase. */
  stateText: string;
}

const STATE_TEXT: Record<StepState, string> = { done: 'Gennemført', current: 'Nuværende fase', halted: '', upcoming: '' };

/**
 * The phase stepper: the five model phases, plus "På pause" or "Stoppet" as the current step when the initiative is
 * halted. `haltedIn` is the model phase it was in then (null when unknown: no model phase is marked).
 */
export function phaseSteps(phase: Phase, haltedIn: Phase | null = null): PhaseStep[] {
  const halted = phase === 'paused' || phase === 'stopped';
  const reference = halted ? haltedIn : phase;
  const at = reference ? MODEL_PHASES.indexOf(reference) : -1;
  const steps = MODEL_PHASES.map((model, index): PhaseStep => {
    let state: StepState = 'upcoming';
    if (at >= 0 && index < at) state = 'done';
    else if (at >= 0 && index === at) state = halted ? 'halted' : 'current';
    const stateText = state === 'halted' ? (phase === 'paused' ? 'Sat på pause her' : 'Stoppet her') : STATE_TEXT[state];
    return { phase: model, label: PHASE_LABELS[model], state, stateText };
  });
  if (halted) steps.push({ phase, label: PHASE_LABELS[phase], state: 'current', stateText: STATE_TEXT.current });
  return steps;
}

/**
 * The model phase a paused or stopped initiative was in: the recorded pause phase, else the phase the latest
 * pause or stop decision (the log is newest first) moved it from. Null when neither tells.
 */
export function haltedPhase(phase: Phase, pausedFromPhase: Phase | null, decisions: readonly Decision[]): Phase | null {
  if (phase !== 'paused' && phase !== 'stopped') return null;
  if (phase === 'paused' && pausedFromPhase) return pausedFromPhase;
  const decision = decisions.find((d) => d.toPhase === phase && d.fromPhase !== phase);
  const from = decision?.fromPhase ?? null;
  if (from === 'paused') return pausedFromPhase;
  return from && MODEL_PHASES.includes(from) ? from : null;
}
