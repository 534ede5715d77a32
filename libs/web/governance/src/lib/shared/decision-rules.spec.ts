import { decisionKindsFor, reasonRequired, toPhaseFor } from './decision-rules';

describe('the decision rules of the dialog', () => {
  it('offers only the decisions that fit the phase', () => {
    expect(decisionKindsFor('analysis')).toEqual(['approve_phase', 'continue', 'reprioritise', 'pause', 'stop', 'scale']);
    expect(decisionKindsFor('paused')).toEqual(['continue', 'reprioritise', 'stop', 'scale']);
    expect(decisionKindsFor('closed')).toEqual([]);
    expect(decisionKindsFor('stopped')).toEqual([]);
  });

  it('asks for a reason to pause, stop or reprioritise, and to pass a gate with open findings', () => {
    expect(reasonRequired('pause', 0)).toBe(true);
    expect(reasonRequired('stop', 0)).toBe(true);
    expect(reasonRequired('reprioritise', 0)).toBe(true);
    expect(reasonRequired('approve_phase', 0)).toBe(false);
    expect(reasonRequired('approve_phase', 2)).toBe(true);
    expect(reasonRequired('continue', 3)).toBe(false);
    expect(reasonRequired('scale', 0)).toBe(false);
    expect(reasonRequired(null, 5)).toBe(false);
  });

  it('names the next phase when approving, and asks where a paused initiative resumes when unknown', () => {
    expect(toPhaseFor('approve_phase', 'idea', null)).toBe('analysis');
    expect(toPhaseFor('continue', 'paused', null)).toBeNull();
    expect(toPhaseFor('continue', 'paused', 'analysis')).toBeUndefined();
    expect(toPhaseFor('stop', 'analysis', null)).toBeUndefined();
  });
});
