import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './app-config';

/** Headers that carry a credential: the session cookie, the CSRF token, bearer and proxy credentials, API keys. */
const SECRET_HEADERS = ['cookie', 'authorization', 'proxy-authorization', 'x-xsrf-token', 'x-csrf-token', 'x-api-key'];

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The request's id, set once and echoed as X-Request-Id: a sane incoming X-Request-Id is kept, else a fresh one.
 * app-setup.ts assigns it before the body parser, so a body refused there (malformed, too large) has one in its
 * answer too; pino-http then takes the same id.
 */
export function assignRequestId(request: IncomingMessage & { id?: unknown }, response: ServerResponse): string {
  if (typeof request.id === 'string') return request.id;
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  request.id = id;
  return id;
}

/**
 * Structured JSON logs; every request gets an id (a sane incoming X-Request-Id is kept) that is echoed back. The logs go
 * to stdout; `destination` is for tests that read them.
 */
export const loggerModule = (config: AppConfig, destination?: DestinationStream) => {
  const options: Options = {
    level: config.LOG_LEVEL,
    genReqId: assignRequestId,
    redact: [...SECRET_HEADERS.map((header) => `req.headers["${header}"]`), 'res.headers["set-cookie"]'],
    serializers: {
      // The single sign-on callback carries an authorisation code and state: keep them out of the logs.
      req: (request: { url?: string; query?: unknown }) =>
        request.url?.startsWith('/api/v1/auth/oidc/callback')
          ? { ...request, url: '/api/v1/auth/oidc/callback?[redacted]', query: '[redacted]' }
          : request,
    },
    autoLogging: { ignore: (request) => request.url?.startsWith('/api/v1/health') ?? false },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  };
  return LoggerModule.forRoot({ pinoHttp: destination ? [options, destination] : options });
};
