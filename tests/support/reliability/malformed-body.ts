import fc from 'fast-check';
import { effectiveType, fillPath, OpenApiDocument, Operation, resolveSchema, Schema } from './openapi';
import { BAD_UUIDS, deepArray, deepObject, HUGE_STRING, RawJson, toJsonText, wrongValue } from './malformed-values';
import { IdBook, sampleBody } from './sample-body';

/** One malformed request, ready to send: the raw body text goes out exactly as written. */
export interface MalformedRequest {
  /** What was broken, for the report (values abridged). */
  mutation: string;
  /** Path with the query string. */
  url: string;
  /** Undefined: no body and no Content-Type at all. */
  body?: { contentType: string; text: string };
}

export interface FuzzTarget {
  doc: OpenApiDocument;
  operation: Operation;
  book: IdBook;
  /** Version of the object the path ends at (a valid body carries it). */
  version?: number;
}

interface Part {
  text: string;
  mutation?: string;
}

const JSON_TYPE = 'application/json';

/**
 * Requests to one write operation that are wrong in at least one way: a body property with a value against its
 * schema (type-aware), unknown fields, a whole body of the wrong kind or unparsable, a wrong Content-Type, a malformed
 * id in the path or a malformed query parameter. Everything else is valid and names the organisation's own objects,
 * so each request gets as far as the first thing that is wrong with it.
 */
export function malformedRequests(target: FuzzTarget): fc.Arbitrary<MalformedRequest> {
  const { operation } = target;
  const path = pathParts(target);
  const query = queryParts(target);
  const body = bodyArbitrary(target);
  const hasBody = operation.contentType !== undefined;
  const hasQuery = operation.queryParameters.length > 0;
  // A request without a body is malformed only in its path or query: always break one, else it would simply succeed.
  const combos: fc.Arbitrary<[Part, Part, Body]>[] = hasBody
    ? [
        fc.tuple(fc.oneof({ weight: 9, arbitrary: path.good }, { weight: 1, arbitrary: path.bad }), fc.oneof(query.good, query.bad), body),
      ]
    : [fc.tuple(path.bad, fc.oneof(query.good, query.bad), body), ...(hasQuery ? [fc.tuple(path.good, query.bad, body)] : [])];
  return fc.oneof(...combos).map(([p, q, b]) => ({
    mutation: [p.mutation, q.mutation, b.mutation].filter(Boolean).join('; ') || 'none',
    url: q.text ? `${p.text}?${q.text}` : p.text,
    body: b.body,
  }));
}

interface Body {
  mutation?: string;
  body?: { contentType: string; text: string };
}

function pathParts({ operation, book }: FuzzTarget): { good: fc.Arbitrary<Part>; bad: fc.Arbitrary<Part> } {
  const own = fillPath(operation, (slot) => book[slot].id);
  const good = fc.constant<Part>({ text: own });
  if (operation.pathSlots.length === 0) return { good, bad: good };
  const badId = fc.oneof(fc.constantFrom(...BAD_UUIDS), fc.uuid(), fc.constant('00000000-0000-4000-8000-000000000000'));
  const bad = fc.tuple(fc.nat({ max: operation.pathSlots.length - 1 }), badId).map(([index, id]) => {
    const slot = operation.pathSlots[index];
    return { text: fillPath(operation, (s) => (s === slot ? id : book[s].id)), mutation: `path ${slot}=${abridge(id)}` };
  });
  return { good, bad };
}

const BAD_VERSIONS = ['', 'abc', '0', '-1', '1.5', '1e3', '0x1', ' 1', '1 ', 'NaN', 'Infinity', '99999999999', '9'.repeat(5_000), 'null', 'true'];

function queryParts({ operation, version }: FuzzTarget): { good: fc.Arbitrary<Part>; bad: fc.Arbitrary<Part> } {
  const params = operation.queryParameters;
  const goodValue = (name: string, schema: Schema | undefined) =>
    name === 'version' ? String(version ?? 1) : schema?.enum?.length ? String(schema.enum[0]) : schema?.type === 'boolean' ? 'false' : undefined;
  const goodPairs = params.flatMap((p) => {
    const value = goodValue(p.name, p.schema);
    return value === undefined ? [] : [`${p.name}=${encodeURIComponent(value)}`];
  });
  const good = fc.constant<Part>({ text: goodPairs.join('&') });
  if (params.length === 0) return { good, bad: good };
  const badOne = fc.tuple(
    fc.constantFrom(...params.map((p) => p.name)),
    fc.oneof(
      fc.constantFrom(...BAD_VERSIONS).map((v) => (name: string) => `${name}=${encodeURIComponent(v)}`),
      // qs (extended query parser) turns these into arrays and objects.
      fc.constantFrom(
        (name: string) => `${name}=1&${name}=2`,
        (name: string) => `${name}[]=1`,
        (name: string) => `${name}[a]=1`,
        (name: string) => `${name}[__proto__][x]=1`,
        (name: string) => `${'x'.repeat(3_000)}=1&${name}`,
      ),
      fc.constant(() => ''),
    ),
  );
  const bad = badOne.map(([name, write]) => {
    const others = goodPairs.filter((pair) => !pair.startsWith(`${name}=`));
    const text = [...others, write(name)].filter(Boolean).join('&');
    return { text, mutation: `query ${abridge(text)}` };
  });
  return { good, bad };
}

function bodyArbitrary(target: FuzzTarget): fc.Arbitrary<Body> {
  const { operation } = target;
  const json = (value: unknown, mutation: string): Body => ({ mutation, body: { contentType: JSON_TYPE, text: toJsonText(value) } });
  if (operation.contentType === undefined) {
    // Routes without a body: usually none; sometimes one they must ignore or refuse.
    return fc.oneof({ weight: 3, arbitrary: fc.constant<Body>({}) }, { weight: 1, arbitrary: wholeBody(fc.constant({ unexpected: true }), json) });
  }
  if (operation.contentType !== JSON_TYPE) {
    // Uploads (multipart): everything but a valid upload.
    return fc.oneof(wholeBody(fc.constant({ file: 'not a file' }), json), contentTypes({ file: 'x' }, true));
  }
  const sample = fc.constant(null).map(() => sampleBody(target.doc, operation, target.book, { version: target.version }) ?? {});
  const slots = slotsOf(target.doc, operation.body ?? {}, sampleBody(target.doc, operation, target.book, { version: target.version }) ?? {});
  return fc.oneof(
    { weight: 6, arbitrary: propertyMutations(sample, slots, json) },
    { weight: 1, arbitrary: unknownFields(sample, json) },
    { weight: 2, arbitrary: wholeBody(sample, json) },
    { weight: 2, arbitrary: sample.chain((s) => contentTypes(s, false)) },
  );
}

interface Slot {
  path: (string | number)[];
  schema: Schema;
}

/** Every property of the schema, and those of nested objects and array items present in the sample (3 levels). */
function slotsOf(doc: OpenApiDocument, schema: Schema, sample: unknown, prefix: (string | number)[] = [], depth = 0): Slot[] {
  const resolved = resolveSchema(doc, schema);
  const slots: Slot[] = [];
  for (const [name, raw] of Object.entries(resolved.properties ?? {})) {
    const property = resolveSchema(doc, raw);
    const path = [...prefix, name];
    slots.push({ path, schema: property });
    const value = (sample as Record<string, unknown> | undefined)?.[name];
    if (depth >= 2 || value === undefined || value === null) continue;
    if (effectiveType(property) === 'array' && Array.isArray(value) && value.length > 0 && property.items) {
      slots.push(...itemSlots(doc, property.items, value[0], [...path, 0], depth));
    } else if (property.properties) {
      slots.push(...slotsOf(doc, property, value, path, depth + 1));
    }
  }
  return slots;
}

function itemSlots(doc: OpenApiDocument, items: Schema, value: unknown, path: (string | number)[], depth: number): Slot[] {
  const schema = resolveSchema(doc, items);
  return [{ path, schema }, ...(schema.properties ? slotsOf(doc, schema, value, path, depth + 1) : [])];
}

type Json = (value: unknown, mutation: string) => Body;

/** One to three properties (top-level or nested) set to a wrong value, null, or left out. */
function propertyMutations(sample: fc.Arbitrary<Record<string, unknown>>, slots: Slot[], json: Json): fc.Arbitrary<Body> {
  if (slots.length === 0) return unknownFields(sample, json);
  const change = fc.integer({ min: 0, max: slots.length - 1 }).chain((i) =>
    fc.oneof(
      { weight: 8, arbitrary: wrongValue(slots[i].schema).map((value) => ({ slot: slots[i], value, drop: false })) },
      { weight: 1, arbitrary: fc.constant({ slot: slots[i], value: undefined as unknown, drop: true }) },
    ),
  );
  return fc.tuple(sample, fc.array(change, { minLength: 1, maxLength: 3 })).map(([body, changes]) => {
    const out = structuredClone(body);
    for (const { slot, value, drop } of changes) setAt(out, slot.path, value, drop);
    return json(out, changes.map((c) => `body.${c.slot.path.join('.')}${c.drop ? ' left out' : `=${abridge(c.value)}`}`).join(', '));
  });
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown, drop: boolean): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (drop) delete node[last];
  else node[last] = value;
}

const UNKNOWN_KEYS = ['organisationId', 'id', 'createdAt', 'createdBy', 'isAdmin', 'roles', 'deletedAt', 'constructor', 'prototype', ''];

/** The valid body with fields no DTO declares (the pipe forbids them), incl. a raw `__proto__`. */
function unknownFields(sample: fc.Arbitrary<Record<string, unknown>>, json: Json): fc.Arbitrary<Body> {
  const key = fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), fc.string({ minLength: 1, maxLength: 20 }));
  return fc.oneof(
    fc.tuple(sample, fc.uniqueArray(key, { minLength: 1, maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })).map(([body, keys, value]) => {
      const out: Record<string, unknown> = { ...body };
      for (const k of keys) if (!(k in body)) Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
      return json(out, `unknown fields ${keys.map((k) => JSON.stringify(k)).join(', ')}`);
    }),
    sample.map((body) => ({
      mutation: 'raw __proto__ field',
      body: { contentType: JSON_TYPE, text: toJsonText(body).replace(/^\{/, '{"__proto__":{"isAdmin":true},') },
    })),
  );
}

/** A body that is not the object expected: another JSON value, unparsable text, too deep, too large. */
function wholeBody(sample: fc.Arbitrary<Record<string, unknown>>, json: Json): fc.Arbitrary<Body> {
  const raw = (text: string, mutation: string): Body => ({ mutation, body: { contentType: JSON_TYPE, text } });
  return fc.oneof(
    fc.constantFrom<unknown>(null, [], 'text', 42, true, {}, [null], [[]]).map((v) => json(v, `body ${JSON.stringify(v)}`)),
    sample.map((s) => json(Object.fromEntries(Object.keys(s).map((k) => [k, null])), 'every field null')),
    sample.map((s) => json([s], 'body [valid body]')),
    sample.map((s) => json([s, s], 'body [valid body ×2]')),
    fc.constant(json(deepObject(5_000), 'body nested 5,000 levels (objects)')),
    fc.constant(json(deepArray(5_000), 'body nested 5,000 levels (arrays)')),
    fc.constant(json({ wrapper: deepObject(5_000) }, 'field nested 5,000 levels')),
    fc.constantFrom('NaN', 'Infinity', '-Infinity', 'undefined', '1e999').map((t) => raw(t, `body ${t}`)),
    sample.map((s) => {
      const text = toJsonText(s);
      return raw(text.slice(0, Math.max(1, text.length - 3)), 'body truncated');
    }),
    sample.map((s) => raw(`${toJsonText(s)}}garbage`, 'body with trailing garbage')),
    sample.map((s) => raw(`\ufeff${toJsonText(s)}`, 'body with a BOM')),
    sample.map((s) => raw(toJsonText(s).replace(/^\{/, '{"a":1,"a":{"b":2},'), 'duplicate keys')),
    sample.map((s) => raw(toJsonText(s).replace(/}$/, ',}'), 'trailing comma')),
    sample.map((s) => raw(`${toJsonText(s)}\u0000`, 'body with a NUL byte')),
    fc.constantFrom('', ' ', '\n').map((t) => raw(t, `body ${JSON.stringify(t)}`)),
    // Over the 256 kB JSON limit: 413.
    sample.map((s) => json({ ...s, padding: HUGE_STRING.repeat(3) }, 'body of 300 kB')),
  );
}

const BOUNDARY = 'fuzzboundary';

/** The body (or its like) under a Content-Type the route does not take, or with none at all. */
function contentTypes(sample: Record<string, unknown>, upload: boolean): fc.Arbitrary<Body> {
  const text = toJsonText(sample);
  const multipart = Object.entries(sample)
    .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v : JSON.stringify(v)}\r\n`)
    .join('');
  const fileNotXlsx = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="risks.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\nthis is not a workbook\r\n--${BOUNDARY}--\r\n`;
  const cases: [string, string, string][] = [
    ['text/plain', text, 'text/plain'],
    ['application/xml', `<?xml version="1.0"?><body>${Object.keys(sample).map((k) => `<${k}>1</${k}>`).join('')}</body>`, 'application/xml'],
    ['application/x-www-form-urlencoded', new URLSearchParams(Object.entries(sample).map(([k, v]) => [k, String(v)])).toString(), 'form-urlencoded'],
    [`multipart/form-data; boundary=${BOUNDARY}`, `${multipart}--${BOUNDARY}--\r\n`, 'multipart'],
    ['multipart/form-data', `${multipart}--${BOUNDARY}--\r\n`, 'multipart without boundary'],
    [`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"\r\n\r\nunterminated`, 'multipart truncated'],
    [`multipart/form-data; boundary=${BOUNDARY}`, fileNotXlsx, 'multipart with a file that is no workbook'],
    [`multipart/form-data; boundary=${BOUNDARY}`, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.xlsx"\r\n\r\n${HUGE_STRING}\r\n--${BOUNDARY}--\r\n`, 'multipart, file of 100 kB garbage'],
    ['application/json; charset=utf-16', text, 'JSON as charset utf-16'],
    ['application/json; charset=latin1', text, 'JSON as charset latin1'],
    ['application/vnd.api+json', text, 'application/vnd.api+json'],
    ['application/octet-stream', text, 'application/octet-stream'],
    ['image/png', '\u0089PNG\r\n\u001a\n', 'image/png'],
    ['', text, 'empty Content-Type'],
    ['application/json', '', 'empty JSON body'],
  ];
  if (upload) cases.push([JSON_TYPE, text, 'JSON instead of an upload']);
  return fc.oneof(
    fc.constantFrom(...cases).map(([contentType, body, mutation]) => ({ mutation: `content type: ${mutation}`, body: { contentType, text: body } })),
    fc.constant<Body>({ mutation: 'no body, no Content-Type' }),
  );
}

/** A short description of a value for the report. */
export function abridge(value: unknown): string {
  if (value instanceof RawJson) return `raw(${value.text.length > 30 ? `${value.text.slice(0, 12)}… ${value.text.length} chars` : value.text})`;
  const text = typeof value === 'string' ? JSON.stringify(value) : toJsonText(value);
  return text === undefined ? 'undefined' : text.length > 60 ? `${text.slice(0, 24)}… (${text.length} chars)` : text;
}
