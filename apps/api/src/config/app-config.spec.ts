import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
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

  describe('WEB_DIST_PATH', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'gevinst-config-'));
      mkdirSync(join(root, 'built'));
      writeFileSync(join(root, 'built', 'index.html'), '<!doctype html>');
      mkdirSync(join(root, 'empty'));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('resolves a relative folder against the working directory', () => {
      const config = loadConfig({ ...valid, WEB_DIST_PATH: relative(process.cwd(), join(root, 'built')) });
      expect(isAbsolute(config.WEB_DIST_PATH ?? '')).toBe(true);
      expect(config.WEB_DIST_PATH).toBe(join(root, 'built'));
    });

    it.each(['missing', 'empty'])('refuses a %s folder, naming the variable', (folder) => {
      expect(() => loadConfig({ ...valid, WEB_DIST_PATH: join(root, folder) })).toThrow(/WEB_DIST_PATH must name a folder holding the built web app/);
    });

    it('treats an empty value as unset', () => {
      expect(loadConfig({ ...valid, WEB_DIST_PATH: '' }).WEB_DIST_PATH).toBeUndefined();
    });
  });
});
