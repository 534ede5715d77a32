import fc from 'fast-check';
import type { Response } from 'supertest';
import { createOrganisation } from '../../factories/organisation.factory';
import { ApiClient } from '../../support/api-client';
import { abridge, MalformedRequest, malformedRequests } from '../../support/reliability/malformed-body';
import { loadOpenApi, OpenApiDocument, Operation, operationsOf, WRITE_METHODS } from '../../support/reliability/openapi';
import { seedOrganisation } from '../../support/reliability/organisation-data';
import { IdBook } from '../../support/reliability/sample-body';
import { countChanges, TableCounter } from '../../support/reliability/table-counts';
import { startTestApp, TestApp } from '../../support/test-app';

/**
 * Fuzzing of every write route from its OpenAPI schema: requests that are wrong in one or more ways (type-aware wrong
 * values, huge text, NaN and ±1e308, unknown fields, impossible dates, malformed ids, nesting 5,000 deep, wrong
 * Content-Types, empty and unparsable bodies), sent by a user holding every role with the organisation's own ids,
 * so they get past authorisation to validation. Never a 5xx; every 4xx in the one error shape; and a refused request
 * writes nothing (row counts of every table, audit_log included). Seeded: FUZZ_SEED=… repeats a run.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
/** Requests per operation, by kind: JSON bodies have the most to break; routes without one, only path and query. */
const RUNS = { json: 44, upload: 30, none: 20 };
/** Logout would end the fuzzing session; it takes no input to break. */
const SKIPPED = new Set(['POST /api/v1/auth/logout']);
/** Statuses that mean the request was refused for its content (not before it was looked at). */
const VALIDATION_STATUSES = new Set([400, 413, 415, 422]);
const ERROR_KEYS = new Set(['statusCode', 'code', 'message', 'details', 'requestId', 'current', 'importErrors']);

if (!Number.isInteger(SEED)) throw new Error(`FUZZ_SEED must be an integer, got "${process.env.FUZZ_SEED}"`);

describe('reliability: fuzzing the write routes from the OpenAPI schemas', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let book: IdBook;
  let client: ApiClient;
  let counter: TableCounter;
  let addresses = 0;

  beforeAll(async () => {
    // TRUST_PROXY: a fresh X-Forwarded-For per login request keeps the sign-in rate limit (429) out of the fuzz.
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    ({ book, client } = await seedOrganisation(t, await createOrganisation(t.dataSource, { codePrefix: 'FUZ' })));
    doc = await loadOpenApi(t.server);
    counter = await TableCounter.create(t.dataSource);
  }, 60_000);
  afterAll(() => t?.close());

  const writes = () => operationsOf(doc).filter((op) => WRITE_METHODS.includes(op.method) && !SKIPPED.has(op.label));
  const versionOf = (op: Operation) => book[op.pathSlots[op.pathSlots.length - 1]]?.version;
  const runsOf = (op: Operation) => (op.contentType === undefined ? RUNS.none : op.contentType === 'application/json' ? RUNS.json : RUNS.upload);

  /** Per operation, so a new route does not change what the others get for the same seed. */
  const seedOf = (op: Operation) => [...op.label].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, SEED);

  function send(op: Operation, request: MalformedRequest): Promise<Response> {
    let call = client[op.method](request.url);
    if (op.path.endsWith('/auth/login')) {
      addresses += 1;
      call = call.set('X-Forwarded-For', `10.99.${(addresses >> 8) & 255}.${addresses & 255}`);
    }
    if (!request.body) return call;
    call = call.set('Content-Type', request.body.contentType || 'text/plain').send(request.body.text);
    // superagent types a string body as a form when no type is set: take the header away again.
    return request.body.contentType ? call : call.unset('Content-Type');
  }

  it('has write routes of every method in the document, and a request generator for each', () => {
    const methods = new Set(writes().map((op) => op.method));
    expect([...methods].sort()).toEqual(['delete', 'patch', 'post', 'put']);
    for (const op of writes()) expect(fc.sample(arbitraryOf(op), { seed: SEED, numRuns: 3 })).toHaveLength(3);
  });

  // The defects the fuzz found, pinned (each was a 500): nesting that overflowed class-transformer's stack, text that
  // PostgreSQL refuses (NUL, an unpaired surrogate), an array where ValidateNested expects an object; and refusals by
  // the body parser that carried no request id.
  it('refuses each input the fuzz found a 500 for with 400, and a body-parser refusal carries its request id', async () => {
    const before = await counter.count();
    const raw = (method: 'post' | 'put', path: string, text: string) => client[method](`/api/v1${path}`).set('Content-Type', 'application/json').send(text);
    const benefit = book['benefits/{id}'].id;
    const answers = {
      nested: await raw('post', '/strategic-goals', `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`),
      nul: await raw('post', '/strategic-goals', '{"title": "a\\u0000b"}'),
      surrogate: await raw('put', '/risk-appetite', '{"appetites": [{"category": "technical", "appetite": "cautious", "statement": "x\\ud800y"}]}'),
      criteria: await raw('put', '/priority-criteria', '{"criteria": [[]]}'),
      poolYears: await raw('post', '/funding-pools', '{"name": "Puljen", "years": [[]]}'),
      timeStudy: await raw('post', `/benefits/${benefit}/measurements`, '{"kind": "during", "measuredOn": "2026-01-01", "timeStudy": []}'),
      // Past the body guard (a query string): the database's refusal of a NUL is mapped to 400 as well.
      query: await client.get('/api/v1/initiatives?q=%00'),
    };
    const statuses = Object.fromEntries(Object.entries(answers).map(([name, r]) => [name, `${r.status} ${r.body.code}`]));
    expect(statuses).toEqual(Object.fromEntries(Object.keys(answers).map((name) => [name, '400 VALIDATION_FAILED'])));
    expect(answers.nul.body.details).toEqual([{ field: 'title', messages: [expect.any(String)] }]);
    const nan = await raw('post', '/strategic-goals', '{"title": NaN}');
    expect(nan.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_BODY', requestId: nan.headers['x-request-id'] });
    expect(countChanges(before, await counter.count())).toEqual([]);
  });

  it('answers ≥ 2,000 malformed requests without a 5xx, in the one error shape, and writes nothing for a refused one', async () => {
    const started = Date.now();
    const operations = writes();
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const badShapes: string[] = [];
    const leaks: string[] = [];
    let requests = 0;
    let accepted = 0;

    // Counted after every request (a count of every table is one round trip of ~2 ms): a change after a refused
    // request is that request's doing; an accepted one may write what it likes.
    let before = await counter.count();
    for (const op of operations) {
      for (const request of fc.sample(arbitraryOf(op), { seed: seedOf(op), numRuns: runsOf(op) })) {
        const response = await send(op, request);
        const after = await counter.count();
        requests += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) serverErrors.push(line(op, request, response));
        if (response.status < 400) accepted += 1;
        else {
          const changes = countChanges(before, after);
          if (changes.length > 0) leaks.push(`${line(op, request, response)} wrote ${changes.join(', ')}`);
          const problem = response.status < 500 ? shapeProblem(response) : undefined;
          if (problem) badShapes.push(`${line(op, request, response)}: ${problem}`);
        }
        before = after;
      }
    }

    const reached = [...statuses].filter(([status]) => VALIDATION_STATUSES.has(status)).reduce((n, [, count]) => n + count, 0);
    const seconds = (Date.now() - started) / 1000;
    const histogram = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(', ');
    console.log(
      `[reliability] fuzzing seed=${SEED} (repeat with FUZZ_SEED=${SEED}): ${requests} requests over ${operations.length} write routes, ` +
        `statuses {${histogram}}, ${accepted} accepted, ${serverErrors.length} 5xx, ${leaks.length} leaks, ` +
        `${badShapes.length} answers off the error shape, ${((100 * reached) / requests).toFixed(1)} % refused by validation (${seconds.toFixed(1)} s)`,
    );
    const failures = [
      ...serverErrors.slice(0, 15).map((e) => `5xx: ${e}`),
      ...leaks.slice(0, 15).map((e) => `written by a refused request: ${e}`),
      ...badShapes.slice(0, 15).map((e) => `error shape: ${e}`),
      ...(requests < 2_000 ? [`only ${requests} requests`] : []),
      // Most requests must reach validation: a fuzz refused early (401/403 CSRF, 429, wrong route) would prove nothing.
      ...(reached / requests < 0.8 ? [`only ${reached} of ${requests} requests refused by validation (400/413/415/422): the fuzz is blind`] : []),
    ];
    if (failures.length > 0) {
      const counts = `${serverErrors.length} 5xx, ${leaks.length} leaks, ${badShapes.length} off the error shape`;
      throw new Error(`fuzzing seed=${SEED} (repeat with FUZZ_SEED=${SEED}): ${counts} (first ones):\n${failures.join('\n')}`);
    }
    // About 20 s on 2 cores; the timeout bounds a run on a busy machine.
  }, 90_000);

  function arbitraryOf(op: Operation) {
    return malformedRequests({ doc, operation: op, book, version: versionOf(op) });
  }
});

function line(op: Operation, request: MalformedRequest, response: Response): string {
  const body = response.body as { code?: unknown; message?: unknown } | undefined;
  const answer = typeof body?.code === 'string' ? `${body.code} ${String(body.message).slice(0, 120)}` : abridge(response.text);
  return `${op.label}${request.url.includes('?') ? ` ?${request.url.split('?')[1].slice(0, 60)}` : ''} [${request.mutation}] → ${response.status} ${answer}`;
}

/** Why the answer is not the one ApiError shape ({ statusCode, code, message, details?, requestId, … }), if it is not. */
function shapeProblem(response: Response): string | undefined {
  if (!String(response.headers['content-type'] ?? '').startsWith('application/json')) return `Content-Type ${response.headers['content-type']}`;
  const body = response.body as Record<string, unknown>;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'not an object';
  if (body.statusCode !== response.status) return `statusCode ${String(body.statusCode)}`;
  if (typeof body.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(body.code)) return `code ${String(body.code)}`;
  if (typeof body.message !== 'string' || body.message === '') return 'no message';
  if (typeof body.requestId !== 'string') return 'no requestId';
  const extra = Object.keys(body).filter((k) => !ERROR_KEYS.has(k));
  if (extra.length > 0) return `unexpected keys ${extra.join(', ')}`;
  const details = body.details;
  if (details !== undefined && !(Array.isArray(details) && details.every(isFieldError))) return 'details not a list of { field, messages }';
  return undefined;
}

function isFieldError(value: unknown): boolean {
  const e = value as { field?: unknown; messages?: unknown };
  return typeof e === 'object' && e !== null && typeof e.field === 'string' && Array.isArray(e.messages) && e.messages.every((m) => typeof m === 'string');
}
