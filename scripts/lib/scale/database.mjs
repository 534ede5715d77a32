// The target database as its owner sees it: whether it exists and holds data, creating, replacing (only when empty
// or made by this generator), provisioning organisations (the app role only reads them), counts and statistics.
import pg from 'pg';
import { INCOMPLETE, isScaleSeed, setMarker } from './marker.mjs';

/** Refused for a reason the user can act on (exit code 1, nothing changed). */
export class RefusedError extends Error {}

export async function connect(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'gevinst-seed-scale' });
  // A dropped connection surfaces on the next query.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** What the database holds: tables with rows (the migrations' own bookkeeping aside) and organisations. */
async function contents(url) {
  const client = await connect(url);
  try {
    const tables = (
      await client.query(
        `SELECT format('%I.%I', schemaname, tablename) AS name, schemaname = 'public' AND tablename = 'organisation' AS organisation
         FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND NOT (schemaname = 'public' AND tablename = 'schema_migration')
         ORDER BY 1`,
      )
    ).rows;
    const filled = [];
    let organisations = 0;
    for (const table of tables) {
      if (table.organisation) organisations = Number((await client.query(`SELECT count(*) AS n FROM ${table.name}`)).rows[0].n);
      if ((await client.query(`SELECT EXISTS (SELECT 1 FROM ${table.name}) AS filled`)).rows[0].filled) filled.push(table.name);
    }
    return { filled, organisations };
  } finally {
    await client.end();
  }
}

const describe = ({ filled, organisations }) =>
  organisations > 0 ? `${organisations} organisation${organisations === 1 ? '' : 's'}` : `rows in ${filled.slice(0, 3).join(', ')}${filled.length > 3 ? ', …' : ''}`;

/**
 * Decides what to do with the target database, changing nothing: 'create' it, 'use' it (exists, empty) or 'replace'
 * it (--replace, and empty or made by this generator). Refuses (RefusedError) a database that holds data unless
 * --replace and it was made by this generator: nothing else is ever dropped.
 */
export async function inspectDatabase(database, { replace }) {
  const server = await connect(database.serverUrl);
  try {
    const [role] = (await server.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user')).rows;
    if (!role.rolsuper && !role.rolbypassrls) {
      // Row-level security would hide other organisations' rows from the checks and from the counts.
      throw new RefusedError("DATABASE_URL's user must be a superuser or have BYPASSRLS, like the app's schema owner");
    }
    const [existing] = (await server.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [database.name])).rows;
    if (!existing) return { action: 'create' };
    const found = await contents(database.url);
    const empty = found.filled.length === 0;
    if (!empty && !replace) {
      throw new RefusedError(`database ${database.name} already holds data (${describe(found)}); nothing was changed. Use --replace to rebuild a database made by seed:scale, or name another database`);
    }
    if (!empty && !isScaleSeed(existing.comment)) {
      throw new RefusedError(`refusing to replace database ${database.name}: it holds data (${describe(found)}) that seed:scale did not make; nothing was changed`);
    }
    return replace ? { action: 'replace', reason: empty ? 'empty' : `made by seed:scale, ${describe(found)}` } : { action: 'use' };
  } finally {
    await server.end();
  }
}

/** Carries out inspectDatabase's decision and marks the database incomplete. */
export async function prepareDatabase(database, decision, log) {
  const server = await connect(database.serverUrl);
  try {
    const name = pg.escapeIdentifier(database.name);
    if (decision.action === 'replace') {
      log(`Dropping database ${database.name} (${decision.reason})…`);
      await server.query(`DROP DATABASE ${name}`).catch((error) => {
        throw new RefusedError(`cannot drop database ${database.name}: ${error.message} (close the other sessions on it first)`);
      });
    }
    if (decision.action !== 'use') {
      log(`Creating database ${database.name}…`);
      await server.query(`CREATE DATABASE ${name}`);
    }
    await setMarker(server, database.name, INCOMPLETE);
  } finally {
    await server.end();
  }
}

/** The organisation rows, written by the owner: the app role may only read them. */
export async function provisionOrganisations(client, plans, createdAt) {
  await client.query(
    `INSERT INTO organisation (id, name, municipality_code, code_prefix, settings, created_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::int2[], $4::text[], $5::jsonb[], $6::timestamptz[])`,
    [
      plans.map((p) => p.id),
      plans.map((p) => p.name),
      plans.map((p) => p.municipalityCode),
      plans.map((p) => p.codePrefix),
      plans.map((p) => JSON.stringify({ hourlyRateDkk: p.hourlyRateDkk, reviewCycle: 'quarter' })),
      plans.map(() => createdAt),
    ],
  );
}

/** Exact row counts of every table in the public schema, and the tables the audit trigger watches. */
export async function countRows(client) {
  const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migration' ORDER BY 1`)).rows;
  const counts = {};
  for (const { tablename } of tables) {
    counts[tablename] = Number((await client.query(`SELECT count(*) AS n FROM ${pg.escapeIdentifier(tablename)}`)).rows[0].n);
  }
  const audited = (await client.query(`SELECT DISTINCT tgrelid::regclass::text AS name FROM pg_trigger WHERE tgname = 'audit' ORDER BY 1`)).rows.map((r) => r.name.replace(/"/g, ''));
  return { counts, audited };
}
