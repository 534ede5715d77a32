// HTTP load with autocannon: every response time is collected (the instance's 'response' event) so p50/p95 are
// exact rather than histogram buckets; each case is run `runs` times and every figure is the median of the runs.
import autocannon from 'autocannon';
import { median, quantile, round } from './stats.mjs';

const WARM_UP_REQUESTS = 5;

/** One autocannon run: exact p50/p95 (ms), requests/s and the status codes seen. */
export async function loadOnce({ url, connections, duration, method = 'GET', headers = {}, requests }) {
  const times = [];
  const statuses = {};
  const instance = autocannon({ url, connections, duration, method, headers, requests, timeout: 60 });
  instance.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  return {
    p50Ms: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    rps: times.length / result.duration,
    seconds: result.duration,
    responses: times.length,
    // Requests still open when the time was up: autocannon drops them, but the server may finish them.
    cutOff: Math.max(0, (result.requests.sent ?? times.length) - times.length),
    statuses,
    errors: result.errors,
  };
}

/**
 * A GET case: a few warm-up requests, then `runs` runs at `connections`. Figures are medians over runs; responses
 * that were not `expect` (200) are counted over all runs, and one such answer is kept to show why.
 */
export async function getCase({ name, base, path, headers, connections, duration, runs, expect = 200 }) {
  const url = `${base}${path}`;
  for (let i = 0; i < WARM_UP_REQUESTS; i++) await (await fetch(url, { headers })).arrayBuffer();
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await loadOnce({ url, connections, duration, headers }));
  return summarise({ name, path, connections, duration, expect }, results, () => explainFailure(url, headers));
}

/** Medians of the runs plus the unexpected-status bookkeeping every case reports. */
export function summarise(about, results, explain) {
  const unexpected = results.reduce((sum, r) => sum + Object.entries(r.statuses).reduce((s, [code, n]) => s + (Number(code) === about.expect ? 0 : n), 0), 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  const summary = {
    ...about,
    runs: results.length,
    p50Ms: round(median(results.map((r) => r.p50Ms)), 2),
    p95Ms: round(median(results.map((r) => r.p95Ms)), 2),
    rps: round(median(results.map((r) => r.rps)), 1),
    responses: results.reduce((sum, r) => sum + r.responses, 0),
    unexpected,
    errors,
    perRun: results.map(({ p50Ms, p95Ms, rps, responses, statuses, errors: e }) => ({ p50Ms: round(p50Ms, 2), p95Ms: round(p95Ms, 2), rps: round(rps, 1), responses, statuses, errors: e })),
  };
  return unexpected + errors > 0 && explain ? explain().then((why) => ({ ...summary, failure: why })) : Promise.resolve(summary);
}

async function explainFailure(url, headers) {
  const response = await fetch(url, { headers }).catch((error) => ({ status: 'no answer', text: async () => String(error) }));
  return `${response.status} ${(await response.text()).slice(0, 300)}`;
}
