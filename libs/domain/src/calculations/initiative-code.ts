/**
 * Readable initiative codes such as BAL-2026-014: organisation prefix, year of registration and a
 * running number per organisation and year (at least three digits, more when a year passes 999).
 */
export function formatInitiativeCode(prefix: string, year: number, sequence: number): string {
  if (!/^[A-ZÆØÅ]{2,6}$/.test(prefix)) throw new RangeError(`Invalid code prefix: ${prefix}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(3, '0')}`;
}

export interface ParsedInitiativeCode {
  prefix: string;
  year: number;
  sequence: number;
}

export function parseInitiativeCode(code: string): ParsedInitiativeCode | null {
  const match = /^([A-ZÆØÅ]{2,6})-(\d{4})-(\d{3,})$/.exec(code);
  if (!match) return null;
  return { prefix: match[1], year: Number(match[2]), sequence: Number(match[3]) };
}
