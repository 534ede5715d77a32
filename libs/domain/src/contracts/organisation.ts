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
}

/** The rate is always sent (null clears it); the review cycle is kept as it is when left out. */
export interface OrganisationSettingsRequest {
  hourlyRateDkk: number | null;
  reviewCycle?: ReviewCycle;
}

/** Bounds of the default hourly rate: more than 0, at most 10 000 kr. */
export const HOURLY_RATE_MAX_DKK = 10_000;

/** The review cycle of an organisation that has not chosen one. */
export const DEFAULT_REVIEW_CYCLE: ReviewCycle = 'quarter';
