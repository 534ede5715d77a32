import { decidedBy, describeDecision, phaseChange } from './decision-text';

describe('decision texts', () => {
  it('describes a decision in Danish', () => {
    expect(describeDecision({ kind: 'approve_phase', fromPhase: 'idea', toPhase: 'analysis' })).toBe('Godkend fase: Idé → Analyse');
    expect(phaseChange({ fromPhase: 'analysis', toPhase: 'analysis' })).toBe('Fase uændret (Analyse)');
    expect(describeDecision({ kind: 'pause', fromPhase: 'implementation', toPhase: 'paused' })).toBe('Sæt på pause: Gennemførelse → På pause');
  });

  it('says who decided, and in which group', () => {
    expect(decidedBy({ decidedBy: { id: '1', name: 'Dorte' }, steeringGroup: { id: 'g', name: 'Direktionen' } })).toBe('Besluttet af Dorte i Direktionen');
    expect(decidedBy({ decidedBy: null, steeringGroup: null })).toBe('Besluttet af ukendt');
  });
});
