// The benchmark's Markdown table (case, figure, target, met) and its JSON with every number and the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { repoRoot } from '../../../scripts/lib/process.mjs';

const mark = (met) => (met === null || met === undefined ? '—' : met ? '✓' : '✗');
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value} ms`);

/** A load case's figure; its answers that were not the expected status make it fail whatever the target. */
export const latencyFigure = (c, withRate = true) =>
  `p50 ${ms(c.p50Ms)} · p95 ${ms(c.p95Ms)}${withRate ? ` · ${c.rps} req/s` : ''}${c.unexpected + c.errors > 0 ? ` · **${c.unexpected + c.errors} failed** (${c.failure ?? 'errors'})` : ''}`;
export const answeredOk = (c) => c.unexpected + c.errors === 0;

export async function machineInfo(db) {
  const [{ version }] = (await db.query('SELECT version()')).rows;
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryGb: +(totalmem() / 1024 ** 3).toFixed(1),
    loadAverageAtEnd: loadavg().map((l) => +l.toFixed(2)),
    node: process.version,
    postgres: version,
    date: new Date().toISOString(),
  };
}

/** rows: [{ case, figure, target, met }]; prints the table and the notes, writes the JSON; returns the file. */
export function writeReport({ title, rows, notes, json, out }) {
  console.log(`\n## ${title}\n`);
  console.log('| Case | Figure | Target | Met |\n|---|---|---|:-:|');
  for (const r of rows) console.log(`| ${r.case} | ${r.figure} | ${r.target ?? '—'} | ${mark(r.met)} |`);
  for (const note of notes) console.log(`\n${note}`);
  const file = isAbsolute(out) ? out : join(repoRoot, out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...json, table: rows }, null, 2)}\n`);
  console.log(`\nwritten: ${out}`);
  return file;
}

/** Other work on the machine skews every figure: say so up front (the 1-minute load average, against the CPUs). */
export function warnIfBusy() {
  const [load] = loadavg();
  if (load > cpus().length / 2) console.warn(`warning: the machine is busy (load average ${load.toFixed(1)} on ${cpus().length} CPUs): figures will be slower than they should`);
  return +load.toFixed(2);
}
