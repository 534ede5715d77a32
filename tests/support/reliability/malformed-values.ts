import fc from 'fast-check';
import { effectiveType, Schema } from './openapi';

/** A JSON token JSON.stringify cannot write (NaN, Infinity) or a fragment written as is (5,000 levels of nesting). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** `value` as JSON text, RawJson parts spliced in verbatim (so the body may be invalid JSON on purpose). */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const marker = `@@raw${Math.random().toString(36).slice(2)}@@`;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof RawJson)) return v;
    raws.push(v.text);
    return `${marker}${raws.length - 1}`;
  });
  if (text === undefined) return '';
  return raws.length === 0 ? text : text.replace(new RegExp(`"${marker}(\\d+)"`, 'g'), (_m, i: string) => raws[Number(i)]);
}

export const HUGE_STRING = 'x'.repeat(100_000);
/** 100k characters of two bytes each in UTF-8: 200 kB, under the 256 kB body limit on its own. */
export const HUGE_DANISH = 'æ'.repeat(100_000);

/** Nesting as deep as `levels`, as raw JSON (a JS object that deep would only test JSON.stringify). */
export const deepObject = (levels: number) => new RawJson(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
export const deepArray = (levels: number) => new RawJson(`${'['.repeat(levels)}${']'.repeat(levels)}`);

export const BAD_DATES = [
  '2026-02-30',
  '2025-02-29',
  'not-a-date',
  '99999-01-01',
  '0000-00-00',
  '2026-13-01',
  '2026-1-1',
  '2026-01-01T00:00:00Z',
  ' 2026-01-01',
  '01.02.2026',
  '-001000-01-01',
  '275760-09-14',
  '',
];

export const BAD_UUIDS = [
  'not-a-uuid',
  '',
  ' ',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0000000-0000-4000-8000-000000000000',
  '00000000-0000-4000-8000-0000000000000',
  '00000000000040008000000000000000',
  '{00000000-0000-4000-8000-000000000000}',
  "' OR '1'='1",
  '../../etc/passwd',
  '%00',
  '\u0000',
  'z'.repeat(5_000),
];

/** Odd text: control characters, a lone surrogate, markup, SQL, right-to-left, emoji, only spaces. */
const ODD_STRINGS = ['', ' ', '   \t\n', '\u0000', 'a\u0000b', '\ud800', '\uffff', '<script>alert(1)</script>', "'; DROP TABLE initiative; --", '\u202eevil', '💥🧨', 'null', 'undefined', 'NaN', 'Infinity', '-1e308', '12', 'true', '{}', '[]'];

/** Strings a text field might take, each short: NUL (PostgreSQL text cannot hold it), a lone surrogate, markup, SQL. */
const HOSTILE_TEXT = ['a\u0000b', '\u0000', 'x\ud800y', '\udfff', '\u202eevil', '💥🧨', '<script>alert(1)</script>', "'; DROP TABLE initiative; --", '%00', '\\x00'];

/** Numbers JSON can carry that a column might not: ±1e308, beyond int4/int8, tiny, negative zero, many decimals. */
const EXTREME_NUMBERS = [1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 1e21, -0, -1, 0, 0.1 + 0.2, 1.005, 123.456789, 1e-7];

/** Tokens only raw text can carry: JSON has no NaN or Infinity; 1e999 parses to Infinity; -0.0; huge exponent. */
const RAW_NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '1e-999', '-0.0', '0x10', '01', '+1', '.5', '1.', '1_000'];

const anyRaw = fc.constantFrom(...RAW_NUMBERS).map((t) => new RawJson(t));

/** Values of no particular type, wrong for almost every field. */
function anyWrong(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.constantFrom(HUGE_STRING, HUGE_DANISH),
    fc.constantFrom(...ODD_STRINGS),
    fc.constantFrom(...EXTREME_NUMBERS),
    anyRaw,
    fc.constantFrom(true, false),
    fc.constantFrom<unknown>({}, [], [null], { $gt: '' }, new RawJson('{"__proto__":{"polluted":true}}'), { constructor: { prototype: { polluted: true } } }),
    fc.constantFrom(deepObject(5_000), deepArray(5_000), deepObject(64)),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

/**
 * A value that breaks the property's schema, most often in a way its type invites: a string where a number is
 * expected, a date that is no calendar day, a uuid that is none, an enum member in the wrong case, 1e308 for an
 * integer; else anything at all (null, huge text, NaN as raw text, nesting 5,000 deep).
 */
export function wrongValue(schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: typedWrong(schema) }, { weight: 2, arbitrary: anyWrong() });
}

function typedWrong(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.enum?.length) {
    const members = schema.enum.map(String);
    return fc.oneof(
      fc.constantFrom(...members.map((m) => m.toUpperCase()), ...members.map((m) => ` ${m}`), `${members[0]}x`, members.join(',')),
      fc.constant(members),
      fc.integer({ min: -1, max: members.length }),
    );
  }
  switch (effectiveType(schema)) {
    case 'string':
      return stringWrong(schema);
    case 'number':
    case 'integer':
      return numberWrong(schema);
    case 'boolean':
      return fc.constantFrom<unknown>('true', 'false', 1, 0, 'yes', [true]);
    case 'array':
      return fc.oneof(
        fc.constantFrom<unknown>({}, 'a,b', 1, [[]], [null], [{}]),
        // Beyond any maxItems (10k elements, about 60 kB).
        fc.constant(Array.from({ length: Math.max((schema.maxItems ?? 0) + 1, 10_000) }, () => 1)),
        fc.array(anyWrong(), { minLength: 1, maxLength: 3 }),
      );
    default:
      return fc.constantFrom<unknown>([], 'object', 1, [{}], { unknownField: 1 });
  }
}

function stringWrong(schema: Schema): fc.Arbitrary<unknown> {
  const tooLong = 'y'.repeat(Math.min((schema.maxLength ?? 100_000) + 1, 100_001));
  const byFormat: Record<string, fc.Arbitrary<unknown>> = {
    date: fc.oneof(fc.constantFrom(...BAD_DATES), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
    uuid: fc.oneof(fc.constantFrom(...BAD_UUIDS), fc.uuid().map((u) => u.toUpperCase())),
    email: fc.constantFrom('not-an-email', '@', 'a@', `${'a'.repeat(300)}@example.com`, 'a@b@c.dk', ' a@b.dk', 'a@b.dk\u0000'),
  };
  return fc.oneof(
    // Plain text: also text that is a string of fitting length yet hostile, so it gets past validation to the database.
    byFormat[schema.format ?? ''] ?? fc.constantFrom('', tooLong, ...HOSTILE_TEXT),
    fc.constantFrom<unknown>(tooLong, 12, 0, -1, true, ['text'], { text: 'x' }),
  );
}

function numberWrong(schema: Schema): fc.Arbitrary<unknown> {
  const bounds = [schema.minimum !== undefined ? schema.minimum - 1 : -1, schema.maximum !== undefined ? schema.maximum + 1 : 1e308];
  return fc.oneof(
    fc.constantFrom<unknown>(...bounds, ...EXTREME_NUMBERS, 1.5, '1', '1e308', 'NaN', 'Infinity', '', [1], { value: 1 }, true),
    anyRaw,
    fc.double(),
  );
}
