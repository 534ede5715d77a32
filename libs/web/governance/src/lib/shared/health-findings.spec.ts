import type { HealthFinding } from '@gevinst/domain';
import { describeFindingCount, findingsByTheme } from './health-findings';

const finding = (ruleId: string, theme: HealthFinding['theme'], severity: HealthFinding['severity']): HealthFinding => ({
  ruleId,
  theme,
  severity,
  message: `${ruleId} er ikke opfyldt`,
  advice: 'Gør noget ved det',
});

describe('health findings for the initiative page', () => {
  it('groups by theme in the catalogue order, errors first, then by rule number', () => {
    const groups = findingsByTheme([
      finding('RISK-5', 'risikovurdering', 'warning'),
      finding('MAAL-10', 'maal', 'warning'),
      finding('MAAL-2', 'maal', 'warning'),
      finding('RISK-1', 'risikovurdering', 'error'),
      finding('MAAL-1', 'maal', 'error'),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Mål', 'Risikovurdering']);
    expect(groups[0].findings.map((f) => f.ruleId)).toEqual(['MAAL-1', 'MAAL-2', 'MAAL-10']);
    expect(groups[1].findings.map((f) => f.ruleId)).toEqual(['RISK-1', 'RISK-5']);
  });

  it('counts errors and warnings in Danish', () => {
    expect(describeFindingCount([])).toBe('ingen fund');
    expect(describeFindingCount([finding('A-1', 'maal', 'warning')])).toBe('1 advarsel');
    expect(
      describeFindingCount([finding('A-1', 'maal', 'error'), finding('A-2', 'maal', 'error'), finding('A-3', 'maal', 'warning'), finding('A-4', 'maal', 'warning')]),
    ).toBe('2 fejl og 2 advarsler');
  });
});
