// Turns the measurements into the table rows, the EXPLAIN section and the JSON; returns the exit code: 1 when an
// endpoint failed or a check did not hold (a missed target is reported, not an error).
import { explainSection, isLarge, SMALL_TABLE_ROWS } from './explain-report.mjs';
import { answeredOk, latencyFigure, machineInfo, writeReport } from './report.mjs';
import { round } from './stats.mjs';

const LIST_P95_MS = 30;
const RATIO_MAX = 2;
const WRITES_MIN = 300;
const EXPORT_MAX_MS = 5000;
const EXPORT_MAX_RSS_MB = 300;
const INITIAL_RAW_MAX_KB = 500; // the web app's Angular budget (maximumError for "initial")

export async function summarize({ loadAtStart, condition, options, opened, seed, organisation, list, captured, failedCaptures, explain, sqlFloor, overviewSql, results, db }) {
  const { reads, exports, bundle, dashboard, writes } = results;
  const rows = [];
  const read = (key, target, met) => {
    const c = reads[key];
    const connections = key.split('@')[1];
    rows.push({ case: `${c.name} @${connections} conn.`, figure: latencyFigure(c), target, met: answeredOk(c) ? met?.(c) ?? null : false });
  };
  for (const key of ['overview@1', 'overview@10', 'overview@50']) read(key);
  const failedRow = (c) => rows.push({ case: c.name, figure: `**failed**: ${c.error}`, target: null, met: false });
  for (const floor of sqlFloor) {
    if (floor.error) failedRow(floor);
    else rows.push({ case: `Overview’s ${floor.statements} statements via plain pg @${floor.connections} conn.`, figure: latencyFigure(floor), target: null, met: null });
  }
  const ratios = sqlFloor
    .filter((floor) => !floor.error)
    .map((floor) => {
      const apiCase = reads[`overview@${floor.connections}`];
      return { connections: floor.connections, p50: round(apiCase.p50Ms / floor.p50Ms, 2), p95: round(apiCase.p95Ms / floor.p95Ms, 2) };
    });
  for (const r of ratios) {
    rows.push({ case: `Overview API ÷ plain SQL @${r.connections} conn.`, figure: `p50 ${r.p50}× · p95 ${r.p95}×`, target: `p50 ≤ ${RATIO_MAX}×`, met: r.p50 <= RATIO_MAX });
  }
  const large = explain.seqScans.filter(isLarge);
  const queries = (scans) => new Set(scans.map((s) => s.fullQuery)).size;
  rows.push({
    case: 'EXPLAIN: Seq Scans on tenant tables',
    figure:
      `${large.length} on tables ≥ ${SMALL_TABLE_ROWS.toLocaleString('en')} rows (in ${queries(large)} queries) · ` +
      `${explain.seqScans.length - large.length} on smaller tables · ${explain.statementsExplained} distinct SELECTs explained` +
      `${explain.errors.length ? ` · **${explain.errors.length} not explainable**` : ''}`,
    target: `0 on tables ≥ ${SMALL_TABLE_ROWS.toLocaleString('en')} rows`,
    met: large.length === 0,
  });
  for (const key of ['listFirst@1', 'listFirst@10', 'listDeep@1', 'listDeep@10']) read(key, `p95 ≤ ${LIST_P95_MS} ms`, (c) => c.p95Ms <= LIST_P95_MS);
  for (const key of ['heatMap@1', 'financePivot@1']) read(key);
  if (writes.error) failedRow(writes);
  else rows.push({
    case: `${writes.name} @${writes.connections} conn. (${writes.goals} goals)`,
    figure: `${writes.writesPerSecond} writes/s · p50 ${writes.p50Ms} ms · p95 ${writes.p95Ms} ms · ${writes.rowsWritten} rows for ${writes.created} × 201 (+ ${writes.cutOff} cut off at the end) ${writes.rowsMatchResponses ? '✓' : '**✗ rows do not match**'}${writes.unexpected + writes.errors ? ` · **${writes.unexpected + writes.errors} failed** (${writes.failure})` : ''}`,
    target: `≥ ${WRITES_MIN}/s`,
    met: answeredOk(writes) && writes.rowsMatchResponses ? writes.writesPerSecond >= WRITES_MIN : false,
  });
  for (const e of Object.values(exports)) {
    if (e.error) failedRow(e);
    else rows.push({
      case: `${e.name} (full plan)`,
      figure: `${round(e.medianMs / 1000, 2)} s · ${Math.round(e.bytes / 1000)} kB · peak RSS ${e.maxPeakRssMb} MB max, ${e.peakRssMb} MB median (idle before ${e.idleRssMb} MB, ${e.rssAtStartMb} MB at start) · ${e.lines} lines${e.linesOk ? ' ✓' : ` **≠ ${e.expectedLines} expected**`} (of ${e.organisationLines}: archived initiatives’ lines are left out)`,
      target: `≤ ${EXPORT_MAX_MS / 1000} s · ≤ ${EXPORT_MAX_RSS_MB} MB`,
      met: e.linesOk && e.medianMs <= EXPORT_MAX_MS && e.maxPeakRssMb <= EXPORT_MAX_RSS_MB, // memory: the worst run counts
    });
  }
  read('healthCheck@1');
  if (dashboard?.error) failedRow(dashboard);
  else if (dashboard) rows.push({ case: `${dashboard.name} (median of ${dashboard.runs})`, figure: `${dashboard.renderedMs} ms (key figures ${dashboard.figuresMs} ms)`, target: null, met: null });
  rows.push({
    case: 'Initial JS + CSS of index.html',
    figure: `JS ${bundle.jsGzipKb} kB gzip (${bundle.scripts} files) · CSS ${bundle.cssGzipKb} kB gzip · raw ${bundle.totalRawKb} kB`,
    target: `raw ≤ ${INITIAL_RAW_MAX_KB} kB (budget)`,
    met: bundle.totalRawKb <= INITIAL_RAW_MAX_KB,
  });

  const notes = [explainSection(explain)];
  if (failedCaptures.length) notes.push(`**Endpoints that failed during the SQL capture:** ${failedCaptures.map((f) => `${f.path} → ${f.status}`).join('; ')}`);
  const machine = { ...(await machineInfo(db)), loadAverageAtStart: loadAtStart };
  const conditions = {
    database: opened.name,
    organisation: { id: organisation.id, name: organisation.name, initiatives: organisation.initiatives },
    durationSeconds: options.duration,
    runs: options.runs,
    dbPoolSize: Number(process.env.DB_POOL_SIZE ?? 10),
    postgresSettings: condition.settings,
    deadRowsAtStart: condition.bloated,
    apiMode: 'NODE_ENV=production, LOG_LEVEL=warn; load generator (autocannon), API and PostgreSQL on this one machine',
    list,
  };
  notes.unshift(
    `Conditions: ${machine.cpus} CPUs, Node ${machine.node}, ${machine.postgres.split(' on ')[0]}; ${organisation.name} (${organisation.initiatives} initiatives) ` +
      `of ${seed.counts.organisation ?? seed.counts.organisations ?? '?'} organisations; each figure the median of ${options.runs} runs of ${options.duration} s; DB pool ${conditions.dbPoolSize}; ` +
      `load average ${loadAtStart} before the build, ${machine.loadAverageAtEnd[0]} at the end (the bench itself adds about 2); autovacuum ${condition.settings.autovacuum}${condition.bloated.length ? `; tables with many dead rows at the start: ${condition.bloated.map((b) => b.table).join(', ')}` : ''}.`,
  );
  writeReport({
    title: `Scale benchmark: ${organisation.name}`,
    rows,
    notes,
    out: options.out,
    json: {
      at: machine.date,
      machine,
      conditions,
      seed,
      reads,
      sqlFloor,
      overviewStatements: overviewSql.length,
      ratios,
      explain,
      writes,
      exports,
      bundle,
      dashboard,
      captured: captured.map((c) => ({ endpoint: c.key, path: c.path, status: c.status, statements: c.statements.length })),
    },
  });
  const broken =
    failedCaptures.length > 0 ||
    sqlFloor.some((floor) => floor.error) ||
    Object.values(reads).some((c) => !answeredOk(c)) ||
    Boolean(writes.error) ||
    !answeredOk(writes) ||
    !writes.rowsMatchResponses ||
    Object.values(exports).some((e) => e.error || !e.linesOk) ||
    Boolean(dashboard?.error);
  return broken ? 1 : 0;
}
