// The seeded national-size database (npm run seed:scale): connection, completeness marker and the largest
// organisation. Everything here runs before the build, so a wrong database fails fast with one line.
import pg from 'pg';

const MARKER = 'gevinst-scale-seed:';
/** Marks the bench's owner connection, so a second run on the same server sees the first. */
export const APPLICATION_NAME = 'gevinst-scale-bench';

export class PreflightError extends Error {}

/** Owner connection to DATABASE_URL and the generator's marker; throws PreflightError with a one-line reason. */
export async function openSeedDatabase(databaseUrl) {
  if (!databaseUrl) throw new PreflightError('DATABASE_URL is not set: point it at the database made by `npm run seed:scale` (e.g. …/gevinst_scale)');
  let url;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new PreflightError('DATABASE_URL is not a valid postgres:// URL');
  }
  const name = decodeURIComponent(url.pathname.slice(1)) || '(default)';
  const db = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000, application_name: APPLICATION_NAME });
  db.on('error', () => undefined); // a dropped connection surfaces on the next query instead
  try {
    await db.connect();
  } catch (error) {
    const reason = error.code === '3D000' ? `database ${name} does not exist` : `cannot connect to ${url.host}: ${error.message}`;
    throw new PreflightError(`${reason}; run \`npm run seed:scale\` first or fix DATABASE_URL`);
  }
  try {
    await refuseConcurrentRun(db);
    const seed = await readMarker(db, name);
    const organisation = await largestOrganisation(db, seed);
    return { db, name, seed, organisation };
  } catch (error) {
    await db.end().catch(() => undefined);
    throw error;
  }
}

/**
 * Two runs at once would share the CPUs (every figure wrong) and, on one database, the borrowed admin and the
 * clean-up of each other's rows: refuse while another run's connection is open anywhere on the server.
 */
async function refuseConcurrentRun(db) {
  const others = (
    await db.query(`SELECT DISTINCT datname FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [APPLICATION_NAME])
  ).rows.map((r) => r.datname);
  if (others.length > 0) throw new PreflightError(`another \`npm run bench\` is running on this PostgreSQL server (database ${others.join(', ')}); wait for it to finish`);
}

async function readMarker(db, name) {
  const [{ comment, hasSchema }] = (
    await db.query(
      `SELECT shobj_description(d.oid, 'pg_database') AS comment, to_regclass('public.initiative') IS NOT NULL AS "hasSchema"
       FROM pg_database d WHERE d.datname = current_database()`,
    )
  ).rows;
  if (!hasSchema) throw new PreflightError(`database ${name} is empty (no Gevinst schema): run \`npm run seed:scale\` into it first`);
  if (!comment?.startsWith(MARKER)) throw new PreflightError(`database ${name} has no scale-seed marker: it was not made by \`npm run seed:scale\``);
  const body = comment.slice(MARKER.length);
  if (body === 'incomplete') throw new PreflightError(`database ${name} is still being seeded (marker: incomplete); wait for \`npm run seed:scale\` to finish`);
  try {
    const seed = JSON.parse(body);
    if (!seed.largestOrganisationId || !seed.counts) throw new Error('fields missing');
    return seed;
  } catch (error) {
    throw new PreflightError(`database ${name} has an unreadable scale-seed marker (${error.message})`);
  }
}

async function largestOrganisation(db, seed) {
  const rows = await inOrganisation(db, seed.largestOrganisationId, (q) =>
    q(
      `SELECT o.id, o.name, (SELECT count(*)::int FROM initiative i WHERE i.organisation_id = o.id AND i.archived_at IS NULL) AS initiatives
       FROM organisation o WHERE o.id = $1`,
      [seed.largestOrganisationId],
    ),
  );
  if (rows.length === 0) throw new PreflightError(`the marker's largest organisation ${seed.largestOrganisationId} is not in the database`);
  if (rows[0].initiatives === 0) throw new PreflightError(`the largest organisation (${rows[0].name}) has no initiatives`);
  return rows[0];
}

/**
 * Runs `work(query)` in one owner transaction with app.organisation_id set: tenant tables force row-level security,
 * which binds their owner too unless it is a superuser.
 */
export async function inOrganisation(db, organisationId, work) {
  await db.query('BEGIN');
  try {
    await db.query(`SELECT set_config('app.organisation_id', $1, true)`, [organisationId]);
    const result = await work(async (text, params) => (await db.query(text, params)).rows);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
