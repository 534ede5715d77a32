// The database's state as the run found it: settings that move plans and timings, and tables so full of dead rows
// (no VACUUM since bulk updates) that their scans read far more pages than they hold rows.
const SETTINGS = ['autovacuum', 'shared_buffers', 'work_mem', 'random_page_cost', 'max_parallel_workers_per_gather', 'jit'];

export async function databaseCondition(db) {
  const settings = Object.fromEntries(
    (await db.query(`SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)`, [SETTINGS])).rows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting]),
  );
  const bloated = (
    await db.query(
      `SELECT relname AS table, n_live_tup::bigint AS live, n_dead_tup::bigint AS dead FROM pg_stat_user_tables
       WHERE n_dead_tup > 10000 AND n_dead_tup > n_live_tup / 5 ORDER BY n_dead_tup DESC`,
    )
  ).rows.map((r) => ({ table: r.table, live: Number(r.live), dead: Number(r.dead) }));
  if (bloated.length > 0) {
    const list = bloated.map((b) => `${b.table} (${b.dead.toLocaleString('en')} dead for ${b.live.toLocaleString('en')} live)`).join(', ');
    console.warn(`warning: tables with many dead rows (not vacuumed${settings.autovacuum === 'off' ? '; autovacuum is off' : ''}): ${list}. VACUUM ANALYZE them for figures a maintained database would give.`);
  }
  return { settings, bloated };
}

/**
 * VACUUM the tables the run left with dead rows (its writes, their deletion, the triggers' counters): where autovacuum
 * is off or slow, the next run would otherwise scan them and measure the bench's own leftovers.
 */
export async function vacuumLeftovers(db) {
  const tables = (await db.query(`SELECT relname FROM pg_stat_user_tables WHERE n_dead_tup > 1000 ORDER BY relname`)).rows.map((r) => r.relname);
  if (tables.length > 0) await db.query(`VACUUM ${tables.map((t) => `"${t}"`).join(', ')}`);
  return tables;
}
