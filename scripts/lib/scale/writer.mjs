// Writes rows the way the app does: inside a tenant transaction (SET LOCAL ROLE gevinst_app and the organisation and
// acting user set with set_config(…, true), as apps/api/src/common/tenancy/tenant-db.ts does), so row-level
// security checks every row and the audit triggers log it. COPY is refused on tables with row-level security for a
// role that cannot bypass it, so rows go in as multi-row INSERT … SELECT FROM unnest(arrays), a chunk per statement.
import { performance } from 'node:perf_hooks';
import { TABLE_ORDER, TABLES } from './tables.mjs';

const CHUNK_ROWS = 10_000;
const APP_ROLE = 'gevinst_app';
const statements = new Map();

/** INSERT … SELECT $1 (the organisation), the columns FROM unnest($2…): array columns travel as their text form. */
function insertStatement(table) {
  let sql = statements.get(table);
  if (!sql) {
    const columns = TABLES[table];
    const names = columns.map(([name]) => `"${name}"`);
    const params = columns.map(([, type], i) => `$${i + 2}::${type.endsWith('[]') ? 'text' : type}[]`);
    const selected = columns.map(([name, type]) => (type.endsWith('[]') ? `u."${name}"::${type}` : `u."${name}"`));
    sql = `INSERT INTO "${table}" ("organisation_id", ${names.join(', ')}) SELECT $1::uuid, ${selected.join(', ')} FROM unnest(${params.join(', ')}) AS u(${names.join(', ')})`;
    statements.set(table, sql);
  }
  return sql;
}

/** Text-like values are quoted in an array literal; uuids, numbers, dates, timestamps, booleans and enum labels need not be. */
const quotedTypes = (type) => type === 'text' || type === 'jsonb' || type.endsWith('[]');

/**
 * One column of rows[from, to) as a PostgreSQL array literal. Built here rather than by pg's generic serialiser:
 * millions of values would otherwise each pass two regular expressions, and the garbage would slow the run.
 */
function arrayLiteral(rows, from, to, name, quoted) {
  const parts = new Array(to - from);
  for (let i = from; i < to; i++) {
    const value = rows[i][name];
    if (value === null || value === undefined) parts[i - from] = 'NULL';
    else if (!quoted) parts[i - from] = value;
    else {
      const text = String(value);
      parts[i - from] = text.includes('"') || text.includes('\\') ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`;
    }
  }
  return `{${parts.join(',')}}`;
}

/** Inserts the rows (objects keyed by column name) in chunks; returns how many the database wrote. */
export async function insertRows(client, table, organisationId, rows) {
  const columns = TABLES[table];
  let written = 0;
  for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
    const to = Math.min(rows.length, from + CHUNK_ROWS);
    const arrays = columns.map(([name, type]) => arrayLiteral(rows, from, to, name, quotedTypes(type)));
    const result = await client.query(insertStatement(table), [organisationId, ...arrays]);
    written += result.rowCount;
  }
  return written;
}

/** Rows of one transaction, collected per table and written in foreign-key order. */
export class RowSink {
  constructor() {
    this.rows = new Map(TABLE_ORDER.map((table) => [table, []]));
  }

  add(table, row) {
    this.rows.get(table).push(row);
  }

  /** Writes everything; `onWritten(table, count, milliseconds)` after each table. */
  async flush(client, organisationId, onWritten) {
    for (const [table, rows] of this.rows) {
      if (rows.length === 0) continue;
      const started = performance.now();
      const written = await insertRows(client, table, organisationId, rows);
      onWritten(table, written, performance.now() - started);
    }
  }
}

/** Runs `work` in one transaction as the app role, confined to the organisation, acting as `userId`. */
export async function tenantTransaction(client, organisationId, userId, work) {
  await client.query('BEGIN');
  try {
    // A bulk load need not wait for each commit to reach the disk: a crash leaves the marker incomplete anyway.
    await client.query('SET LOCAL synchronous_commit = off');
    await client.query(`SET LOCAL ROLE ${APP_ROLE}`);
    await client.query(`SELECT set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true)`, [organisationId, userId]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
