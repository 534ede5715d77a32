import type { RiskRating, RiskStatus } from '@gevinst/domain';
import { cellName, heatMapGrid, heatMapOf, inCell, riskCount } from './heat-map-data';

const risk = (
  probability: RiskRating,
  consequence: RiskRating,
  residual: [RiskRating, RiskRating] | null = null,
  status: RiskStatus = 'open',
) => ({
  status,
  probability,
  consequence,
  residualProbability: residual?.[0] ?? null,
  residualConsequence: residual?.[1] ?? null,
});

describe('heatMapGrid', () => {
  it('draws probability 5 at the top and consequence 1 at the left, with every score banded', () => {
    const grid = heatMapGrid([{ probability: 4, consequence: 5, count: 3 }]);
    expect(grid.map((row) => row.probability)).toEqual([5, 4, 3, 2, 1]);
    expect(grid[0].cells.map((cell) => cell.consequence)).toEqual([1, 2, 3, 4, 5]);
    expect(grid[1].cells[4]).toEqual({ probability: 4, consequence: 5, score: 20, band: 'high', count: 3 });
    expect(grid[4].cells[0]).toMatchObject({ score: 1, band: 'low', count: 0 });
    expect(grid[2].cells[2]).toMatchObject({ score: 9, band: 'medium' });
  });
});

describe('heatMapOf', () => {
  it('counts live risks only; unassessed risks keep their inherent cell after mitigation', () => {
    const maps = heatMapOf([risk(4, 5, [2, 3]), risk(4, 5), risk(1, 1, null, 'closed'), risk(3, 3, [1, 1], 'in_progress')]);
    expect(maps.total).toBe(3);
    expect(maps.unassessed).toBe(1);
    expect(maps.before).toEqual(
      expect.arrayContaining([
        { probability: 4, consequence: 5, count: 2 },
        { probability: 3, consequence: 3, count: 1 },
      ]),
    );
    expect(maps.before).toHaveLength(2);
    expect(maps.after).toEqual(
      expect.arrayContaining([
        { probability: 2, consequence: 3, count: 1 },
        { probability: 4, consequence: 5, count: 1 },
        { probability: 1, consequence: 1, count: 1 },
      ]),
    );
  });
});

describe('inCell', () => {
  it('selects live risks in the cell of the chosen matrix', () => {
    const mitigated = risk(4, 5, [2, 3]);
    expect(inCell(mitigated, { matrix: 'before', probability: 4, consequence: 5 })).toBe(true);
    expect(inCell(mitigated, { matrix: 'after', probability: 4, consequence: 5 })).toBe(false);
    expect(inCell(mitigated, { matrix: 'after', probability: 2, consequence: 3 })).toBe(true);
    expect(inCell(risk(4, 5, null, 'occurred'), { matrix: 'before', probability: 4, consequence: 5 })).toBe(false);
  });
});

describe('cell names', () => {
  it('reads as "Sandsynlighed 4, konsekvens 5: 3 risici"', () => {
    expect(cellName({ probability: 4, consequence: 5, count: 3 })).toBe('Sandsynlighed 4, konsekvens 5: 3 risici');
    expect(riskCount(1)).toBe('1 risiko');
    expect(riskCount(1200)).toBe('1.200 risici');
  });
});
