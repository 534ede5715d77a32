const wholeKroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** DKK in whole kroner for reading: "1.250.000 kr.". */
export function formatKroner(value: number): string {
  return wholeKroner.format(Math.round(value));
}

/** Freed hours: "1 time", "1.250 timer", "7,5 timer". */
export function formatHours(value: number): string {
  return `${oneDecimal.format(value)} ${value === 1 ? 'time' : 'timer'}`;
}

/** A percentage: "42 %", "12,5 %"; "Ikke målt" when there is none. */
export function formatPercent(value: number | null): string {
  return value === null ? 'Ikke målt' : `${oneDecimal.format(value)}\u00a0%`;
}
