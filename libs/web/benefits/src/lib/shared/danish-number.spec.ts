import { parseDanishNumber, toInputNumber } from './danish-number';

describe('parseDanishNumber', () => {
  it.each([
    ['1234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.5', 1.5],
    ['-12', -12],
    ['\u221212,5', -12.5],
    [' 270 000 ', 270000],
    ['0,25', 0.25],
  ])('reads %s as %d', (text, expected) => {
    expect(parseDanishNumber(text)).toBe(expected);
  });

  it('returns null for nothing and NaN for what is not a number', () => {
    expect(parseDanishNumber('')).toBeNull();
    expect(parseDanishNumber('  ')).toBeNull();
    expect(parseDanishNumber('12a')).toBeNaN();
    expect(parseDanishNumber('1,2,3')).toBeNaN();
  });

  it('reads back what toInputNumber writes', () => {
    for (const value of [0, 1234.5, -0.25, 1e9, 38]) expect(parseDanishNumber(toInputNumber(value))).toBe(value);
    expect(toInputNumber(null)).toBe('');
  });
});
