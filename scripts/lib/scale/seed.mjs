// The whole run: check the database may be used, build the API, create the database and mark it incomplete, migrate
// it with the app, provision the organisations, fill them on parallel connections, ANALYZE, check the counts and only
// then mark it complete.
import { availableParallelism } from 'node:os';
import { connect, countRows, inspectDatabase, prepareDatabase, provisionOrganisations } from './database.mjs';
import { dayText, toDay } from './dates.mjs';
import { completeMarker, setMarker } from './marker.mjs';
import { planOrganisations } from './plan.mjs';
import { createProgress, thousands } from './progress.mjs';
import { buildApi, migrate } from './schema.mjs';
import { seedOrganisation } from './seed-organisation.mjs';

const plural = (n, noun) => `${thousands(n)} ${noun}${n === 1 ? '' : 's'}`;

/** PostgreSQL does the heavy lifting (a row and its audit row per insert): one connection per core, at least two. */
const WORKERS = Math.max(2, Math.min(4, availableParallelism()));

/** Largest organisations first, so the long ones start early and the small ones fill in at the end. */
async function fillOrganisations(url, plans, options, progress) {
  const queue = [...plans];
  let failed = false;
  const worker = async () => {
    const client = await connect(url);
    try {
      while (!failed && queue.length > 0) await seedOrganisation(client, queue.shift(), options, progress);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WORKERS, plans.length) }, worker));
}

/** The database must hold exactly what was written, and the audit log a row for every audited row. */
function checkCounts(counts, audited, written) {
  for (const [table, rows] of Object.entries(written)) {
    if (counts[table] !== rows) throw new Error(`${table} holds ${counts[table]} rows, but ${rows} were written`);
  }
  const expectedAudit = audited.reduce((sum, table) => sum + (counts[table] ?? 0), 0);
  if (counts.audit_log !== expectedAudit) throw new Error(`audit_log holds ${counts.audit_log} rows, but the audited tables hold ${expectedAudit}`);
}

export async function seedScale({ options, database }, log) {
  const started = Date.now();
  const decision = await inspectDatabase(database, options);
  log('Building the API (cached by Nx)…');
  await buildApi();
  await prepareDatabase(database, decision, log);
  try {
    log(`Database ${database.name} marked incomplete. ${await migrate(database.url)}`);
    const plans = planOrganisations(options);
    const initiatives = plans.reduce((sum, p) => sum + p.initiatives, 0);
    log(
      `Seeding ${plural(plans.length, 'organisation')} with ${plural(initiatives, 'initiative')} (largest: ${plans[0].name}, ${plans[0].initiatives}) ` +
        `as of ${options.asOf}, seed ${options.seed}, on ${plural(Math.min(WORKERS, plans.length), 'connection')}…`,
    );
    const owner = await connect(database.url);
    try {
      const progress = createProgress(initiatives, log);
      await provisionOrganisations(owner, plans, `${dayText(toDay(options.asOf) - 2200)}T08:00:00Z`);
      progress.written('organisation', plans.length);
      await fillOrganisations(database.url, plans, options, progress);
      progress.finish();
      log('Updating the planner statistics (ANALYZE)…');
      await owner.query('ANALYZE');
      const { counts, audited } = await countRows(owner);
      checkCounts(counts, audited, progress.counts);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const largest = plans[0];
      await setMarker(owner, database.name, completeMarker({ options, finishedAt: new Date().toISOString(), seconds, largest, counts }));
      const width = Math.max(...Object.keys(counts).map((t) => t.length));
      log(`  ${'table'.padEnd(width)} ${'rows'.padStart(12)}  write time (s, all connections)`);
      for (const [table, rows] of Object.entries(counts)) {
        const ms = progress.milliseconds[table];
        log(`  ${table.padEnd(width)} ${thousands(rows).padStart(12)}${ms === undefined ? '' : `  ${(ms / 1000).toFixed(1).padStart(8)}`}`);
      }
      log(`Done in ${seconds} s: ${database.name} is complete (largest organisation ${largest.name}, ${largest.id}).`);
    } finally {
      await owner.end().catch(() => undefined);
    }
  } catch (error) {
    error.markedIncomplete = true;
    throw error;
  }
}
