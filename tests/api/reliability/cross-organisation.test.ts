import { ROLES } from '@gevinst/domain';
import type { Role } from '@gevinst/domain';
import { createOrganisation } from '../../factories/organisation.factory';
import { ApiClient } from '../../support/api-client';
import { fillPath, loadOpenApi, OpenApiDocument, Operation, operationsOf, WRITE_METHODS } from '../../support/reliability/openapi';
import { seedOrganisation } from '../../support/reliability/organisation-data';
import { IdBook, sampleBody, sampleValue } from '../../support/reliability/sample-body';
import { countChanges, TableCounter } from '../../support/reliability/table-counts';
import { startTestApp, TestApp } from '../../support/test-app';

/**
 * Every operation of the OpenAPI document with an id in its path, called by users of organisation B in every role
 * with organisation A's ids and a valid body: 403 or 404, and not one row written. Generated from the document, so
 * a new route is probed without a test of its own, and a new kind of id fails until the seed supplies one.
 */
describe('reliability: cross-organisation probe over the OpenAPI surface', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let operations: Operation[];
  let book: IdBook;
  let ownClient: ApiClient;
  let counter: TableCounter;
  const foreign = new Map<Role, ApiClient>();

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    const a = await createOrganisation(t.dataSource, { codePrefix: 'AAA' });
    const b = await createOrganisation(t.dataSource, { codePrefix: 'BBB' });
    ({ book, client: ownClient } = await seedOrganisation(t, a));
    for (const role of ROLES) foreign.set(role, await ApiClient.as(t.server, t.dataSource, b.organisation.id, [role]));
    doc = await loadOpenApi(t.server);
    operations = operationsOf(doc);
    counter = await TableCounter.create(t.dataSource);
  }, 60_000);
  afterAll(() => t?.close());

  const withIds = () => operations.filter((op) => op.pathSlots.length > 0);
  const pathFor = (op: Operation) => fillPath(op, (slot) => book[slot].id);
  /** The version of the object the path ends at (the one a write would change). */
  const versionFor = (op: Operation) => book[op.pathSlots[op.pathSlots.length - 1]]?.version;
  /** `version` of the object, and a value for every other required query parameter (from its schema). */
  const queryFor = (op: Operation) => {
    const query: Record<string, unknown> = {};
    for (const parameter of op.queryParameters) {
      if (parameter.name === 'version') query.version = versionFor(op) ?? 1;
      else if (parameter.required) query[parameter.name] = sampleValue(doc, parameter.schema ?? { type: 'string' }, parameter.name, book);
    }
    return query;
  };

  it('has an id of organisation A for every kind of path parameter in the document', () => {
    expect(withIds().length).toBeGreaterThan(40);
    const missing = [...new Set(withIds().flatMap((op) => op.pathSlots))].filter((slot) => !book[slot]);
    // A new route with a new kind of id: add one to tests/support/reliability/organisation-data.ts.
    expect(missing).toEqual([]);
  });

  it("lets organisation A's own admin read every id route with A's ids (so the probe's ids are of the right kind)", async () => {
    const wrong: string[] = [];
    for (const op of withIds().filter((o) => o.method === 'get' && o.pathSlots.every((s) => book[s]))) {
      const response = await ownClient.get(pathFor(op)).query(queryFor(op));
      if (response.status !== 200) wrong.push(`${op.label}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers every id operation × role of organisation B with 403 or 404 for A's ids, and writes nothing", async () => {
    const started = Date.now();
    const probed = withIds().filter((op) => op.pathSlots.every((slot) => book[slot]));
    const before = await counter.count();
    const leaks: string[] = [];
    let requests = 0;
    for (const op of probed) {
      const body = sampleBody(doc, op, book, { version: versionFor(op), allReferences: true });
      for (const [role, client] of foreign) {
        const response = await client[op.method](pathFor(op)).query(queryFor(op)).send(body);
        requests += 1;
        const changes = countChanges(before, await counter.count());
        if (![403, 404].includes(response.status) || changes.length > 0) {
          leaks.push(`${op.label} as ${role}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}${changes.length ? ` rows: ${changes.join(', ')}` : ''}`);
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`[reliability] cross-organisation: ${probed.length} operations × ${foreign.size} roles = ${requests} requests, ${leaks.length} leaks (${seconds} s)`);
    expect(requests).toBe(probed.length * ROLES.length);
    expect(leaks).toEqual([]);
  }, 90_000);

  it("refuses organisation B's writes without an id in the path that name A's objects in the body (403/404/422), writing nothing", async () => {
    const probed = operations.filter(referencesAny);
    expect(probed.length).toBeGreaterThan(3);
    const before = await counter.count();
    const leaks: string[] = [];
    for (const op of probed) {
      const body = sampleBody(doc, op, book, { allReferences: true });
      for (const [role, client] of foreign) {
        const response = await client[op.method](op.path).send(body);
        const changes = countChanges(before, await counter.count());
        // A 400 would mean the body never reached the reference check: the probe would be blind.
        if (![403, 404, 409, 422].includes(response.status) || changes.length > 0) {
          leaks.push(`${op.label} as ${role}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}${changes.length ? ` rows: ${changes.join(', ')}` : ''}`);
        }
      }
    }
    console.log(`[reliability] cross-organisation references: ${probed.length} operations × ${foreign.size} roles, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  });

  // Last, as it changes A's objects: the same requests as A's own user reach the objects (no 404), so B's 404s above
  // come from the organisation boundary, not from an id of the wrong kind. Deletions run last so nothing is gone early.
  it("lets organisation A's own user reach the object of every id write route with the probe's requests", async () => {
    const writes = withIds().filter((o) => o.method !== 'get');
    const ordered = [...writes.filter((o) => o.method !== 'delete'), ...writes.filter((o) => o.method === 'delete')];
    const unreached: string[] = [];
    for (const op of ordered) {
      const body = sampleBody(doc, op, book, { version: versionFor(op), allReferences: true });
      const response = await ownClient[op.method](pathFor(op)).query(queryFor(op)).send(body);
      if (response.status === 404 || response.status >= 500) unreached.push(`${op.label}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
    }
    expect(unreached).toEqual([]);
  });

  function referencesAny(op: Operation): boolean {
    if (!WRITE_METHODS.includes(op.method) || op.pathSlots.length > 0) return false;
    const body = JSON.stringify(sampleBody(doc, op, book, { allReferences: true }) ?? {});
    return Object.values(book).some((resource) => body.includes(resource.id));
  }
});
