// `npm run bench`: the national-size benchmark against the database made by `npm run seed:scale` (DATABASE_URL).
// Latency and throughput of the heavy endpoints of the largest organisation, the plain-SQL floor under the
// overview, an EXPLAIN check for scans across organisations, measurement writes, the finance exports' time and
// memory, and the dashboard in headless Chromium. Prints a Markdown table; writes the JSON (default tmp/bench-scale.json).
// Usage: DATABASE_URL=postgres://…/gevinst_scale npm run bench [-- --duration 10 --runs 3 --out FILE --skip-browser --no-build --migrate]
import { parseOptions } from './scale/options.mjs';
import { runScaleBench } from './scale/run.mjs';

try {
  process.exitCode = await runScaleBench(parseOptions());
} catch (error) {
  console.error(`bench failed: ${error.stack ?? error}`);
  process.exitCode = 1;
}
