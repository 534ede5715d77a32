import { PassThrough } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { OwnPostgres } from '../support/own-postgres';
import { startTestApp, TestApp } from '../support/test-app';

const WORKERS = 4;
const LOAD_MS = 9_000;
const RESTART_AFTER_MS = 2_000;

/**
 * PostgreSQL restarts while writes run. The server is one this test starts (embedded, its own port and folder), never
 * the machine's. While it is away the API answers 503 with Retry-After (never a 500, never a hang); afterwards it
 * recovers without a restart of its own, and every write it acknowledged with 201 is in the database.
 */
describe('a database restart under write load', () => {
  let postgres: OwnPostgres;
  const logs = new PassThrough();
  let errorLog = '';
  let t: TestApp;
  let org: OrganisationFixture;

  beforeAll(async () => {
    postgres = await OwnPostgres.start();
    const { url } = postgres;
    const migrator = await new DataSource(dataSourceOptions(url, 1)).initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    // Error lines are kept, so an unexpected answer is reported with the error behind it.
    logs.on('data', (chunk: Buffer) => (errorLog += chunk.toString('utf8')));
    t = await startTestApp({ database: { url, name: 'gevinst', drop: async () => undefined }, env: { DB_POOL_SIZE: String(WORKERS + 2), LOG_LEVEL: 'error' }, logDestination: logs });
    org = await createOrganisation(t.dataSource);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await postgres?.destroy();
  }, 60_000);

  it('answers 503 while it is away, recovers by itself and loses no acknowledged write', async () => {
    const lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    const statuses = new Map<number, number>();
    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    const unexpectedIds: string[] = [];
    let down: { stoppedAt: number; upAt: number } | null = null;
    let firstSuccessAfterUp: number | null = null;
    let readyDuringOutage: number | null = null;
    const started = Date.now();

    const worker = async () => {
      while (Date.now() - started < LOAD_MS) {
        const response = await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).timeout(15_000);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) {
          acknowledged.push(response.body.id as string);
          if (down && firstSuccessAfterUp === null && Date.now() >= down.upAt) firstSuccessAfterUp = Date.now();
        } else if (response.status === 503) {
          if (response.body.code !== 'DATABASE_UNAVAILABLE' || !response.headers['retry-after']) unexpected.push(JSON.stringify(response.body));
          await new Promise((resolve) => setTimeout(resolve, 50));
        } else {
          unexpected.push(`${response.status} ${JSON.stringify(response.body)}`);
          if (typeof response.body.requestId === 'string') unexpectedIds.push(response.body.requestId);
        }
      }
    };
    const restart = async () => {
      await new Promise((resolve) => setTimeout(resolve, RESTART_AFTER_MS));
      const stoppedAt = Date.now();
      await postgres.stop();
      readyDuringOutage = (await request(t.server).get('/api/v1/health/ready').timeout(15_000)).status;
      await postgres.startAgain();
      down = { stoppedAt, upAt: Date.now() };
    };
    await Promise.all([restart(), ...Array.from({ length: WORKERS }, worker)]);

    const [{ stored }] = await t.dataSource.query('SELECT count(*)::int AS stored FROM initiative WHERE id = ANY($1::uuid[])', [acknowledged]);
    const outage = down as { stoppedAt: number; upAt: number } | null;
    const recovery = outage && firstSuccessAfterUp !== null ? ((firstSuccessAfterUp as number) - outage.upAt) / 1000 : null;
    console.log(
      `[reliability] database restart: ${[...statuses.values()].reduce((a, b) => a + b, 0)} requests (${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}), ` +
        `outage ${outage ? ((outage.upAt - outage.stoppedAt) / 1000).toFixed(1) : '?'} s, recovered ${recovery?.toFixed(2) ?? 'never'} s after the database was back, ` +
        `${acknowledged.length - stored} of ${acknowledged.length} acknowledged writes lost`,
    );

    const causes = errorLog.split('\n').filter((line) => unexpectedIds.some((id) => line.includes(id)) && line.includes('Unhandled error'));
    expect({ unexpected, causes: causes.map((line) => JSON.stringify((JSON.parse(line) as { err?: unknown }).err).slice(0, 1500)) }).toEqual({ unexpected: [], causes: [] });
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(readyDuringOutage).toBe(503);
    expect(recovery).not.toBeNull();
    expect(stored).toBe(acknowledged.length);
    await request(t.server).get('/api/v1/health/ready').expect(200);
  }, 120_000);
});
