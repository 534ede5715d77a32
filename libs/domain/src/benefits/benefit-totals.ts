/** Units a benefit can be counted in; amounts of different units are never added together. */
export const BENEFIT_UNITS = ['DKK', 'hours', 'other'] as const;
export type BenefitUnit = (typeof BENEFIT_UNITS)[number];

export interface YearAmount {
  year: number;
  amount: number;
}

export interface BenefitFigures {
  /** Non-quantified benefits are described in words and kept out of every total. */
  quantified: boolean;
  /** A dis-benefit (ulempe) counts against the benefits of its unit. */
  disBenefit?: boolean;
  unit: BenefitUnit;
  planned: YearAmount[];
  realised: YearAmount[];
}

export interface BenefitTotal {
  unit: BenefitUnit;
  year: number;
  planned: number;
  realised: number;
}

/** Sums in hundredths so that 0.1 + 0.2 stays 0.3 in a long roll-up. */
const toHundredths = (amount: number) => Math.round(amount * 100);

/**
 * Planned and realised totals per unit and year, sorted by unit then year. Non-quantified benefits and non-finite
 * amounts are left out; units are never mixed; dis-benefits are subtracted.
 */
export function benefitTotals(benefits: readonly BenefitFigures[]): BenefitTotal[] {
  const sums = new Map<string, { unit: BenefitUnit; year: number; planned: number; realised: number }>();
  const add = (unit: BenefitUnit, { year, amount }: YearAmount, field: 'planned' | 'realised', sign: 1 | -1) => {
    if (!Number.isFinite(amount) || !Number.isInteger(year)) return;
    const key = `${unit}|${year}`;
    const sum = sums.get(key) ?? { unit, year, planned: 0, realised: 0 };
    sum[field] += sign * toHundredths(amount);
    sums.set(key, sum);
  };
  for (const benefit of benefits) {
    if (!benefit.quantified) continue;
    const sign = benefit.disBenefit ? -1 : 1;
    for (const entry of benefit.planned) add(benefit.unit, entry, 'planned', sign);
    for (const entry of benefit.realised) add(benefit.unit, entry, 'realised', sign);
  }
  return [...sums.values()]
    .map((s) => ({ unit: s.unit, year: s.year, planned: s.planned / 100, realised: s.realised / 100 }))
    .sort((a, b) => BENEFIT_UNITS.indexOf(a.unit) - BENEFIT_UNITS.indexOf(b.unit) || a.year - b.year);
}

/** Totals over all years, per unit. */
export function benefitTotalsByUnit(benefits: readonly BenefitFigures[]): { unit: BenefitUnit; planned: number; realised: number }[] {
  const perUnit = new Map<BenefitUnit, { planned: number; realised: number }>();
  for (const total of benefitTotals(benefits)) {
    const sum = perUnit.get(total.unit) ?? { planned: 0, realised: 0 };
    sum.planned += toHundredths(total.planned);
    sum.realised += toHundredths(total.realised);
    perUnit.set(total.unit, sum);
  }
  return [...perUnit].map(([unit, s]) => ({ unit, planned: s.planned / 100, realised: s.realised / 100 }));
}
