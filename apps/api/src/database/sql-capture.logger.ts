import type { Logger } from 'typeorm';

/**
 * SQL_LOG=true: every statement the API sends, one JSON line on stdout ({"sqlLog":{"query","parameters"}}), so the
 * scale benchmark can replay a request's exact SQL through plain pg (the floor the API is measured against) and
 * EXPLAIN it. A diagnostic switch: parameters are printed as sent, so never turn it on with real data in production.
 */
export class SqlCaptureLogger implements Logger {
  logQuery(query: string, parameters?: unknown[] | object): void {
    process.stdout.write(`${JSON.stringify({ sqlLog: { query, parameters: parameters ?? [] } })}\n`);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
