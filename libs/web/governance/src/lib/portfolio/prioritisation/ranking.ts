import type { RankedInitiative } from '@gevinst/domain';
import { formatKroner } from '../shared/format';

/** The ranked table's rows: the initiatives in rank order, split by the cut-off line where the funding runs out. */
export interface RankingTable {
  /** Within the available funding (above the line). */
  funded: RankedInitiative[];
  /** Beyond it (below the line). */
  unfunded: RankedInitiative[];
  /** The separator's text: "Tilgængelig finansiering: 1.000.000 kr." */
  cutoffText: string;
  /** One sentence for screen readers and the page: how many fit, and what the funded ones cost. */
  summary: string;
}

const initiatives = (count: number) => (count === 1 ? '1 initiativ' : `${count.toLocaleString('da-DK')} initiativer`);

/**
 * Splits the ranking at the cut-off line. The API marks `funded` (the cumulative cost fits within what is available);
 * funded items are a prefix of the ranking, but the split reads the flag of each, so a gap could never hide one.
 */
export function rankingTable(items: readonly RankedInitiative[], available: number): RankingTable {
  const sorted = [...items].sort((a, b) => a.rank - b.rank);
  const funded = sorted.filter((item) => item.funded);
  const unfunded = sorted.filter((item) => !item.funded);
  const fundedCost = funded.reduce((sum, item) => sum + item.cost, 0);
  const cutoffText = `Tilgængelig finansiering: ${formatKroner(available)}`;
  let summary: string;
  if (sorted.length === 0) summary = 'Ingen initiativer er prioriteret endnu.';
  else if (unfunded.length === 0) summary = `Alle ${initiatives(sorted.length)} kan finansieres (${formatKroner(fundedCost)} af ${formatKroner(available)}).`;
  else if (funded.length === 0) summary = `Intet initiativ kan finansieres inden for ${formatKroner(available)}: ${initiatives(sorted.length)} ligger under linjen.`;
  else
    summary =
      `${initiatives(funded.length)} af ${sorted.length.toLocaleString('da-DK')} kan finansieres (${formatKroner(fundedCost)} af ` +
      `${formatKroner(available)}); ${initiatives(unfunded.length)} ligger under linjen.`;
  return { funded, unfunded, cutoffText, summary };
}

/** The running total of the criteria's weights and whether it is the 100 they must sum to. */
export function weightTotal(weights: readonly (number | null)[]): { total: number; complete: boolean; text: string } {
  const total = weights.reduce<number>((sum, weight) => sum + (weight !== null && Number.isFinite(weight) ? weight : 0), 0);
  const complete = total === 100;
  const text = complete ? 'I alt: 100 af 100' : `I alt: ${total.toLocaleString('da-DK')} af 100. Vægtene skal summe til 100.`;
  return { total, complete, text };
}
