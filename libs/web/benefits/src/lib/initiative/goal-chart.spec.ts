import type { Goal, Measurement } from '@gevinst/domain';
import { goalChartSeries } from './goal-chart';

const goal: Goal = {
  id: 'g',
  initiativeId: 'i',
  title: 'Automatisk bogførte fakturaer',
  indicatorName: 'Andel automatisk bogførte fakturaer',
  unit: '%',
  direction: 'higher',
  baselineValue: 0,
  baselineDate: '2026-01-01',
  targetValue: 50,
  targetDate: '2026-12-31',
  pessimisticTarget: null,
  optimisticTarget: null,
  strategicGoalId: null,
  sideEffects: null,
  sideEffectsConsidered: false,
  version: 1,
  can: { manage: false, record: false },
};

const measurement = (measuredOn: string, value: number): Measurement => ({
  id: measuredOn,
  goalId: 'g',
  benefitId: null,
  kind: 'during',
  measuredOn,
  value,
  comment: null,
  evidenceUrl: null,
  timeStudy: null,
  recordedBy: null,
  recordedAt: `${measuredOn}T10:00:00Z`,
});

describe('goalChartSeries', () => {
  it('draws baseline → measurements in date order, and a dashed line from the baseline to the target', () => {
    const [measured, target] = goalChartSeries(goal, [measurement('2026-07-01', 38), measurement('2026-04-01', 20)]);
    expect(measured.points.map((p) => [p.date, p.value, p.label])).toEqual([
      ['2026-01-01', 0, 'Baseline'],
      ['2026-04-01', 20, 'Måling (undervejs)'],
      ['2026-07-01', 38, 'Måling (undervejs)'],
    ]);
    expect(target.dashed).toBe(true);
    expect(target.points.map((p) => [p.date, p.value, p.hideInTable ?? false])).toEqual([
      ['2026-01-01', 0, true],
      ['2026-12-31', 50, false],
    ]);
  });

  it('leaves out a line without points and the baseline when there is none', () => {
    const series = goalChartSeries({ ...goal, baselineValue: null, baselineDate: null }, []);
    expect(series).toHaveLength(1);
    expect(series[0].points).toEqual([{ date: '2026-12-31', value: 50, label: 'Mål' }]);
  });
});
