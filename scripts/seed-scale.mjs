// `npm run seed:scale`: fills DATABASE_URL's database with national-size, deterministic data (98 municipalities,
// ~30,000 initiatives by default) through the app's schema, row-level security and audit triggers, for the scale
// benchmark. Exit codes: 0 done, 1 refused or failed (the database stays marked incomplete), 2 bad options.
// Usage: DATABASE_URL=postgres://…/gevinst_scale npm run seed:scale -- [--organisations N] [--largest N] [--seed N]
//        [--as-of YYYY-MM-DD] [--replace] [--help]
import { RefusedError } from './lib/scale/database.mjs';
import { parseOptions, USAGE, UsageError } from './lib/scale/options.mjs';
import { seedScale } from './lib/scale/seed.mjs';

const log = (message) => console.log(`[seed:scale] ${message}`);

let parsed;
try {
  parsed = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`[seed:scale] ${error.message}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

// Stopping mid-way rolls back the open transactions; what was committed stays, under the incomplete marker.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    console.error(`[seed:scale] Stopped (${signal}): ${parsed.database.name} stays marked incomplete; rerun with --replace.`);
    process.exit(code);
  });
}

try {
  await seedScale(parsed, log);
} catch (error) {
  if (error instanceof RefusedError) {
    console.error(`[seed:scale] ${error.message}`);
  } else {
    console.error(`[seed:scale] Failed: ${error instanceof Error ? error.message : String(error)}`);
    if (error?.markedIncomplete) console.error(`[seed:scale] ${parsed.database.name} stays marked incomplete; rerun with --replace.`);
  }
  process.exit(1);
}
