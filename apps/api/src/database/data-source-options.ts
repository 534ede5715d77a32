import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@gevinst/migrations';
import { ENTITIES } from './entities';
import { SqlCaptureLogger } from './sql-capture.logger';

/** One definition of the connection for the app, the migration check and the tests. */
export function dataSourceOptions(url: string, poolSize = 10, options: { logSql?: boolean } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension needed.
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize, application_name: 'gevinst-api' },
    ...(options.logSql ? { logging: ['query' as const], logger: new SqlCaptureLogger() } : {}),
  };
}
