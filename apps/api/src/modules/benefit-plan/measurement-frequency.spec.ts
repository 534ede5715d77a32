import { evaluationSchedule } from '@gevinst/domain';
import { measurementFrequency } from './measurement-frequency';

describe('measurementFrequency', () => {
  it('names regular rhythms, also across month ends', () => {
    expect(measurementFrequency(evaluationSchedule('2026-01-31', 3, 8))).toBe('Kvartalsvis');
    expect(measurementFrequency(evaluationSchedule('2026-01-15', 1, 12))).toBe('Månedlig');
    expect(measurementFrequency(evaluationSchedule('2026-01-15', 6, 4))).toBe('Halvårlig');
    expect(measurementFrequency(evaluationSchedule('2026-01-15', 12, 3))).toBe('Årlig');
    expect(measurementFrequency(['2026-04-10', '2026-01-01', '2026-07-02'])).toBe('Kvartalsvis');
  });

  it('counts irregular points, and says when there are none or one', () => {
    expect(measurementFrequency(['2026-01-01', '2026-02-01', '2026-09-01'])).toBe('3 evalueringspunkter');
    expect(measurementFrequency(['2026-01-01'])).toBe('1 evalueringspunkt');
    expect(measurementFrequency([])).toBe('Ingen evalueringspunkter');
  });
});
