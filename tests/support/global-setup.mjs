// Provides a PostgreSQL server for the test run: the one DATABASE_URL names, else an embedded one in a temp folder.
// Each test file then creates and migrates its own database on it (tests/support/database.ts).
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    console.log('\n[tests] PostgreSQL: the server in DATABASE_URL');
    return;
  }
  const { startEmbeddedPostgres } = await import('../../scripts/lib/embedded-db.mjs');
  const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-test-pg-'));
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir, port });
  globalThis.__gevinstTestPostgres = { server, dataDir };
  process.env.TEST_ADMIN_DATABASE_URL = server.url('postgres');
  console.log(`\n[tests] PostgreSQL: embedded, port ${port} (DATABASE_URL not set)`);
}
