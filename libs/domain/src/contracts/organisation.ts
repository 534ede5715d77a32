import type { ReviewCycle } from './governance';

/** The organisation (kommune) the current request runs in. */
export interface Organisation {
  id: string;
  name: string;
  /** Danish municipality code, e.g. 151 for Ballerup. */
  municipalityCode: number;
  /** Prefix of initiative codes, e.g. "BAL" in BAL-2026-014. */
  codePrefix: string;
  settings: OrganisationSettings;
}

/** Settings the organisation's admin maintains. */
export interface OrganisationSettings {
  /** Default DKK per hour for time studies; null: none set. */
  hourlyRateDkk: number | null;
  /** How often status reports are due: the calendar month or quarter (Europe/Copenhagen). */
  reviewCycle: ReviewCycle;
  /** The business case's real discount rate, a fraction (0.035 = 3.5 %). */
  discountRate: number;
  /** Years the business case looks ahead, the first year included. */
  horizonYears: number;
}

/** The rate is always sent (null clears it); the other settings are kept as they are when left out. */
export interface OrganisationSettingsRequest {
  hourlyRateDkk: number | null;
  reviewCycle?: ReviewCycle;
  discountRate?: number;
  horizonYears?: number;
}

/** Bounds of the default hourly rate: more than 0, at most 10 000 kr. */
export const HOURLY_RATE_MAX_DKK = 10_000;

/** Bounds of the business case settings (defaults: DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS). */
export const BUSINESS_CASE_LIMITS = { discountRateMax: 0.2, horizonYearsMin: 1, horizonYearsMax: 30 } as const;

/** The review cycle of an organisation that has not chosen one. */
export const DEFAULT_REVIEW_CYCLE: ReviewCycle = 'quarter';
