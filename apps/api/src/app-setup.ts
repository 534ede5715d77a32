import { INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'nestjs-pino';
import { guardJsonBody } from './common/validation/json-body';
import { validationExceptionFactory } from './common/validation/validation-exception';
import { assignRequestId } from './config/logger.module';
import { quietStartup } from './config/startup-quiet-logger';

export const API_PREFIX = 'api/v1';
export const JSON_BODY_LIMIT = '256kb';

/** Everything main.ts and the HTTP tests share, so tests run the app exactly as production does. */
export function configureApp(app: NestExpressApplication, options: { trustProxy?: boolean } = {}): INestApplication {
  app.useLogger(quietStartup(app.get(Logger)));
  if (options.trustProxy) app.set('trust proxy', 1);
  // Before anything that can refuse a request, so every answer carries its request id.
  app.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    assignRequestId(request, response);
    next();
  });
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(guardJsonBody);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Gevinst API')
      .setDescription('Portfolio and benefits realisation for Danish municipalities')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
