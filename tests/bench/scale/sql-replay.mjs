// The plain-SQL floor: a request's captured statements (same order, with the transaction, role and tenant set-up
// statements they include) replayed through plain pg clients, each looping over the whole list for `duration` s.
import pg from 'pg';
import { summarise } from './load.mjs';
import { quantile } from './stats.mjs';

async function replayOnce(databaseUrl, statements, connections, duration) {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const times = [];
  const started = performance.now();
  const deadline = started + duration * 1000;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (performance.now() < deadline) {
          const start = performance.now();
          try {
            for (const { query, parameters } of statements) await client.query(query, parameters);
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw new Error(`replay failed: ${error.message}`);
          }
          times.push(performance.now() - start);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
  const elapsed = (performance.now() - started) / 1000;
  return { p50Ms: quantile(times, 0.5), p95Ms: quantile(times, 0.95), rps: times.length / elapsed, responses: times.length, statuses: { 200: times.length }, errors: 0 };
}

/** Like a load case, but through pg: figures are medians over `runs` runs after one short warm-up pass. */
export async function replayCase({ name, databaseUrl, statements, connections, duration, runs }) {
  await replayOnce(databaseUrl, statements, 1, Math.min(1, duration));
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await replayOnce(databaseUrl, statements, connections, duration));
  return summarise({ name, connections, duration, expect: 200, statements: statements.length }, results);
}
