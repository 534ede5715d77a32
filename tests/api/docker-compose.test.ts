import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** No Docker engine runs here, so the compose file and the Dockerfile are checked by reading them. */
describe('docker-compose.yml', () => {
  const root = join(__dirname, '..', '..');
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'));
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

  it('runs the official PostgreSQL image with a named volume and a health check', () => {
    const db = compose.services.db;
    expect(db.image).toMatch(/^postgres:\d+/);
    const [volumeName] = String(db.volumes[0]).split(':');
    expect(Object.keys(compose.volumes)).toContain(volumeName);
    expect(db.healthcheck.test.join(' ')).toContain('pg_isready');
  });

  it('builds the app from the Dockerfile and waits for a healthy database', () => {
    const app = compose.services.app;
    expect(app.build.dockerfile).toBe('Dockerfile');
    expect(app.depends_on.db.condition).toBe('service_healthy');
    expect(app.environment.DATABASE_URL).toMatch(/^postgres:\/\/.+@db:5432\//);
  });

  it('keeps the password out of the file', () => {
    expect(compose.services.db.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });

  it('uses a multi-stage Dockerfile that runs the built API as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/dist\/apps\/api\/main\.js/);
  });
});
