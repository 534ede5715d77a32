// The EXPLAIN check's findings as Markdown: Seq Scans on large tenant tables in a table, the small ones in a line.

/** Below this many rows reading a whole table can be the planner's cheaper choice: listed, but apart. */
export const SMALL_TABLE_ROWS = 10_000;
export const isLarge = (scan) => (scan.tableRows ?? 0) >= SMALL_TABLE_ROWS;

/** The Seq Scans grouped by table and query (one query often serves several endpoints), the biggest tables first. */
export function explainSection(explain) {
  const lines = ['### EXPLAIN check: Seq Scan on tenant tables (reads every organisation’s rows)', ''];
  const groups = new Map();
  for (const s of explain.seqScans) {
    const key = `${s.table}\u0000${s.fullQuery}`;
    const group = groups.get(key) ?? { ...s, endpoints: new Set() };
    group.endpoints.add(s.endpoint);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => (b.tableRows ?? 0) - (a.tableRows ?? 0));
  const large = sorted.filter(isLarge);
  const small = sorted.filter((g) => !isLarge(g));
  if (large.length === 0) lines.push(`None on a table of ${SMALL_TABLE_ROWS.toLocaleString('en')} rows or more, in ${explain.statementsExplained} distinct SELECTs.`);
  else {
    lines.push('| Table (rows) | Est. rows out | Endpoints | Query |', '|---|---:|---|---|');
    for (const g of large) lines.push(`| ${g.table} (${g.tableRows}) | ${g.planRows} | ${[...g.endpoints].join(', ')} | \`${g.query.replace(/\|/g, '\\|')}\` |`);
    lines.push('', 'Not a failure of the run, but each reads every organisation’s rows: an index leading with organisation_id (or a join the planner can drive by one) is missing.');
  }
  if (small.length > 0) {
    const byTable = new Map();
    for (const g of small) byTable.set(`${g.table} (${g.tableRows})`, [...(byTable.get(`${g.table} (${g.tableRows})`) ?? []), ...g.endpoints]);
    lines.push('', `On smaller tables (whole-table reads the planner may rightly prefer): ${[...byTable].map(([t, e]) => `${t} in ${[...new Set(e)].join(', ')}`).join('; ')}.`);
  }
  for (const e of explain.errors) lines.push(`- could not EXPLAIN (${e.endpoint}): ${e.error} — \`${e.query}\``);
  return lines.join('\n');
}
