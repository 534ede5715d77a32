import { jsonProblem, MAX_JSON_DEPTH } from './json-body';

const nested = (levels: number): unknown => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

describe('jsonProblem', () => {
  it('counts the top-level object or array as one level', () => {
    expect(jsonProblem({ a: 1 }, 1)).toBeUndefined();
    expect(jsonProblem({ a: [] }, 1)).toEqual({ kind: 'too-deep' });
    expect(jsonProblem([[[]]], 3)).toBeUndefined();
    expect(jsonProblem([[[]]], 2)).toEqual({ kind: 'too-deep' });
    expect(jsonProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(jsonProblem(nested(MAX_JSON_DEPTH + 1))).toEqual({ kind: 'too-deep' });
  });

  it('takes scalars and missing bodies as fine, and real bodies too', () => {
    for (const value of [undefined, null, 1, 'text', true]) expect(jsonProblem(value)).toBeUndefined();
    expect(jsonProblem({ version: 2, years: [{ year: 2026, planned: 1, note: 'æøå' }] })).toBeUndefined();
  });

  it('finds the deep branch among shallow ones, and walks 100,000 levels without overflowing the stack', () => {
    expect(jsonProblem({ a: 1, b: [1, 2], c: { d: nested(MAX_JSON_DEPTH) } })).toEqual({ kind: 'too-deep' });
    expect(jsonProblem(nested(100_000))).toEqual({ kind: 'too-deep' });
  });

  it('names the field of a string with a NUL character or an unpaired surrogate', () => {
    expect(jsonProblem({ title: 'a\u0000b' })).toEqual({ kind: 'bad-text', field: 'title' });
    expect(jsonProblem({ years: [{ note: 'ok' }, { note: '\u0000' }] })).toEqual({ kind: 'bad-text', field: 'years.1.note' });
    expect(jsonProblem('\u0000')).toEqual({ kind: 'bad-text', field: 'body' });
    for (const text of ['x\ud800y', '\ud800', '\udfff', 'a\udc00\ud800']) expect(jsonProblem({ statement: text })).toEqual({ kind: 'bad-text', field: 'statement' });
  });

  it('takes paired surrogates (emoji), Danish letters and other control characters as text', () => {
    expect(jsonProblem({ title: 'Sparet tid 💥 æøå \t\n \u202e \uffff' })).toBeUndefined();
  });
});
