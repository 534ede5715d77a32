import fc from 'fast-check';
import { HEALTH_RULES } from '@gevinst/domain';
import type { HealthFinding } from '@gevinst/domain';
import { summarisePortfolioHealth } from './portfolio-health';

const initiative = (n: number) => ({ id: `i${n}`, code: `TST-2026-${String(n).padStart(3, '0')}`, title: `Initiativ ${n}`, phase: 'implementation' as const });
const finding = (ruleId: string, severity: HealthFinding['severity'] = 'warning'): HealthFinding => {
  const rule = HEALTH_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(ruleId);
  return { ruleId, theme: rule.theme, severity, message: 'm', advice: 'a' };
};

describe('summarisePortfolioHealth', () => {
  it('counts findings and initiatives per theme and rule, most first, and ranks the worst initiatives', () => {
    const summary = summarisePortfolioHealth([
      { initiative: initiative(1), findings: [finding('FIN-1', 'error'), finding('FIN-1'), finding('RISK-1')] },
      { initiative: initiative(2), findings: [finding('RISK-1'), finding('GEV-4', 'error')] },
      { initiative: initiative(3), findings: [] },
    ]);
    expect(summary.initiatives).toBe(3);
    expect(summary.byTheme).toEqual([
      { theme: 'finansiering', findings: 2, initiatives: 1 },
      { theme: 'risikovurdering', findings: 2, initiatives: 2 },
      { theme: 'gevinstrealisering', findings: 1, initiatives: 1 },
    ].sort((a, b) => b.findings - a.findings || b.initiatives - a.initiatives));
    expect(summary.byRule.map((r) => [r.ruleId, r.findings, r.initiatives])).toEqual([
      ['RISK-1', 2, 2],
      ['FIN-1', 2, 1],
      ['GEV-4', 1, 1],
    ]);
    expect(summary.byRule[0].title).toBe(HEALTH_RULES.find((r) => r.id === 'RISK-1')?.title);
    expect(summary.worst).toEqual([
      { initiative: initiative(1), errors: 1, warnings: 2 },
      { initiative: initiative(2), errors: 1, warnings: 1 },
    ]);
  });

  it('keeps the totals: findings per rule and per theme both sum to all findings; at most 20 worst', () => {
    const ids = HEALTH_RULES.map((r) => r.id);
    const arbitrary = fc.array(fc.array(fc.record({ ruleId: fc.constantFrom(...ids), error: fc.boolean() }), { maxLength: 6 }), { maxLength: 40 });
    fc.assert(
      fc.property(arbitrary, (portfolio) => {
        const checked = portfolio.map((specs, n) => ({ initiative: initiative(n), findings: specs.map((s) => finding(s.ruleId, s.error ? 'error' : 'warning')) }));
        const summary = summarisePortfolioHealth(checked);
        const total = checked.reduce((sum, c) => sum + c.findings.length, 0);
        expect(summary.byRule.reduce((sum, r) => sum + r.findings, 0)).toBe(total);
        expect(summary.byTheme.reduce((sum, r) => sum + r.findings, 0)).toBe(total);
        expect(summary.worst.length).toBe(Math.min(20, checked.filter((c) => c.findings.length > 0).length));
        for (let i = 1; i < summary.worst.length; i++) {
          const [a, b] = [summary.worst[i - 1], summary.worst[i]];
          expect(a.errors > b.errors || (a.errors === b.errors && a.warnings >= b.warnings)).toBe(true);
        }
      }),
    );
  });
});
