import { FORMULA_MESSAGE, parseDate, parseInteger, parseLabel, parseRating, parseText, RawCell, toRawCell } from './risk-log-cells';
import { CATEGORY_LABELS } from './risk-log-layout';

const text = (value: string): RawCell => ({ kind: 'text', text: value });
const number = (value: number): RawCell => ({ kind: 'number', value });

describe('risk log cells', () => {
  it('maps what exceljs reads to cells, leaving blanks out', () => {
    expect(toRawCell(null)).toBeNull();
    expect(toRawCell('   ')).toBeNull();
    expect(toRawCell(' Titel ')).toEqual(text('Titel'));
    expect(toRawCell(3)).toEqual(number(3));
    expect(toRawCell({ formula: 'G2*H2', result: 12 })).toEqual({ kind: 'formula' });
    // A shared formula's dependent cells have an empty formula text.
    expect(toRawCell({ formula: '', result: 12 })).toEqual({ kind: 'formula' });
    expect(toRawCell({ error: '#N/A' })).toEqual({ kind: 'error', text: '#N/A' });
    expect(toRawCell({ richText: [{ text: 'Data' }, { text: 'tab' }] })).toEqual(text('Datatab'));
    expect(toRawCell({ sharedString: 3 })).toEqual({ kind: 'error', text: 'ulæselig celle' });
  });

  it('reads ratings as whole numbers 1-5, also numbers stored as text, and refuses the rest', () => {
    expect(parseRating(number(3))).toEqual({ ok: true, value: 3 });
    expect(parseRating(text('4'))).toEqual({ ok: true, value: 4 });
    expect(parseRating(undefined)).toEqual({ ok: true, value: null });
    expect(parseRating(number(6))).toEqual({ ok: false, message: 'Skal være et helt tal fra 1 til 5 (fandt 6)' });
    expect(parseRating(number(2.5))).toEqual({ ok: false, message: 'Skal være et helt tal fra 1 til 5 (fandt 2,5)' });
    expect(parseRating(text('2,5'))).toEqual({ ok: false, message: 'Skal være et helt tal fra 1 til 5 (fandt 2,5)' });
    expect(parseRating(text('høj'))).toEqual({ ok: false, message: 'Skal være et tal fra 1 til 5, ikke "høj"' });
    expect(parseRating({ kind: 'formula' })).toEqual({ ok: false, message: FORMULA_MESSAGE });
    expect(parseRating({ kind: 'error', text: '#DIV/0!' })).toEqual({ ok: false, message: 'Cellen indeholder fejlværdien #DIV/0!' });
  });

  it('reads numbers (Nr.) as positive whole numbers', () => {
    expect(parseInteger(number(12), 1_000_000)).toEqual({ ok: true, value: 12 });
    expect(parseInteger(text('R12'), 1_000_000)).toEqual({ ok: false, message: 'Skal være et helt tal, ikke "R12"' });
    expect(parseInteger(number(0), 1_000_000).ok).toBe(false);
  });

  it('reads Excel dates, serial numbers and Danish or ISO date text', () => {
    expect(parseDate({ kind: 'date', date: new Date('2026-03-05T00:00:00Z') })).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(number(46086))).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(text('05-03-2026'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(text('5.3.2026'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(text('5/3/2026'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(text('2026-03-05'))).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(text('31-02-2026'))).toEqual({ ok: false, message: 'Ugyldig dato "31-02-2026"; skriv dd-mm-åååå' });
    expect(parseDate(text('næste uge'))).toEqual({ ok: false, message: 'Ugyldig dato "næste uge"; skriv dd-mm-åååå' });
    expect(parseDate(text('2026-13-01')).ok).toBe(false);
    expect(parseDate({ kind: 'boolean', value: true }).ok).toBe(false);
  });

  it('reads text from any value cell', () => {
    expect(parseText(number(2026))).toEqual({ ok: true, value: '2026' });
    expect(parseText({ kind: 'date', date: new Date('2026-03-05T00:00:00Z') })).toEqual({ ok: true, value: '05-03-2026' });
    expect(parseText({ kind: 'formula' })).toEqual({ ok: false, message: FORMULA_MESSAGE });
  });

  it('names the allowed labels when one is unknown', () => {
    expect(parseLabel(text('Miljø'), CATEGORY_LABELS, 'kategori')).toEqual({
      ok: false,
      message: 'Ukendt kategori "Miljø"; brug en af: Politisk, Økonomisk, Teknisk, Juridisk, Informationssikkerhed/GDPR, Organisatorisk, Leverandør',
    });
    expect(parseLabel(text('gdpr'), CATEGORY_LABELS, 'kategori')).toEqual({ ok: true, value: 'information_security' });
  });
});
