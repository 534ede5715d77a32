const THOUSANDS_WITH_DOTS = /^-?\d{1,3}(\.\d{3})+$/;

/**
 * Reads a number as Danes write it: "1.234,5", "1234,5", "-12" and also "1234.5". With a comma, the comma is the
 * decimal separator and dots separate thousands; without one, "1.234" is a thousand and "1.5" one and a half.
 * Spaces (also non-breaking) are ignored. Returns null for an empty text and NaN for anything unreadable.
 */
export function parseDanishNumber(text: string | null | undefined): number | null {
  const compact = (text ?? '').replace(/[\s\u00a0]/g, '').replace(/^\u2212/, '-');
  if (compact === '') return null;
  let normalised: string;
  if (compact.includes(',')) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if (THOUSANDS_WITH_DOTS.test(compact)) normalised = compact.replace(/\./g, '');
  else normalised = compact;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

const inputFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 6, useGrouping: false });
const displayFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** A number for a form field: Danish decimal comma, no thousands separator ("1234,5"). */
export function toInputNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : inputFormat.format(value).replace('\u2212', '-');
}

/** A number for reading: "1.234,5". */
export function formatNumber(value: number): string {
  return displayFormat.format(value);
}
