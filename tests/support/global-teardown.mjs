import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const embedded = globalThis.__gevinstTestPostgres;
  if (!embedded) return;
  await embedded.server.stop();
  rmSync(embedded.dataDir, { recursive: true, force: true });
}
