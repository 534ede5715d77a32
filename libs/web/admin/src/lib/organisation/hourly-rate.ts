import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { HOURLY_RATE_MAX_DKK } from '@gevinst/domain';

const THOUSANDS_WITH_DOTS = /^\d{1,3}(\.\d{3})+$/;

/**
 * Reads an amount as Danes write it: "425,50", "1.250,5", "1.250" and also "425.5". Spaces and a trailing "kr."
 * are ignored. Returns null for an empty text and NaN for anything unreadable.
 */
export function parseHourlyRate(text: string | null | undefined): number | null {
  const compact = (text ?? '').replace(/[\s\u00a0]/g, '').replace(/kr\.?$/i, '');
  if (compact === '') return null;
  let normalised: string;
  if (compact.includes(',')) normalised = compact.replace(/\./g, '').replace(',', '.');
  else if (THOUSANDS_WITH_DOTS.test(compact)) normalised = compact.replace(/\./g, '');
  else normalised = compact;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

const inputFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2, useGrouping: false });

/** A rate for the form field: decimal comma, no thousands separator ("425,5"). */
export function toRateInput(value: number | null): string {
  return value === null ? '' : inputFormat.format(value);
}

/** Empty is allowed (no default rate); otherwise a number above 0 and at most the maximum. */
export function hourlyRateValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = parseHourlyRate(control.value);
  if (value === null) return null;
  if (Number.isNaN(value)) return { number: true };
  if (value <= 0 || value > HOURLY_RATE_MAX_DKK) return { range: true };
  return null;
}

const maxText = new Intl.NumberFormat('da-DK').format(HOURLY_RATE_MAX_DKK);

export function hourlyRateError(control: AbstractControl): string {
  const errors = control.errors;
  if (!errors) return '';
  if (errors['server']) return String(errors['server']);
  if (errors['number']) return 'Skriv timeprisen som et tal, fx 425,50';
  return `Timeprisen skal være over 0 og højst ${maxText} kr.`;
}

export const HOURLY_RATE_SERVER_MESSAGE = `Timeprisen skal være over 0 og højst ${maxText} kr.`;
