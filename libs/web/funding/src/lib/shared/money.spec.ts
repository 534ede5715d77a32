import type { AbstractControl } from '@angular/forms';
import { formatHours, formatKroner, kronerErrorMessage, kronerValidator, parseKroner, toKronerInput } from './money';

const NBSP = '\u00a0';
const control = (value: string | null) => ({ value }) as AbstractControl<string | null>;

describe('Danish kroner in forms and tables', () => {
  it.each([
    ['1.250.000,50', 1_250_000.5],
    ['1250000,5', 1_250_000.5],
    ['1.250.000', 1_250_000],
    ['1.250', 1_250],
    ['1250000.50', 1_250_000.5],
    ['12.5', 12.5],
    ['0,29', 0.29],
    [' 250 000,50 kr. ', 250_000.5],
    [`250${NBSP}000 kr`, 250_000],
    ['75000DKK', 75_000],
    [',5', 0.5],
  ])('reads %j as %d', (text, expected) => {
    expect(parseKroner(text)).toBe(expected);
  });

  it('reads an empty field as null', () => {
    expect(parseKroner('')).toBeNull();
    expect(parseKroner('   ')).toBeNull();
    expect(parseKroner(null)).toBeNull();
  });

  it.each(['abc', '1,2,3', '-100', '1.25.000,00', '12,5 mio', '1e6', '12.50,5'])('refuses %j', (text) => {
    expect(parseKroner(text)).toBeNaN();
  });

  it('keeps øre exact: what it reads is a JSON number with the same two decimals', () => {
    const amount = parseKroner('9.999.999.999,99') as number;
    expect(JSON.stringify({ amount })).toBe('{"amount":9999999999.99}');
    expect(parseKroner('0,10')).toBe(0.1);
  });

  it('writes amounts back into a field so they read the same', () => {
    for (const value of [1_250_000.5, 250_000, 0.29, 10_000_000_000]) {
      expect(parseKroner(toKronerInput(value))).toBe(value);
    }
    expect(toKronerInput(1_250_000.5)).toBe('1.250.000,50');
    expect(toKronerInput(250_000)).toBe('250.000');
    expect(toKronerInput(null)).toBe('');
  });

  it('shows DKK the Danish way, with øre only when there are some', () => {
    expect(formatKroner(1_250_000)).toBe(`1.250.000${NBSP}kr.`);
    expect(formatKroner(250_000.5)).toBe(`250.000,50${NBSP}kr.`);
    expect(formatKroner(0)).toBe(`0${NBSP}kr.`);
    expect(formatKroner(-75_000)).toMatch(/^[-\u2212]75\.000\u00a0kr\.$/);
    // A sum of øre-exact amounts that floating point would show as 0.30000000000000004.
    expect(formatKroner(0.1 + 0.2)).toBe(`0,30${NBSP}kr.`);
  });

  it('shows hours with the right noun', () => {
    expect(formatHours(1)).toBe('1 time');
    expect(formatHours(1250)).toBe('1.250 timer');
    expect(formatHours(7.5)).toBe('7,5 timer');
  });

  describe('the validator', () => {
    const line = kronerValidator({ min: 0.01 });
    const capital = kronerValidator({ min: 0 });

    it('lets an empty or good amount through', () => {
      expect(line(control(''))).toBeNull();
      expect(line(control('1.250.000,50'))).toBeNull();
      expect(capital(control('0'))).toBeNull();
    });

    it('names what is wrong, in Danish', () => {
      const message = (errors: ReturnType<typeof line>) => kronerErrorMessage(errors ?? {});
      expect(message(line(control('mange penge')))).toBe('Skriv beløbet i kroner, fx 1.250.000,50');
      expect(message(line(control('12,345')))).toBe('Højst to decimaler (øre)');
      expect(message(line(control('0')))).toBe('Beløbet skal være større end 0 kr.');
      expect(message(line(control('10.000.000.000,01')))).toBe(`Beløbet må højst være 10.000.000.000${NBSP}kr.`);
      expect(kronerErrorMessage({ required: true })).toBeNull();
    });
  });
});
