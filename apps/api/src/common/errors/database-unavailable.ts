/**
 * Errors that say the database is away, not that the request is wrong: refused or dropped connections, a server
 * shutting down or starting up, no free connection slot. They answer 503 with Retry-After (ApiExceptionFilter), and
 * a tenant transaction that never reached COMMIT is tried once more (TenantDb.runRetryingOnce).
 */
const SQLSTATES = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up / shutting down
  '53300', // too_many_connections
  '08000', '08001', '08003', '08004', '08006', '08007', // connection exceptions
]);
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /not queryable/i, /Client was closed/i];
/**
 * TypeORM releases a transaction's query runner when its connection dies; the transaction's next query then fails
 * with this. Elsewhere it would be a bug, which is why every 503 is logged with its error (ApiExceptionFilter).
 */
const ERROR_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

export const DATABASE_RETRY_AFTER_SECONDS = 2;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof name === 'string' && ERROR_NAMES.has(name)) return true;
    if (typeof code === 'string' && (SQLSTATES.has(code) || SOCKET_ERRORS.has(code))) return true;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
    // TypeORM wraps the driver's error; AggregateError holds one per address tried.
    const inner = current as { driverError?: unknown; cause?: unknown; errors?: unknown[] };
    if (Array.isArray(inner.errors) && inner.errors.some(isDatabaseUnavailable)) return true;
    current = inner.driverError ?? inner.cause;
  }
  return false;
}
