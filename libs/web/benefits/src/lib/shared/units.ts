import type { BenefitUnit, Direction } from '@gevinst/domain';
import { formatNumber } from './danish-number';

export const BENEFIT_UNIT_LABELS: Record<BenefitUnit, string> = {
  DKK: 'Kroner (DKK)',
  hours: 'Timer',
  other: 'Anden enhed',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  higher: 'Højere er bedre',
  lower: 'Lavere er bedre',
};

/** The unit's name for headings and labels: "Kroner (DKK)", "Timer", or the label of an 'other' unit. */
export function unitName(unit: BenefitUnit, unitLabel: string | null): string {
  return unit === 'other' ? (unitLabel ?? BENEFIT_UNIT_LABELS.other) : BENEFIT_UNIT_LABELS[unit];
}

/** An amount with its unit: "270.000 kr.", "600 timer", "12,5 sager". */
export function formatAmount(value: number, unit: BenefitUnit, unitLabel: string | null): string {
  const number = formatNumber(value);
  if (unit === 'DKK') return `${number} kr.`;
  if (unit === 'hours') return `${number} ${value === 1 ? 'time' : 'timer'}`;
  return unitLabel ? `${number} ${unitLabel}` : number;
}

/** A goal's indicator value with its free-text unit: "38 %", "12 dage". */
export function formatIndicator(value: number, unit: string): string {
  const trimmed = unit.trim();
  return trimmed ? `${formatNumber(value)} ${trimmed}` : formatNumber(value);
}

/** Achievement reported raw ("76 %", "150 %", "-25 %"); null means it cannot be calculated. */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'ikke beregnet';
  return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(value)} %`;
}

/** The unit as it follows a number in a label: "kr.", "timer", or the label of an 'other' unit. */
export function unitText(unit: BenefitUnit, unitLabel: string | null): string {
  if (unit === 'DKK') return 'kr.';
  if (unit === 'hours') return 'timer';
  return unitLabel ?? '';
}
