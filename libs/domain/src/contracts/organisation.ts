/** The organisation (kommune) the current request runs in. */
export interface Organisation {
  id: string;
  name: string;
  /** Danish municipality code, e.g. 151 for Ballerup. */
  municipalityCode: number;
  /** Prefix of initiative codes, e.g. "BAL" in BAL-2026-014. */
  codePrefix: string;
}
