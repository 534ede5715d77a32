const wholeKroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const withOre = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const score = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** DKK for reading: "1.250.000 kr.", "250.000,50 kr." (øre only when there are some). */
export function formatKroner(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return (Number.isInteger(rounded) ? wholeKroner : withOre).format(rounded);
}

/** A priority score 0–100 with at most one decimal: "72,5". */
export function formatScore(value: number): string {
  return score.format(value);
}

/** A plain number in a sentence: "1.250", "7,5". */
export function formatNumber(value: number): string {
  return plain.format(value);
}

const THOUSANDS_WITH_DOTS = /^\d{1,3}(\.\d{3})+$/;

/**
 * Reads kroner as Danes write them: "1.250.000,50", "1250000,5", "1.250.000", also "1250000.50"; spaces and a
 * trailing "kr." are ignored. Null for an empty text, NaN for anything unreadable (a sign, letters, two commas).
 */
export function parseKroner(text: string | null | undefined): number | null {
  const compact = (text ?? '').replace(/[\s\u00a0]/g, '').replace(/(kr\.?|dkk)$/i, '');
  if (compact === '') return null;
  let normalised: string;
  if (compact.includes(',')) {
    const [whole, decimals, extra] = compact.split(',');
    if (extra !== undefined || !(/^\d*$/.test(whole) || THOUSANDS_WITH_DOTS.test(whole))) return Number.NaN;
    normalised = `${whole.replace(/\./g, '')}.${decimals}`;
  } else if (THOUSANDS_WITH_DOTS.test(compact)) normalised = compact.replace(/\./g, '');
  else normalised = compact;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/** An amount for a form field as the user would type it: 1250000.5 → "1.250.000,50"; whole kroner without øre. */
export function toKronerInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat('da-DK', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(value);
}
