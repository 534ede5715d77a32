// Rerunnable benchmark of the risk log's Excel import and export: a 5,000-row risk log (the import's row limit) with
// two mitigation actions per risk (10,000 action rows) and an owner on every risk, built with exceljs. Times the
// preview (commit=false), the commit into an empty initiative (append) and over an existing log (replace), and the
// export of the imported log; and reports the API server's peak resident memory during each step.
// Peak memory: the harness starts the API as a child of this process (and passes its pid); its peak RSS (VmHWM in /proc/<pid>/status) is
// reset before each step (`echo 5 > /proc/<pid>/clear_refs`, Linux) and read after it, with VmRSS sampled every
// 20 ms as a cross-check where the reset is not allowed.
// Uses DATABASE_URL's server when set (a scratch database is created and dropped), else an embedded PostgreSQL.
// Usage: node tests/bench/risk-import.mjs [-- --rounds 3]
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword, withBenchApi } from './harness.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'bench-password-not-secret';
const ROWS = 5000;
const ACTIONS_PER_RISK = 2;
const OWNERS = 50;
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CATEGORIES = ['Politisk', 'Økonomisk', 'Teknisk', 'Juridisk', 'Informationssikkerhed/GDPR', 'Organisatorisk', 'Leverandør'];
const HANDLERS = ['Kommunen', 'Leverandøren', 'Fælles', null];
const STATUSES = ['Åben', 'Under håndtering', 'Lukket', 'Indtruffet'];
const ACTION_STATUSES = ['Planlagt', 'I gang', 'Udført'];

async function seed(db) {
  const [{ id: org }] = (await db.query(`INSERT INTO organisation (name, municipality_code, code_prefix) VALUES ('Bench Kommune', 996, 'BRI') RETURNING id`)).rows;
  const [{ id: department }] = (await db.query(`INSERT INTO department (organisation_id, code, name) VALUES ($1, 'D1', 'Digitalisering') RETURNING id`, [org])).rows;
  const passwordHash = await hashPassword(PASSWORD);
  const [{ id: lead }] = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, name, roles, password_hash) VALUES ($1, 'projektleder@bench.gevinst.dk', 'Bench Projektleder', '{project_lead}', $2) RETURNING id`,
      [org, passwordHash],
    )
  ).rows;
  await db.query(
    `INSERT INTO app_user (organisation_id, email, name, roles, password_hash)
     SELECT $1, 'ejer' || g || '@bench.gevinst.dk', 'Bench Ejer ' || g, '{benefit_owner}', $2 FROM generate_series(1, ${OWNERS}) g`,
    [org, passwordHash],
  );
  const initiatives = (
    await db.query(
      `INSERT INTO initiative (organisation_id, code, title, purpose, lead_department_id, size_class, phase, planned_start, planned_end, project_lead_id)
       SELECT $1, 'BRI-2026-' || lpad(g::text, 3, '0'), 'Initiativ ' || g, 'Formål', $2, 'large'::initiative_size_class, 'implementation'::initiative_phase,
              DATE '2026-01-01', DATE '2027-12-31', $3
       FROM generate_series(1, 3) g RETURNING id`,
      [org, department, lead],
    )
  ).rows.map((r) => r.id);
  return { initiatives };
}

/** The 5,000-row log as a municipality would fill it in, with real dates and Danish labels. */
async function buildWorkbook() {
  const workbook = new ExcelJS.Workbook();
  const risks = workbook.addWorksheet('Risikolog');
  risks.addRow([
    'Nr.', 'Titel', 'Årsag', 'Hændelse', 'Konsekvens', 'Kategori', 'Sandsynlighed (1-5)', 'Konsekvens (1-5)', 'Score', 'Niveau', 'Håndteres af',
    'Risikoejer', 'Sandsynlighed efter tiltag', 'Konsekvens efter tiltag', 'Score efter tiltag', 'Status', 'Identificeret', 'Senest gennemgået',
  ]);
  const actions = workbook.addWorksheet('Handlinger');
  actions.addRow(['Risiko nr.', 'Handling', 'Ansvarlig', 'Frist', 'Status']);
  for (let n = 1; n <= ROWS; n++) {
    const p = 1 + (n % 5);
    const k = 1 + ((n * 7) % 5);
    const identified = new Date(Date.UTC(2025, n % 12, 1 + (n % 28)));
    risks.addRow([
      n,
      `Risiko ${n}: integrationen til fagsystemet bliver forsinket`,
      'Leverandøren har ikke et færdigt API, og testmiljøet mangler',
      'Integrationen bliver ikke klar til go-live som planlagt',
      'Sagsbehandlerne må registrere dobbelt i en overgangsperiode',
      CATEGORIES[n % CATEGORIES.length],
      p,
      k,
      { formula: `G${n + 1}*H${n + 1}`, result: p * k },
      null,
      HANDLERS[n % HANDLERS.length],
      `ejer${1 + (n % OWNERS)}@bench.gevinst.dk`,
      n % 4 === 0 ? null : 1 + (n % 3),
      n % 4 === 0 ? null : 1 + ((n * 3) % 3),
      null,
      STATUSES[n % STATUSES.length],
      identified,
      new Date(identified.getTime() + 40 * 86_400_000),
    ]);
    for (let a = 0; a < ACTIONS_PER_RISK; a++) {
      actions.addRow([n, `Tiltag ${a + 1} mod risiko ${n}: aftal testmiljø og milepæle`, 'Projektleder', new Date(identified.getTime() + (60 + 30 * a) * 86_400_000), ACTION_STATUSES[(n + a) % 3]]);
    }
  }
  for (const cell of ['Q', 'R']) risks.getColumn(cell).numFmt = 'dd-mm-yyyy';
  actions.getColumn('D').numFmt = 'dd-mm-yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The API process the harness started (when the harness does not say): the child of this process running dist/apps/api/main.js. */
function apiPid() {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/apps/api/main.js')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error('cannot find the API process started by the harness');
}

const statusKb = (pid, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

/** Runs `work` and reports its time and the server's peak RSS while it ran. */
async function measured(pid, work) {
  let resetWorked = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    resetWorked = false;
  }
  const before = statusKb(pid, 'VmRSS');
  let sampled = before;
  const sampler = setInterval(() => (sampled = Math.max(sampled, statusKb(pid, 'VmRSS'))), 20);
  const start = process.hrtime.bigint();
  try {
    const result = await work();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const peakKb = resetWorked ? Math.max(statusKb(pid, 'VmHWM'), sampled) : sampled;
    return { ms, beforeMb: before / 1024, peakMb: peakKb / 1024, result };
  } finally {
    clearInterval(sampler);
  }
}

await withBenchApi('risk_import', async ({ base, db, pid: harnessPid, signIn }) => {
  const { initiatives } = await seed(db);
  const cookie = await signIn('projektleder@bench.gevinst.dk', PASSWORD);
  const xsrf = decodeURIComponent(/XSRF-TOKEN=([^;]+)/.exec(cookie)?.[1] ?? '');
  const file = await buildWorkbook();
  const pid = harnessPid ?? apiPid();

  const importOnce = async (initiative, query) => {
    const form = new FormData();
    form.append('file', new Blob([file], { type: XLSX_TYPE }), 'risikolog.xlsx');
    const response = await fetch(`${base}/initiatives/${initiative}/risks/import?${query}`, { method: 'POST', body: form, headers: { cookie, 'X-XSRF-TOKEN': xsrf } });
    const body = await response.json();
    if (!response.ok) throw new Error(`import ${query}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
    if (body.errors.length > 0) throw new Error(`import ${query}: ${body.errors.length} row errors, e.g. ${JSON.stringify(body.errors[0])}`);
    return body;
  };
  const exportOnce = async (initiative) => {
    const response = await fetch(`${base}/initiatives/${initiative}/risks/export.xlsx`, { headers: { cookie } });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`export: HTTP ${response.status}`);
    return bytes.length;
  };

  // One warm-up preview, so the first-request costs (JIT, pools) are not counted.
  await importOnce(initiatives[0], 'commit=false');
  const rows = [];
  const previews = [];
  for (let i = 0; i < rounds; i++) previews.push(await measured(pid, () => importOnce(initiatives[0], 'commit=false')));
  rows.push(summary(`Preview (commit=false), ${rounds} runs`, previews));
  rows.push(summary('Commit into an empty initiative (append)', [await measured(pid, () => importOnce(initiatives[1], 'mode=append&commit=true'))]));
  rows.push(summary('Commit over the same log (replace)', [await measured(pid, () => importOnce(initiatives[1], 'mode=replace&commit=true'))]));
  const exported = await measured(pid, () => exportOnce(initiatives[1]));
  rows.push(summary(`Export of the imported log (${(exported.result / 1024).toFixed(0)} kB)`, [exported]));

  const title =
    `Risk log import: ${ROWS.toLocaleString('en-GB')} risks, ${(ROWS * ACTIONS_PER_RISK).toLocaleString('en-GB')} actions, ` +
    `file ${(file.length / 1024).toFixed(0)} kB; API server peak RSS per step (VmHWM after a reset)`;
  console.log(`\n${title}\n`);
  console.log('| Step | Time (median) | Time (max) | Server RSS before | Server peak RSS |\n|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.medianS} s | ${r.maxS} s | ${r.beforeMb} MB | ${r.peakMb} MB |`);
  mkdirSync(join(repoRoot, 'tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'tmp', 'bench-risk-import.json'), JSON.stringify({ at: new Date().toISOString(), rows: ROWS, fileBytes: file.length, steps: rows }, null, 2));
  console.log('\nwritten: tmp/bench-risk-import.json');
});

function summary(name, runs) {
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  return {
    name,
    medianS: (times[Math.floor(times.length / 2)] / 1000).toFixed(2),
    maxS: (times[times.length - 1] / 1000).toFixed(2),
    beforeMb: Math.round(Math.max(...runs.map((r) => r.beforeMb))),
    peakMb: Math.round(Math.max(...runs.map((r) => r.peakMb))),
  };
}
