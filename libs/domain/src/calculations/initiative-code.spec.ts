import fc from 'fast-check';
import { formatInitiativeCode, parseInitiativeCode } from './initiative-code';

describe('formatInitiativeCode', () => {
  it('pads the running number to three digits', () => {
    expect(formatInitiativeCode('BAL', 2026, 14)).toBe('BAL-2026-014');
    expect(formatInitiativeCode('FAV', 2025, 1)).toBe('FAV-2025-001');
  });

  it('keeps numbers above 999 whole', () => {
    expect(formatInitiativeCode('AAL', 2026, 1234)).toBe('AAL-2026-1234');
  });

  it('rejects invalid parts', () => {
    expect(() => formatInitiativeCode('bal', 2026, 1)).toThrow(RangeError);
    expect(() => formatInitiativeCode('BAL', 26, 1)).toThrow(RangeError);
    expect(() => formatInitiativeCode('BAL', 2026, 0)).toThrow(RangeError);
    expect(() => formatInitiativeCode('BAL', 2026, 1.5)).toThrow(RangeError);
  });

  it('round-trips through parseInitiativeCode', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-ZÆØÅ]{2,6}$/),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (prefix, year, sequence) => {
          const parsed = parseInitiativeCode(formatInitiativeCode(prefix, year, sequence));
          expect(parsed).toEqual({ prefix, year, sequence });
        },
      ),
    );
  });

  it('sorts chronologically within a year when compared as strings up to 999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 998 }), (n) => {
        expect(formatInitiativeCode('BAL', 2026, n) < formatInitiativeCode('BAL', 2026, n + 1)).toBe(true);
      }),
    );
  });
});

describe('parseInitiativeCode', () => {
  it('returns null for malformed codes', () => {
    expect(parseInitiativeCode('BAL-26-001')).toBeNull();
    expect(parseInitiativeCode('bal-2026-001')).toBeNull();
    expect(parseInitiativeCode('BAL-2026-01')).toBeNull();
  });
});
