import type { BenefitUnit } from '@gevinst/domain';
import { DANISH_TIME_ZONE } from '@gevinst/domain';

/** da-DK text for the benefit card: dots for thousands, a comma for decimals, dd.mm.yyyy dates. Pure. */

const whole = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const hundredths = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const measured = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 3 });

/** An amount stored in hundredths: whole numbers without decimals, anything else with exactly two ("1.250.000", "12,50"). */
export function formatAmount(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isInteger(rounded) ? whole.format(rounded) : hundredths.format(rounded);
}

/** Kroner: "1.250.000 kr.", "-3.400,50 kr.". */
export const formatKroner = (value: number): string => `${formatAmount(value)} kr.`;

/** An indicator value (any precision the goal was given, up to three decimals): "0,5", "12.000". */
export const formatMeasure = (value: number): string => measured.format(value);

/** An achievement percentage, rounded to whole per cent: "63 %" (above 100 or negative as it is). */
export const formatPercent = (value: number): string => `${whole.format(Math.round(value))} %`;

/** YYYY-MM-DD as dd.mm.yyyy. */
export const formatDate = (day: string): string => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

const stamp = new Intl.DateTimeFormat('da-DK', {
  timeZone: DANISH_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Danish wall-clock time: "08.12.2026 kl. 14.05". */
export function formatStamp(at: Date): string {
  const parts = Object.fromEntries(stamp.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.day}.${parts.month}.${parts.year} kl. ${parts.hour}.${parts.minute}`;
}

/** The unit a benefit is counted in, as the card writes it after an amount. */
export function unitName(unit: BenefitUnit, label: string | null): string {
  if (unit === 'DKK') return 'kr.';
  if (unit === 'hours') return 'timer';
  return label?.trim() || 'enheder';
}

/**
 * Free text cut to at most `max` characters on one line: whitespace collapsed, cut at a word boundary when one is near,
 * an ellipsis added when anything was left out. Keeps the card's boxes at a known height.
 */
export function truncate(text: string | null | undefined, max: number): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** "+ 3 flere" (or "+ 1 mere") under a capped list; empty when nothing was left out. */
export const moreLine = (hidden: number): string => (hidden <= 0 ? '' : hidden === 1 ? '+ 1 mere' : `+ ${whole.format(hidden)} flere`);

/** The filename of a card download, ASCII-safe and with the RFC 5987 form for the Danish letters. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
