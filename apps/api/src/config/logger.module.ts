import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Structured JSON logs; every request gets an id (a sane incoming X-Request-Id is kept) that is echoed back. */
export const loggerModule = (config: AppConfig) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (request: IncomingMessage, response) => {
        const incoming = request.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        response.setHeader('X-Request-Id', id);
        return id;
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
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
    },
  });
