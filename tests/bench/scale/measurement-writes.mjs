// Measurement writes per second: POST /goals/:id/measurements at 10 connections, round-robin over the largest
// organisation's goals with varying values; each run's 2xx count is checked against the rows that appeared.
// The bench's rows (and the audit entries they caused) are deleted afterwards by deleteBenchWrites.
import { loadOnce, summarise } from './load.mjs';
import { inOrganisation } from './seed-database.mjs';
import { median, round } from './stats.mjs';

const CONNECTIONS = 10;
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

const benchRows = (q, user) =>
  q('SELECT count(*)::int AS n FROM measurement WHERE organisation_id = $1 AND recorded_by = $2 AND recorded_at >= $3', [user.organisationId, user.id, user.since]);

/** The bench's row count once the requests cut off at the end of a run have finished on the server. */
async function settledCount(db, user) {
  let previous = -1;
  for (;;) {
    const [{ n }] = await inOrganisation(db, user.organisationId, (q) => benchRows(q, user));
    if (n === previous) return n;
    previous = n;
    await new Promise((r) => setTimeout(r, 300));
  }
}

export async function measurementWrites({ db, base, auth, user, duration, runs }) {
  const goals = (await inOrganisation(db, user.organisationId, (q) => q('SELECT id FROM goal WHERE organisation_id = $1 ORDER BY id', [user.organisationId]))).map((r) => r.id);
  if (goals.length === 0) throw new Error('the largest organisation has no goals to record measurements on');
  let next = 0;
  const measuredOn = today();
  const requests = [
    {
      method: 'POST',
      setupRequest: (request) => {
        const n = next++;
        return {
          ...request,
          path: `/api/v1/goals/${goals[n % goals.length]}/measurements`,
          body: JSON.stringify({ kind: 'during', measuredOn, value: 10 + (n % 900) / 10, comment: 'Benchmark' }),
        };
      },
    },
  ];
  const headers = { cookie: auth.cookie, 'x-xsrf-token': auth.csrf, 'content-type': 'application/json' };
  const results = [];
  let written = 0;
  for (let i = 0; i < runs; i++) {
    const [{ n: before }] = await inOrganisation(db, user.organisationId, (q) => benchRows(q, user));
    const result = await loadOnce({ url: `${base}/goals/${goals[0]}/measurements`, connections: CONNECTIONS, duration, headers, requests });
    const after = await settledCount(db, user);
    const created = result.statuses[201] ?? 0;
    results.push({ ...result, rowsWritten: after - before, created });
    written += after - before;
  }
  const summary = await summarise({ name: 'POST /goals/:id/measurements', connections: CONNECTIONS, duration, expect: 201, goals: goals.length }, results, async () => {
    const response = await fetch(`${base}/goals/${goals[0]}/measurements`, { method: 'POST', headers, body: JSON.stringify({ kind: 'during', measuredOn, value: 1 }) });
    return `${response.status} ${(await response.text()).slice(0, 300)}`;
  });
  // Every 201 is a row; the requests cut off at the end of a run may have been written as well.
  const mismatched = results
    .filter((r) => r.rowsWritten < r.created || r.rowsWritten > r.created + r.cutOff)
    .map((r) => ({ created: r.created, cutOff: r.cutOff, rowsWritten: r.rowsWritten }));
  const writesPerSecond = round(median(results.map((r) => r.created / r.seconds)), 1);
  const created = results.reduce((sum, r) => sum + r.created, 0);
  const cutOff = results.reduce((sum, r) => sum + r.cutOff, 0);
  return { ...summary, writesPerSecond, created, cutOff, rowsWritten: written, rowsMatchResponses: mismatched.length === 0, mismatched };
}

/**
 * Deletes every measurement the bench user recorded since the run began, with that user as the acting user of the
 * audit trail, then the audit entries the user caused since then (the inserts, the evaluation points the writes
 * fulfilled, the deletes): the seeded database is left as it was found. (The foreign key from evaluation_point is
 * indexed since migration 1764921600000, which the run requires, so the ON DELETE SET NULL costs no table scans.)
 */
export async function deleteBenchWrites(db, user) {
  return inOrganisation(db, user.organisationId, async (q) => {
    const bench = [user.organisationId, user.id, user.since];
    await q(`SELECT set_config('app.user_id', $1, true)`, [user.id]);
    const deleted = await q('DELETE FROM measurement WHERE organisation_id = $1 AND recorded_by = $2 AND recorded_at >= $3 RETURNING id', bench);
    await q('DELETE FROM audit_log WHERE organisation_id = $1 AND actor_user_id = $2 AND at >= $3', bench);
    return deleted.length;
  });
}
