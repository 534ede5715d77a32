import { ConfigError, loadConfig } from './app-config';

const valid = { DATABASE_URL: 'postgres://user@localhost:5432/gevinst' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    expect(loadConfig(valid)).toMatchObject({ PORT: 3000, LOG_LEVEL: 'info', DB_MIGRATIONS_RUN: true, SEED_DEMO: false, DB_POOL_SIZE: 10 });
  });

  it('reads and converts the variables it knows', () => {
    const config = loadConfig({ ...valid, PORT: '8080', SEED_DEMO: 'true', DB_MIGRATIONS_RUN: '0', LOG_LEVEL: 'debug' });
    expect(config).toMatchObject({ PORT: 8080, SEED_DEMO: true, DB_MIGRATIONS_RUN: false, LOG_LEVEL: 'debug' });
  });

  it.each([
    [{}, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ...valid, PORT: 'eighty' }, 'PORT'],
    [{ ...valid, PORT: '70000' }, 'PORT'],
    [{ ...valid, SEED_DEMO: 'yes' }, 'SEED_DEMO'],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(variable));
  });
});
