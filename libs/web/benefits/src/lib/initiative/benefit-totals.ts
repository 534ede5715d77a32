import type { BenefitSummaryTotal, BenefitUnit } from '@gevinst/domain';

export interface TotalsGroup {
  key: string;
  unit: BenefitUnit;
  unitLabel: string | null;
  rows: { year: number; planned: number; realised: number }[];
  planned: number;
  realised: number;
}

const hundredths = (n: number) => Math.round(n * 100);

/** The summary's totals per unit (an 'other' unit per label), years in order, with the sums over all years. */
export function groupTotals(totals: readonly BenefitSummaryTotal[]): TotalsGroup[] {
  const groups = new Map<string, TotalsGroup>();
  for (const total of totals) {
    const key = total.unit === 'other' ? `other|${total.unitLabel ?? ''}` : total.unit;
    const group = groups.get(key) ?? { key, unit: total.unit, unitLabel: total.unitLabel, rows: [], planned: 0, realised: 0 };
    group.rows.push({ year: total.year, planned: total.planned, realised: total.realised });
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const rows = [...group.rows].sort((a, b) => a.year - b.year);
    return {
      ...group,
      rows,
      planned: rows.reduce((sum, r) => sum + hundredths(r.planned), 0) / 100,
      realised: rows.reduce((sum, r) => sum + hundredths(r.realised), 0) / 100,
    };
  });
}

/** Realised as a share of planned ("80 %"), or "–" when nothing was planned. */
export function realisedShare(planned: number, realised: number): string {
  if (planned === 0) return '–';
  return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format((realised / planned) * 100)} %`;
}
