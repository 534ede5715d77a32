import fc from 'fast-check';
import { evaluatePriorityRules, PRIORITY_RULES } from './priority-rules';
import type { PriorityRuleInput } from './priority-rules';

const TODAY = '2026-11-27';
const CRITERIA = [
  { id: 'strategi', weight: 40, inverse: false },
  { id: 'gevinst', weight: 40, inverse: false },
  { id: 'risiko', weight: 20, inverse: true },
];

const input = (changes: Partial<PriorityRuleInput> = {}): PriorityRuleInput => ({
  phase: 'analysis',
  sizeClass: 'small',
  criteria: CRITERIA,
  scores: CRITERIA.map((c) => ({ criterionId: c.id, score: 3 })),
  ...changes,
});
const ruleIds = (i: PriorityRuleInput) => evaluatePriorityRules(i, TODAY).map((f) => f.ruleId);

describe('evaluatePriorityRules', () => {
  it('finds nothing when every criterion is scored (a score of 0 counts)', () => {
    expect(ruleIds(input())).toEqual([]);
    expect(ruleIds(input({ scores: CRITERIA.map((c) => ({ criterionId: c.id, score: 0 })) }))).toEqual([]);
  });

  it('PRI-1: past idé without a score, or with criteria left unscored', () => {
    expect(evaluatePriorityRules(input({ scores: [] }), TODAY)).toEqual([
      {
        ruleId: 'PRI-1',
        theme: 'prioritering',
        severity: 'warning',
        message: 'Initiativet har forladt idéfasen, men er ikke prioriteret efter kommunens kriterier.',
        advice: expect.stringContaining('kriterium'),
      },
    ]);
    expect(evaluatePriorityRules(input({ scores: [{ criterionId: 'strategi', score: 5 }, { criterionId: 'andet', score: 5 }] }), TODAY)[0].message).toBe(
      'Initiativets prioritering er ikke færdig: 2 af 3 kriterier mangler en score.',
    );
  });

  it('does not apply to ideas, closed or stopped initiatives, nor where the organisation has no criteria', () => {
    expect(ruleIds(input({ scores: [], phase: 'idea' }))).toEqual([]);
    expect(ruleIds(input({ scores: [], phase: 'closed' }))).toEqual([]);
    expect(ruleIds(input({ scores: [], phase: 'stopped' }))).toEqual([]);
    expect(ruleIds(input({ scores: [], criteria: [] }))).toEqual([]);
    expect(ruleIds(input({ scores: [], phase: 'realisation', sizeClass: 'large' }))).toEqual(['PRI-1']);
  });

  it('fires exactly when some criterion has no score', () => {
    fc.assert(
      fc.property(fc.subarray(CRITERIA.map((c) => c.id)), fc.integer({ min: 0, max: 5 }), (scored, score) => {
        const result = ruleIds(input({ scores: scored.map((criterionId) => ({ criterionId, score })) }));
        expect(result).toEqual(scored.length === CRITERIA.length ? [] : ['PRI-1']);
      }),
    );
  });

  it('has one rule from analysis, for every size', () => {
    expect(PRIORITY_RULES).toEqual([expect.objectContaining({ id: 'PRI-1', theme: 'prioritering', fromPhase: 'analysis', largeOnly: false })]);
  });
});
