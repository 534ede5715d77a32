import {
  FUNDING_CATEGORIES,
  FUNDING_CATEGORY_LABELS,
  FUNDING_SOURCE_LABELS,
  type FundingLine,
  type PayerGainRow,
  kronerToOre,
  oreToKroner,
} from '@gevinst/domain';

export interface FundingYearGroup {
  year: number;
  lines: FundingLine[];
  subtotal: number;
  /** Of the subtotal, what is still only proposed. */
  proposed: number;
}

export interface FundingPlan {
  years: FundingYearGroup[];
  total: number;
  proposed: number;
  lineCount: number;
}

/** Sums kroner through whole øre, so 0.1 + 0.2 is 0.3. */
export function sumKroner(amounts: readonly number[]): number {
  return oreToKroner(amounts.reduce((sum, amount) => sum + kronerToOre(amount), 0));
}

const categoryOrder = (line: FundingLine) => FUNDING_CATEGORIES.indexOf(line.category);

/**
 * The plan as the section shows it: lines grouped by year (earliest first), within a year by category in the
 * contract's order, then by paying department; a subtotal per year and a total, with the proposed part of each.
 */
export function fundingPlanOf(lines: readonly FundingLine[]): FundingPlan {
  const byYear = new Map<number, FundingLine[]>();
  for (const line of lines) byYear.set(line.year, [...(byYear.get(line.year) ?? []), line]);
  const years = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, group]): FundingYearGroup => {
      const sorted = [...group].sort(
        (a, b) => categoryOrder(a) - categoryOrder(b) || a.payingDepartment.name.localeCompare(b.payingDepartment.name, 'da'),
      );
      return {
        year,
        lines: sorted,
        subtotal: sumKroner(sorted.map((line) => line.amount)),
        proposed: sumKroner(sorted.filter((line) => line.status === 'proposed').map((line) => line.amount)),
      };
    });
  return {
    years,
    total: sumKroner(lines.map((line) => line.amount)),
    proposed: sumKroner(lines.filter((line) => line.status === 'proposed').map((line) => line.amount)),
    lineCount: lines.length,
  };
}

/** "Pulje: Digitaliseringsbanken", "Eksternt tilskud: Region Midt", "Eget budget". */
export function describeSource(line: Pick<FundingLine, 'source' | 'pool' | 'sourceName'>): string {
  const label = FUNDING_SOURCE_LABELS[line.source];
  const name = line.source === 'pool' ? line.pool?.name : line.sourceName;
  return name ? `${label}: ${name}` : label;
}

/** Words for a line in a button's accessible name: "2026, Anskaffelse, 250.000 kr.". */
export function describeLine(line: Pick<FundingLine, 'year' | 'category'>, amount: string): string {
  return `${line.year}, ${FUNDING_CATEGORY_LABELS[line.category]}, ${amount}`;
}

/** Who pays and who gains, by year and then department name. */
export function sortPayerRows(rows: readonly PayerGainRow[]): PayerGainRow[] {
  return [...rows].sort((a, b) => a.year - b.year || a.department.name.localeCompare(b.department.name, 'da'));
}
