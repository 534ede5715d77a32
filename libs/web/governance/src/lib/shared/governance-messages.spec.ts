import { defaultPeriod, formatIsoDate, formatPeriod } from './report-period';
import { formatHours, formatKroner, formatPercent } from './format';
import { knownDanishMessage, toDanishMessage } from './governance-messages';

describe('Danish texts for governance', () => {
  it('translates the API messages a user can meet, and nothing reaches the form in English', () => {
    expect(toDanishMessage('Passing a gate with open findings needs a written reason')).toBe('Skriv en begrundelse: der er åbne fund i tjeklisten');
    expect(toDanishMessage('A gate cannot be skipped or moved backwards: the next phase is analysis')).toMatch(/^En fase kan ikke springes over/);
    expect(toDanishMessage('periodEnd must not be before periodStart (2026-03-01)')).toBe('Slutdatoen må ikke ligge før startdatoen');
    expect(toDanishMessage('A report starting 2026-03-01 exists; edit it instead')).toBe('Der findes allerede en statusrapport, der starter den dag');
    expect(toDanishMessage('summary must be shorter than or equal to 4000 characters')).toBe('Højst 4.000 tegn');
    expect(toDanishMessage('Something new went wrong')).toBe('Værdien er ikke gyldig');
    expect(knownDanishMessage('Something new went wrong')).toBeNull();
    expect(knownDanishMessage('The initiative is stopped: it takes no more decisions')).toMatch(/kan ikke få flere beslutninger/);
  });

  it('formats periods, money, hours and percentages the Danish way', () => {
    const { start, end } = defaultPeriod(new Date(2026, 1, 14));
    expect([start.getDate(), start.getMonth(), end.getDate(), end.getMonth()]).toEqual([1, 1, 28, 1]);
    expect(formatIsoDate('2026-03-01')).toBe('01.03.2026');
    expect(formatPeriod('2026-03-01', '2026-03-31')).toBe('01.03.2026–31.03.2026');
    expect(formatKroner(1_250_000.4)).toMatch(/^1\.250\.000\skr\.$/);
    expect(formatHours(1)).toBe('1 time');
    expect(formatHours(7.5)).toBe('7,5 timer');
    expect(formatPercent(null)).toBe('Ikke målt');
    expect(formatPercent(42.25)).toBe('42,3\u00a0%');
  });
});
