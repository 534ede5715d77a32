// EXPLAIN check: every captured SELECT is planned inside the set-up its request had (the transaction, SET LOCAL ROLE
// gevinst_app and the set_config calls, replayed as captured), and the plan is searched for Seq Scan nodes on tenant
// tables (tables with an organisation_id column): such a scan reads every organisation's rows to find one's.
// Nothing is written: data-changing statements are skipped and the transaction is rolled back.
import pg from 'pg';

const isSetup = (q) => /^(START TRANSACTION|BEGIN)\b/i.test(q) || /^SET LOCAL ROLE\b/i.test(q) || /^SELECT set_config\(/i.test(q);
const isEnd = (q) => /^(COMMIT|ROLLBACK)\b/i.test(q);
// A WITH may hide a data-changing statement; EXPLAIN would not run it, but such a plan is a write's, not a read's.
const isSelect = (q) => /^(SELECT|WITH)\b/i.test(q) && !/\b(INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\b/i.test(q);
const flatten = (q) => q.replace(/\s+/g, ' ').trim();
const excerpt = (q, length = 160) => {
  const flat = flatten(q);
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
};
/** The query's opening and, when the table is read further in, the words from where it is named. */
function around(q, table) {
  const flat = flatten(q);
  const at = new RegExp(`\\b(FROM|JOIN)\\s+"?${table}"?\\b`, 'i').exec(flat)?.index ?? -1;
  if (at < 90) return excerpt(flat, 180);
  return `${flat.slice(0, 80)} … ${excerpt(flat.slice(at), 100)}`;
}

function* nodes(plan) {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodes(child);
}

/** captured: [{ key, statements }] → { statementsExplained, seqScans: [...], errors: [...] }. */
export async function explainCheck(databaseUrl, captured) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const tenantTables = new Set(
      (await db.query(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organisation_id'`)).rows.map((r) => r.table_name),
    );
    const sizes = Object.fromEntries(
      (await db.query(`SELECT relname, reltuples::bigint AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`)).rows.map((r) => [r.relname, Number(r.rows)]),
    );
    const seqScans = [];
    const errors = [];
    let explained = 0;
    for (const { key, statements } of captured) {
      const seen = new Set();
      let open = false;
      for (const { query, parameters } of statements) {
        const q = query.trim();
        if (isSetup(q)) {
          if (/^(START TRANSACTION|BEGIN)\b/i.test(q)) open = true;
          await db.query(q, parameters);
        } else if (isEnd(q)) {
          if (open) await db.query('ROLLBACK');
          open = false;
        } else if (isSelect(q) && !seen.has(q)) {
          seen.add(q);
          if (open) await db.query('SAVEPOINT explain_check');
          try {
            const [{ 'QUERY PLAN': [plan] }] = (await db.query(`EXPLAIN (FORMAT JSON) ${q}`, parameters)).rows;
            explained++;
            for (const node of nodes(plan.Plan)) {
              if (node['Node Type'] === 'Seq Scan' && tenantTables.has(node['Relation Name'])) {
                seqScans.push({
                  endpoint: key,
                  table: node['Relation Name'],
                  tableRows: sizes[node['Relation Name']] ?? null,
                  planRows: node['Plan Rows'],
                  parallel: node['Parallel Aware'] === true,
                  filter: node.Filter ?? null,
                  query: around(q, node['Relation Name']),
                  fullQuery: flatten(q),
                });
              }
            }
          } catch (error) {
            errors.push({ endpoint: key, error: error.message, query: excerpt(q) });
            if (open) await db.query('ROLLBACK TO SAVEPOINT explain_check');
          }
        }
      }
      if (open) await db.query('ROLLBACK');
    }
    return { statementsExplained: explained, tenantTables: tenantTables.size, seqScans, errors };
  } finally {
    await db.end();
  }
}
