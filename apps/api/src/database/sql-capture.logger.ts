import type { Logger } from 'typeorm';

const ignore = (): void => undefined;

/**
 * SQL_LOG=true: every statement the API sends, one JSON line on stdout ({"sqlLog":{"query","parameters"}}), so the
 * scale benchmark can replay a request's exact SQL through plain pg (the floor the API is measured against) and
 * EXPLAIN it. A diagnostic switch: parameters are printed as sent, so never turn it on with real data in production.
 */
export class SqlCaptureLogger implements Logger {
  logQuery(query: string, parameters?: unknown[] | object): void {
    process.stdout.write(`${JSON.stringify({ sqlLog: { query, parameters: parameters ?? [] } })}\n`);
  }
  // Errors reach the request log through the exception filter; the rest is not needed for the replay.
  logQueryError = ignore;
  logQuerySlow = ignore;
  logSchemaBuild = ignore;
  logMigration = ignore;
  log = ignore;
}
