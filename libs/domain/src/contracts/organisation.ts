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
}

export type OrganisationSettingsRequest = OrganisationSettings;

/** Bounds of the default hourly rate: more than 0, at most 10 000 kr. */
export const HOURLY_RATE_MAX_DKK = 10_000;
