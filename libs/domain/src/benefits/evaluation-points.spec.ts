import fc from 'fast-check';
import { evaluationSchedule, overdueEvaluationPoints } from './evaluation-points';

describe('overdueEvaluationPoints', () => {
  it('lists open points past their due date, not measured or future ones', () => {
    const points = [
      { id: 'a', dueDate: '2026-09-30', measuredOn: null },
      { id: 'b', dueDate: '2026-09-30', measuredOn: '2026-10-02' },
      { id: 'c', dueDate: '2026-11-27', measuredOn: null },
      { id: 'd', dueDate: '2027-03-31', measuredOn: null },
    ];
    expect(overdueEvaluationPoints(points, '2026-11-27').map((p) => p.id)).toEqual(['a']);
  });
});

describe('evaluationSchedule', () => {
  it('plans quarterly points for two years after go-live, keeping month ends valid', () => {
    expect(evaluationSchedule('2026-01-31', 3, 8)).toEqual([
      '2026-04-30', '2026-07-31', '2026-10-31', '2027-01-31', '2027-04-30', '2027-07-31', '2027-10-31', '2028-01-31',
    ]);
  });

  it('always yields increasing dates', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 24 }), (start, months, count) => {
        const dates = evaluationSchedule(start.toISOString().slice(0, 10), months, count);
        expect(dates).toHaveLength(count);
        for (let i = 1; i < dates.length; i++) expect(dates[i] > dates[i - 1]).toBe(true);
      }),
    );
  });
});
