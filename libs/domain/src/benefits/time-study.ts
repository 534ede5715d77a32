export interface TimeStudyInput {
  minutesPerCaseBefore: number;
  minutesPerCaseAfter: number;
  casesPerYear: number;
  /** The organisation's hourly rate in DKK, when the hours are to be priced. */
  hourlyRateDkk?: number;
}

export interface TimeStudyResult {
  hoursPerYear: number;
  dkkPerYear: number | null;
}

/** Minutes saved per case × cases a year → hours freed a year (two decimals), and DKK at the hourly rate. */
export function timeStudy(input: TimeStudyInput): TimeStudyResult {
  const { minutesPerCaseBefore, minutesPerCaseAfter, casesPerYear, hourlyRateDkk } = input;
  for (const [name, value] of Object.entries({ minutesPerCaseBefore, minutesPerCaseAfter, casesPerYear })) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number ≥ 0`);
  }
  const hoursPerYear = Math.round(((minutesPerCaseBefore - minutesPerCaseAfter) * casesPerYear * 100) / 60) / 100;
  const dkkPerYear = hourlyRateDkk === undefined ? null : Math.round(hoursPerYear * hourlyRateDkk * 100) / 100;
  return { hoursPerYear, dkkPerYear };
}
