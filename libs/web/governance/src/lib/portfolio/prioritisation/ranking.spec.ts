import type { RankedInitiative } from '@gevinst/domain';
import { rankingTable, weightTotal } from './ranking';

const NBSP = '\u00a0';
const item = (rank: number, cost: number, cumulativeCost: number, funded: boolean): RankedInitiative => ({
  rank,
  initiative: { id: `i${rank}`, code: `BAL-2026-00${rank}`, title: `Initiativ ${rank}`, phase: 'analysis' },
  score: 100 - rank * 10,
  cost,
  cumulativeCost,
  funded,
});

describe('the ranked list and its cut-off line', () => {
  it('splits the ranking where the funding runs out and says so in words', () => {
    const table = rankingTable([item(3, 300_000, 900_000, false), item(1, 400_000, 400_000, true), item(2, 200_000, 600_000, true)], 750_000);
    expect(table.funded.map((i) => i.rank)).toEqual([1, 2]);
    expect(table.unfunded.map((i) => i.rank)).toEqual([3]);
    expect(table.cutoffText).toBe(`Tilgængelig finansiering: 750.000${NBSP}kr.`);
    expect(table.summary).toBe(`2 initiativer af 3 kan finansieres (600.000${NBSP}kr. af 750.000${NBSP}kr.); 1 initiativ ligger under linjen.`);
  });

  it('puts the line at the top when nothing fits, and at the bottom when everything does', () => {
    const none = rankingTable([item(1, 400_000, 400_000, false)], 0);
    expect(none.funded).toEqual([]);
    expect(none.summary).toBe(`Intet initiativ kan finansieres inden for 0${NBSP}kr.: 1 initiativ ligger under linjen.`);
    const all = rankingTable([item(1, 400_000, 400_000, true), item(2, 250_000.5, 650_000.5, true)], 1_000_000);
    expect(all.unfunded).toEqual([]);
    expect(all.summary).toBe(`Alle 2 initiativer kan finansieres (650.000,50${NBSP}kr. af 1.000.000${NBSP}kr.).`);
    expect(rankingTable([], 5).summary).toBe('Ingen initiativer er prioriteret endnu.');
  });

  it('keeps the running total of the weights and says when it is not 100', () => {
    expect(weightTotal([40, 30, 30])).toEqual({ total: 100, complete: true, text: 'I alt: 100 af 100' });
    expect(weightTotal([50, 40, null, Number.NaN])).toEqual({ total: 90, complete: false, text: 'I alt: 90 af 100. Vægtene skal summe til 100.' });
    expect(weightTotal([]).complete).toBe(false);
  });
});
