import { evaluateMapRules } from './map-rules';
import type { MapRuleInput } from './map-rules';

const TODAY = '2026-06-15';

const input = (changes: Partial<MapRuleInput> = {}): MapRuleInput => ({
  phase: 'implementation',
  sizeClass: 'large',
  goals: [{ id: 'g1', title: 'Hurtigere bogføring' }],
  benefits: [{ id: 'b1', title: 'Frigjorte timer', goalId: 'g1' }],
  mapNodes: [
    { id: 'd1', kind: 'delivery', title: 'Softwarerobot', dueDate: null, status: null },
    { id: 'c1', kind: 'change', title: 'Ny bogføringsrutine', dueDate: '2026-06-14', status: 'done' },
  ],
  mapLinks: [
    { from: 'd1', to: 'c1' },
    { from: 'c1', to: 'b1' },
  ],
  ...changes,
});

const ids = (changes: Partial<MapRuleInput>, today = TODAY) => evaluateMapRules(input(changes), today).map((f) => f.ruleId);

describe('benefit map rules', () => {
  it('finds nothing in a complete map', () => {
    expect(evaluateMapRules(input(), TODAY)).toEqual([]);
  });

  it('GEV-6/7: a benefit with no goal, a goal with no benefit', () => {
    const findings = evaluateMapRules(input({ benefits: [{ id: 'b1', title: 'Frigjorte timer', goalId: null }] }), TODAY);
    expect(findings.map((f) => f.ruleId)).toEqual(['GEV-6', 'GEV-7']);
    expect(findings[0].message).toContain('»Frigjorte timer«');
    expect(findings[1].message).toContain('»Hurtigere bogføring«');
    // Before there are benefits, a goal alone is not yet a finding.
    expect(ids({ benefits: [] })).toEqual([]);
  });

  it('GEV-8: a benefit nothing in the map leads to, once there is a map', () => {
    expect(ids({ mapLinks: [{ from: 'd1', to: 'c1' }] })).toEqual(['GEV-8']);
    // Through a chain of changes counts.
    const chain = [
      { from: 'd1', to: 'c1' },
      { from: 'c1', to: 'c2' },
      { from: 'c2', to: 'b1' },
    ];
    const nodes = [...input().mapNodes, { id: 'c2', kind: 'change' as const, title: 'Oplæring', dueDate: null, status: 'open' as const }];
    expect(ids({ mapNodes: nodes, mapLinks: chain })).toEqual([]);
  });

  it('GEV-9: a change past its due date that is not done, an error with the oldest date', () => {
    const open = input().mapNodes.map((n) => (n.kind === 'change' ? { ...n, status: 'open' as const } : n));
    const findings = evaluateMapRules(input({ mapNodes: open }), TODAY);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['GEV-9', 'error']]);
    expect(findings[0].message).toContain('14.06.2026');
    // Due today is not yet late; done is never late.
    expect(ids({ mapNodes: open }, '2026-06-14')).toEqual([]);
  });

  it('GEV-10: a large initiative past analysis without a map; not a small one, not in analysis', () => {
    expect(ids({ mapNodes: [], mapLinks: [] })).toEqual(['GEV-10']);
    expect(ids({ mapNodes: [], mapLinks: [], sizeClass: 'small' })).toEqual([]);
    expect(ids({ mapNodes: [], mapLinks: [], phase: 'analysis' })).toEqual([]);
  });

  it('checks nothing in the idea phase or once closed', () => {
    const bad: Partial<MapRuleInput> = { benefits: [{ id: 'b1', title: 'X', goalId: null }], mapNodes: [] };
    expect(ids({ ...bad, phase: 'idea' })).toEqual([]);
    expect(ids({ ...bad, phase: 'closed' })).toEqual([]);
  });
});
