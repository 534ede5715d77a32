import type { LoggerService } from '@nestjs/common';
import { quietStartup } from './startup-quiet-logger';

describe('quietStartup', () => {
  const recorder = () => {
    const calls: [string, unknown[]][] = [];
    const logger: LoggerService = {
      log: (...args: unknown[]) => calls.push(['log', args]),
      error: (...args: unknown[]) => calls.push(['error', args]),
      warn: (...args: unknown[]) => calls.push(['warn', args]),
      debug: (...args: unknown[]) => calls.push(['debug', args]),
    };
    return { calls, logger: quietStartup(logger) };
  };

  it('moves Nest’s start-up messages to debug and leaves every other message where it was', () => {
    const { calls, logger } = recorder();
    logger.log('Mapped {/api/v1/health/live, GET} route', 'RouterExplorer');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('Rollup refreshed', 'RollupWarmer');
    logger.warn('Slow query', 'Database');
    logger.error('Boom', 'stack', 'ApiExceptionFilter');
    expect(calls.map(([level, [message]]) => [level, message])).toEqual([
      ['debug', 'Mapped {/api/v1/health/live, GET} route'],
      ['debug', 'AppModule dependencies initialized'],
      ['log', 'Rollup refreshed'],
      ['warn', 'Slow query'],
      ['error', 'Boom'],
    ]);
  });
});
