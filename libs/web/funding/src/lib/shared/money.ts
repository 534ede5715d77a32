import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { FUNDING_LIMITS, hasAtMostTwoDecimals } from '@gevinst/domain';

const THOUSANDS_WITH_DOTS = /^\d{1,3}(\.\d{3})+$/;

/**
 * Reads an amount of kroner as Danes write it: "1.250.000,50", "1250000,5", "1.250.000", and also "1250000.50".
 * With a comma, the comma is the decimal separator and dots group thousands; without one, "1.250" is a thousand and
 * "12.5" twelve and a half. Spaces (also non-breaking) and a trailing "kr." are ignored. Returns null for an empty
 * text and NaN for anything unreadable (a sign, letters, two commas).
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

/** An amount for a form field, as the user would type it: "1.250.000,5" → "1.250.000,50"; whole kroner without øre. */
export function toKronerInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat('da-DK', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(value);
}

const wholeKroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const withOre = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** DKK for reading: "1.250.000 kr.", "250.000,50 kr." (øre only when there are some), "-75.000 kr.". */
export function formatKroner(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return (Number.isInteger(rounded) ? wholeKroner : withOre).format(rounded);
}

const plainNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** Freed hours: "1 time", "1.250 timer", "7,5 timer". */
export function formatHours(value: number): string {
  return `${plainNumber.format(value)} ${value === 1 ? 'time' : 'timer'}`;
}

const sentenceNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** A plain number in a sentence: "1.250". */
export function formatNumber(value: number): string {
  return sentenceNumber.format(value);
}

export interface AmountLimits {
  /** Smallest allowed amount; 0.01 for a funding line or an application, 0 for a pool's capital. */
  min: number;
  max?: number;
}

/**
 * Validates a text field holding kroner: readable (`amountNumber`), at most two decimals (`amountDecimals`) and
 * within the limits (`amountMin`, `amountMax`). Empty passes; combine with a required validator.
 */
export function kronerValidator(limits: AmountLimits): ValidatorFn {
  const max = limits.max ?? FUNDING_LIMITS.amountMax;
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = parseKroner(control.value);
    if (value === null) return null;
    if (Number.isNaN(value)) return { amountNumber: true };
    if (!hasAtMostTwoDecimals(value)) return { amountDecimals: true };
    if (value < limits.min) return { amountMin: { min: limits.min } };
    if (value > max) return { amountMax: { max } };
    return null;
  };
}

/** The Danish message for kronerValidator's errors, or null when the control has none of them. */
export function kronerErrorMessage(errors: ValidationErrors): string | null {
  if (errors['amountNumber']) return 'Skriv beløbet i kroner, fx 1.250.000,50';
  if (errors['amountDecimals']) return 'Højst to decimaler (øre)';
  if (errors['amountMin']) {
    const min = (errors['amountMin'] as { min: number }).min;
    return min > 0 ? 'Beløbet skal være større end 0 kr.' : 'Beløbet må ikke være negativt';
  }
  if (errors['amountMax']) return `Beløbet må højst være ${formatKroner((errors['amountMax'] as { max: number }).max)}`;
  return null;
}
