import fc from 'fast-check';
import { priorityScore, rankWithCutoff, validateWeights } from './priority-score';

/** Whole weights summing to exactly 100 over 1–10 criteria. */
const weightsSummingTo100 = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 9 })
  .map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    return points.slice(1).map((p, i) => p - points[i]);
  });

const criteriaOf = (weights: number[], inverse: boolean[] = []) =>
  weights.map((weight, i) => ({ id: `c${i}`, weight, inverse: inverse[i] ?? false }));

describe('priority score', () => {
  it('weighs the scores, counts inverse criteria against, and is null until every criterion is scored', () => {
    const criteria = [
      { id: 'strategi', weight: 40, inverse: false },
      { id: 'gevinst', weight: 35, inverse: false },
      { id: 'risiko', weight: 25, inverse: true },
    ];
    // 40×5/5 + 35×3/5 + 25×(5−4)/5 = 40 + 21 + 5
    expect(
      priorityScore(criteria, [
        { criterionId: 'strategi', score: 5 },
        { criterionId: 'gevinst', score: 3 },
        { criterionId: 'risiko', score: 4 },
      ]),
    ).toBe(66);
    expect(priorityScore(criteria, [{ criterionId: 'strategi', score: 5 }, { criterionId: 'gevinst', score: 3 }])).toBeNull();
    expect(priorityScore([], [])).toBeNull();
    // A score of an unknown criterion is ignored.
    expect(priorityScore([{ id: 'a', weight: 100, inverse: false }], [{ criterionId: 'a', score: 1 }, { criterionId: 'x', score: 5 }])).toBe(20);
    expect(() => priorityScore(criteria, [{ criterionId: 'strategi', score: 6 }])).toThrow(RangeError);
    expect(() => priorityScore(criteria, [{ criterionId: 'strategi', score: 2.5 }])).toThrow(RangeError);
  });

  it('lies within 0–100 for any valid set: 0 when all count against, 100 when all count for', () => {
    fc.assert(
      fc.property(weightsSummingTo100, fc.array(fc.boolean(), { maxLength: 10 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 10, maxLength: 10 }), (weights, inverse, raw) => {
        const criteria = criteriaOf(weights, inverse);
        const score = priorityScore(criteria, criteria.map((c, i) => ({ criterionId: c.id, score: raw[i] })));
        expect(score).not.toBeNull();
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        // Whole weights and scores: a multiple of 0.2.
        expect((score as number) * 5).toBeCloseTo(Math.round((score as number) * 5), 9);
        const best = priorityScore(criteria, criteria.map((c) => ({ criterionId: c.id, score: c.inverse ? 0 : 5 })));
        const worst = priorityScore(criteria, criteria.map((c) => ({ criterionId: c.id, score: c.inverse ? 5 : 0 })));
        expect(best).toBe(100);
        expect(worst).toBe(0);
      }),
    );
  });

  it('never falls when a score improves (up for a normal criterion, down for an inverse one)', () => {
    fc.assert(
      fc.property(weightsSummingTo100, fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 10, maxLength: 10 }), fc.nat(9), fc.boolean(), (weights, raw, pick, inverse) => {
        const criteria = criteriaOf(weights).map((c, i) => (i === pick % weights.length ? { ...c, inverse } : c));
        const scores = criteria.map((c, i) => ({ criterionId: c.id, score: raw[i] }));
        const index = pick % weights.length;
        const better = scores.map((s, i) => (i === index ? { ...s, score: inverse ? s.score : s.score + 1 } : s));
        const worse = scores.map((s, i) => (i === index && inverse ? { ...s, score: s.score + 1 } : s));
        expect(priorityScore(criteria, better)).toBeGreaterThanOrEqual(priorityScore(criteria, scores) as number);
        expect(priorityScore(criteria, worse)).toBeLessThanOrEqual(priorityScore(criteria, scores) as number);
      }),
    );
  });
});

describe('validateWeights', () => {
  const set = (...weights: number[]) => weights.map((weight, i) => ({ name: `Kriterium ${i}`, weight }));

  it('accepts whole weights summing to 100 over 1–10 differently named criteria', () => {
    fc.assert(fc.property(weightsSummingTo100, (weights) => expect(validateWeights(set(...weights))).toEqual([])));
  });

  it('names the sum, the count, the bad weight and the repeated name, each with its field', () => {
    expect(validateWeights(set(50, 40))).toEqual([{ code: 'sum', field: 'criteria', message: 'Vægtene skal summe til 100 (i alt 90)' }]);
    expect(validateWeights([])).toEqual([{ code: 'count', field: 'criteria', message: 'Der skal være mellem 1 og 10 kriterier (der er 0)' }]);
    expect(validateWeights(set(10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5)).map((p) => p.code)).toEqual(['count']);
    expect(validateWeights(set(50.5, 49.5))).toEqual([
      { code: 'weight', field: 'criteria.0.weight', message: 'Vægten skal være et helt tal fra 0 til 100' },
      { code: 'weight', field: 'criteria.1.weight', message: 'Vægten skal være et helt tal fra 0 til 100' },
    ]);
    expect(validateWeights(set(120, -20)).map((p) => p.field)).toEqual(['criteria.0.weight', 'criteria.1.weight']);
    expect(validateWeights([{ name: 'Risiko', weight: 50 }, { name: ' risiko ', weight: 50 }])).toEqual([
      { code: 'duplicate_name', field: 'criteria.1.name', message: 'Navnet „risiko“ er brugt mere end én gang' },
    ]);
  });

  it('refuses any set whose weights do not sum to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 }), (weights) => {
        fc.pre(weights.reduce((a, b) => a + b, 0) !== 100);
        expect(validateWeights(set(...weights)).map((p) => p.code)).toContain('sum');
      }),
    );
  });
});

describe('rankWithCutoff', () => {
  const item = fc.record({ id: fc.uuid(), score: fc.integer({ min: 0, max: 500 }).map((n) => n / 5), cost: fc.integer({ min: 0, max: 10_000_000_000 }) });
  const items = fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 40 });

  it('ranks by score, breaks ties by code, sums the costs exactly and draws the line where the money runs out', () => {
    const ranked = rankWithCutoff(
      [
        { id: 'x3', code: 'TST-2026-003', score: 50, cost: 10 },
        { id: 'x1', code: 'TST-2026-001', score: 80.4, cost: 29 },
        { id: 'x2', code: 'TST-2026-002', score: 50, cost: 1 },
        { id: 'x4', code: 'TST-2026-004', score: 90, cost: 70 },
      ],
      100,
    );
    expect(ranked.map((r) => [r.id, r.rank, r.cumulativeCost, r.funded])).toEqual([
      ['x4', 1, 70, true],
      ['x1', 2, 99, true],
      ['x2', 3, 100, true],
      ['x3', 4, 110, false],
    ]);
    expect(() => rankWithCutoff([{ id: 'a', score: 1, cost: 0.5 }], 100)).toThrow(RangeError);
    expect(() => rankWithCutoff([], -1)).toThrow(RangeError);
  });

  it('orders by score, keeps every item, funds a prefix whose total fits, and ignores the input order', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 100_000_000_000 }), (list, available) => {
        const ranked = rankWithCutoff(list, available);
        expect(ranked).toHaveLength(list.length);
        ranked.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          if (i > 0) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(r.score);
          expect(r.cumulativeCost).toBe(ranked.slice(0, i + 1).reduce((sum, x) => sum + x.cost, 0));
          expect(r.funded).toBe(r.cumulativeCost <= available);
        });
        const funded = ranked.filter((r) => r.funded);
        expect(ranked.slice(0, funded.length)).toEqual(funded);
        expect(rankWithCutoff([...list].reverse(), available)).toEqual(ranked);
      }),
    );
  });
});
