import type { Decision, Phase } from '@gevinst/domain';
import { haltedPhase, isFinished, nextPhase, phaseSteps } from './phase-model';

const decision = (fromPhase: Phase, toPhase: Phase): Decision => ({
  id: `${fromPhase}-${toPhase}`,
  initiative: { id: 'i', code: 'TST-2026-001', title: 'Test' },
  kind: toPhase === 'paused' ? 'pause' : toPhase === 'stopped' ? 'stop' : 'approve_phase',
  fromPhase,
  toPhase,
  reason: null,
  openFindings: [],
  decidedBy: null,
  steeringGroup: null,
  reviewId: null,
  decidedAt: '2026-03-01T10:00:00Z',
});

describe('the phase model', () => {
  it('moves one phase at a time and has no gate beyond closed or out of a halt', () => {
    expect(nextPhase('idea')).toBe('analysis');
    expect(nextPhase('analysis')).toBe('implementation');
    expect(nextPhase('realisation')).toBe('closed');
    expect(nextPhase('closed')).toBeNull();
    expect(nextPhase('paused')).toBeNull();
    expect(nextPhase('stopped')).toBeNull();
    expect(isFinished('closed')).toBe(true);
    expect(isFinished('stopped')).toBe(true);
    expect(isFinished('paused')).toBe(false);
  });

  it('marks passed phases done, the current one current and the rest upcoming', () => {
    const steps = phaseSteps('implementation');
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['Idé', 'done'],
      ['Analyse', 'done'],
      ['Gennemførelse', 'current'],
      ['Realisering', 'upcoming'],
      ['Afsluttet', 'upcoming'],
    ]);
    expect(steps.filter((s) => s.state === 'current')).toHaveLength(1);
    expect(steps[2].stateText).toBe('Nuværende fase');
    expect(phaseSteps('closed').at(-1)?.state).toBe('current');
  });

  it('adds "På pause" or "Stoppet" as the current step and marks where the initiative was halted', () => {
    const paused = phaseSteps('paused', 'analysis');
    expect(paused.map((s) => s.state)).toEqual(['done', 'halted', 'upcoming', 'upcoming', 'upcoming', 'current']);
    expect(paused[1].stateText).toBe('Sat på pause her');
    expect(paused.at(-1)?.label).toBe('På pause');
    const stopped = phaseSteps('stopped', null);
    expect(stopped.map((s) => s.state)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'current']);
    expect(phaseSteps('stopped', 'realisation')[3].stateText).toBe('Stoppet her');
  });

  it('finds the phase a halted initiative was in from the pause record or the latest decision', () => {
    expect(haltedPhase('analysis', null, [])).toBeNull();
    expect(haltedPhase('paused', 'implementation', [])).toBe('implementation');
    expect(haltedPhase('paused', null, [decision('analysis', 'paused'), decision('idea', 'analysis')])).toBe('analysis');
    expect(haltedPhase('stopped', null, [decision('implementation', 'stopped')])).toBe('implementation');
    // Stopped while paused: the pause phase, if recorded.
    expect(haltedPhase('stopped', 'analysis', [decision('paused', 'stopped')])).toBe('analysis');
    expect(haltedPhase('stopped', null, [])).toBeNull();
  });
});
