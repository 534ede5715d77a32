import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import type { Clock } from '../../apps/api/src/common/clock/clock';
import { configureApp } from '../../apps/api/src/app-setup';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { testClock } from './clock';
import { createTestDatabase, TestDatabase } from './database';

export interface TestApp {
  app: NestExpressApplication;
  server: Server;
  dataSource: DataSource;
  database: TestDatabase;
  /** Base URL when started with listen: true. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real API (same module and setup as main.ts) on its own freshly migrated database.
 * Built with NestFactory, not Test.createTestingModule, so static serving behaves as in production. Its clock is the
 * test run's (TEST_TODAY, tests/support/clock.ts).
 */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    listen?: boolean;
    clock?: Clock;
    /** Where the app's logs go (default: none, LOG_LEVEL silent). */
    logDestination?: DestinationStream;
    /** An already migrated database the test owns (e.g. on a server it restarts); default: a fresh one, dropped at close. */
    database?: TestDatabase;
  } = {},
): Promise<TestApp> {
  const clock = options.clock ?? testClock();
  const database = options.database ?? (await createTestDatabase({ clockShiftDays: clock.shiftDays }));
  // No nightly rollup warm-up: tests that count queries must see only their own (portfolio-rollup.test calls it directly).
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', DB_MIGRATIONS_RUN: 'false', DB_POOL_SIZE: '4', ROLLUP_WARMUP: 'false', ...options.env });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock, options.logDestination), { bodyParser: false, logger: false, abortOnError: false });
  configureApp(app, { trustProxy: config.TRUST_PROXY });
  let baseUrl = '';
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  } else {
    await app.init();
  }
  return {
    app,
    server: app.getHttpServer(),
    dataSource: app.get(DataSource),
    database,
    baseUrl,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
