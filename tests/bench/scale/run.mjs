// The scale benchmark's course: check the seeded database, build, borrow the admin, capture each endpoint's SQL on a
// SQL_LOG instance, EXPLAIN it and replay the overview's through plain pg, then load the production API. Whatever
// happens, the API instances stop, the bench's writes are deleted and the admin is put back.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nxBin, repoRoot, run } from '../../../scripts/lib/process.mjs';
import { startApi, signIn } from './api-process.mjs';
import { borrowAdmin } from './bench-user.mjs';
import { databaseCondition, vacuumLeftovers } from './db-condition.mjs';
import { readEndpoints } from './endpoints.mjs';
import { explainCheck } from './explain-check.mjs';
import { deleteBenchWrites } from './measurement-writes.mjs';
import { measureApi } from './measure-api.mjs';
import { applyMigrations, pendingMigrations } from './migrations-check.mjs';
import { inOrganisation, openSeedDatabase, PreflightError } from './seed-database.mjs';
import { warnIfBusy } from './report.mjs';
import { summarize } from './summary.mjs';
import { captureStatements } from './sql-capture.mjs';
import { replayCase } from './sql-replay.mjs';

const WEB_DIST = join(repoRoot, 'dist/apps/web/browser');

export async function runScaleBench(options) {
  const databaseUrl = process.env.DATABASE_URL;
  let opened;
  try {
    opened = await openSeedDatabase(databaseUrl);
  } catch (error) {
    if (!(error instanceof PreflightError)) throw error;
    console.error(`bench: ${error.message}`);
    return 1;
  }
  const { db, seed, organisation } = opened;
  const pending = await pendingMigrations(db);
  if (pending.length > 0 && !options.migrate) {
    console.error(`bench: database ${opened.name} lacks ${pending.length} migration(s) of this checkout (${pending.join(', ')}): rerun with --migrate to apply them, or seed it again`);
    await db.end();
    return 1;
  }
  const undo = [];
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const step of undo.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`clean-up: ${error.message}`);
      }
    }
    await db.end().catch(() => undefined);
  };
  // Ctrl-C too must put the admin back and delete the bench's rows.
  const interrupted = (signal) => cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // Before our own build, so the load average is other work's.
    const loadAtStart = warnIfBusy();
    const condition = await databaseCondition(db);
    console.log(`Scale benchmark on ${opened.name}: ${organisation.name} (${organisation.initiatives} initiatives), ${options.runs} × ${options.duration} s per case`);
    if (options.build && (await run(process.execPath, [nxBin, 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'])) !== 0) {
      throw new Error('the build failed');
    }
    for (const file of [join(repoRoot, 'dist/apps/api/main.js'), join(WEB_DIST, 'index.html')]) {
      if (!existsSync(file)) throw new Error(`${file.slice(repoRoot.length + 1)} is missing: build first (or drop --no-build)`);
    }
    if (pending.length > 0) {
      console.log(`Applying ${pending.join(', ')}…`);
      await applyMigrations(databaseUrl);
    }
    const user = await borrowAdmin(db, organisation.id);
    undo.push(() => vacuumLeftovers(db).then((t) => t.length > 0 && console.log(`vacuumed ${t.join(', ')}`)));
    undo.push(() => user.restore());
    undo.push(() => deleteBenchWrites(db, user).then((n) => n > 0 && console.log(`deleted the bench's ${n} measurements`)));

    // The SQL of one request per endpoint, from a short-lived SQL_LOG instance.
    const capture = await startApi(databaseUrl, { sqlLog: true });
    undo.push(() => capture.stop());
    const auth = await signIn(capture.base, user.email, user.password);
    const { endpoints, list } = await readEndpoints(db, capture, auth, organisation.id);
    const [{ id: goalId }] = await inOrganisation(db, organisation.id, (q) => q('SELECT id FROM goal WHERE organisation_id = $1 ORDER BY id LIMIT 1', [organisation.id]));
    const reads = Object.entries(endpoints).map(([key, e]) => ({ key, path: e.path }));
    const write = { key: 'measurementWrite', method: 'POST', path: `/goals/${goalId}/measurements`, body: JSON.stringify({ kind: 'during', measuredOn: new Date().toISOString().slice(0, 10), value: 1 }) };
    console.log('\nCapturing each endpoint’s SQL (SQL_LOG instance)…');
    await captureStatements(capture, auth, reads.filter((r) => !r.key.startsWith('export'))); // warm-up: first-request work is not the steady state
    const captured = await captureStatements(capture, auth, [...reads, write]);
    await capture.stop();
    const failedCaptures = captured.filter((c) => c.status >= 300).map((c) => ({ endpoint: c.key, path: c.path, status: c.status }));

    console.log('EXPLAIN check…');
    const explain = await explainCheck(databaseUrl, captured);
    console.log('Plain-SQL floor of the overview…');
    const overview = captured.find((c) => c.key === 'overview');
    const sqlFloor = [];
    for (const connections of [1, 10]) {
      const about = { name: `Overview’s SQL via plain pg @${connections} conn.`, connections };
      if (overview.status !== 200) sqlFloor.push({ ...about, error: `the overview answered ${overview.status} during the capture` });
      else {
        sqlFloor.push(
          await replayCase({ ...about, databaseUrl, statements: overview.statements, duration: options.duration, runs: options.runs }).catch((error) => ({ ...about, error: error.message })),
        );
      }
    }

    const api = await startApi(databaseUrl);
    undo.push(() => api.stop());
    const results = await measureApi({ db, api, auth, user, organisation, endpoints, options, webDist: WEB_DIST });
    await api.stop();

    const exitCode = await summarize({ loadAtStart, condition, options, opened, seed, organisation, list, captured, failedCaptures, explain, sqlFloor, overviewSql: overview.statements, results, db });
    return exitCode;
  } finally {
    await cleanUp();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
