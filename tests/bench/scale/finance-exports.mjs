// The full funding-plan export of the organisation as xlsx and csv: time to the last byte, the server's idle RSS
// before and peak RSS during each download (VmRSS of /proc/<pid>/status every 20 ms), and a check of the content:
// the xlsx is read back with exceljs, the csv's lines are counted; both must hold every funding line.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { median, round } from './stats.mjs';

const SAMPLE_MS = 20;
const PLAN_SHEET = 'Finansieringsplan';
/** The csv's fixed header block: 7 label lines, an empty line and the heading row (see finance-csv.ts). */
const CSV_HEADER_LINES = 9;

export const rssMb = (pid) => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function downloadOnce({ base, cookie, pid }, path, keepBody) {
  const idleMb = rssMb(pid);
  let peakMb = idleMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb(pid))), SAMPLE_MS);
  const chunks = [];
  let bytes = 0;
  const start = performance.now();
  try {
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
    for await (const chunk of response.body) {
      bytes += chunk.length;
      if (keepBody) chunks.push(chunk);
    }
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - start;
  peakMb = Math.max(peakMb, rssMb(pid));
  return { ms, bytes, idleMb, peakMb, body: keepBody ? Buffer.concat(chunks) : null };
}

async function xlsxLines(body) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body);
  const sheet = workbook.getWorksheet(PLAN_SHEET);
  if (!sheet) throw new Error(`the xlsx has no sheet ${PLAN_SHEET}`);
  return sheet.actualRowCount - 1; // less the heading row
}

const csvLines = (body) => {
  let crlf = 0;
  for (let i = 1; i < body.length; i++) if (body[i] === 10 && body[i - 1] === 13) crlf++;
  return crlf - CSV_HEADER_LINES;
};

/** One format: a warm-up download whose content is checked, then `runs` timed downloads. */
export async function exportCase(ctx, { format, expectedLines, runs }) {
  const path = `/finance/export.${format}`;
  const first = await downloadOnce(ctx, path, true);
  const lines = format === 'xlsx' ? await xlsxLines(first.body) : csvLines(first.body);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await downloadOnce(ctx, path, false));
  return {
    name: `GET ${path}`,
    path,
    runs,
    lines,
    expectedLines,
    linesOk: lines === expectedLines,
    bytes: first.bytes,
    medianMs: round(median(results.map((r) => r.ms)), 0),
    idleRssMb: round(median(results.map((r) => r.idleMb))),
    peakRssMb: round(median(results.map((r) => r.peakMb))),
    maxPeakRssMb: round(Math.max(...results.map((r) => r.peakMb))),
    perRun: results.map((r) => ({ ms: round(r.ms, 0), idleMb: round(r.idleMb), peakMb: round(r.peakMb) })),
  };
}
