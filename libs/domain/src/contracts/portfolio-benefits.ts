import type { BenefitUnit } from '../benefits/benefit-totals';

/** Query of GET /benefit-totals: all years and departments when left out. */
export interface PortfolioBenefitTotalsQuery {
  fromYear?: number;
  toYear?: number;
  /** Initiatives led by or involving this department or one of its sub-departments. */
  departmentId?: string;
}

/** Planned vs realised of one unit (and label, for unit 'other') in one year, across initiatives. */
export interface PortfolioBenefitTotal {
  unit: BenefitUnit;
  /** Set for unit 'other': such amounts are summed per label, never with each other. */
  unitLabel: string | null;
  year: number;
  planned: number;
  realised: number;
  /** Initiatives contributing to this unit and year. */
  initiativeCount: number;
}

/** The same, over all years of the selection. */
export interface PortfolioBenefitUnitTotal {
  unit: BenefitUnit;
  unitLabel: string | null;
  planned: number;
  realised: number;
  initiativeCount: number;
}

/**
 * The portfolio's benefit totals over non-archived initiatives of the organisation. Only quantified benefits are
 * counted; units are never mixed.
 */
export interface PortfolioBenefitTotals {
  fromYear: number | null;
  toYear: number | null;
  departmentId: string | null;
  /** Sorted by unit (DKK, hours, other), label, year. */
  totals: PortfolioBenefitTotal[];
  byUnit: PortfolioBenefitUnitTotal[];
  /** Initiatives with at least one quantified benefit year in the selection. */
  initiativeCount: number;
  /** Benefits of the selected initiatives described in words only: never in a total. */
  nonQuantifiedCount: number;
}
