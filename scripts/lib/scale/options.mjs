// Command-line options of `npm run seed:scale`, checked in full before anything is touched: a bad value is one line
// naming the option and what it accepts (exit code 2).

export class UsageError extends Error {}

export const USAGE = `Usage: DATABASE_URL=postgres://user@host:5432/gevinst_scale npm run seed:scale -- [options]

Fills a database with national-size, deterministic data through the app's schema, row-level security and audit
triggers. The database is created when missing; one that already holds data is refused unless --replace.

Options:
  --organisations N   organisations (kommuner), 1–500 (default 98)
  --largest N         initiatives in the largest organisation, 1–5000 (default 1000; ~30,000 in all by default)
  --seed N            seed of the generator, 0–2147483647 (default 1); the same seed, options and --as-of give
                      the same data
  --as-of YYYY-MM-DD  the day the data is "today" for, 2010-01-01–2090-12-31 (default today in Denmark)
  --replace           drop and recreate the database first, if it is empty or was made by this generator
  --help              show this text`;

const INTEGER_OPTIONS = {
  organisations: { min: 1, max: 500, fallback: 98 },
  largest: { min: 1, max: 5000, fallback: 1000 },
  seed: { min: 0, max: 2_147_483_647, fallback: 1 },
};
const AS_OF_RANGE = ['2010-01-01', '2090-12-31'];
const RESERVED_DATABASES = ['postgres', 'template0', 'template1'];

/** Today's date in Denmark (YYYY-MM-DD), where the municipalities are. */
export function danishToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function parseInteger(name, text) {
  const { min, max } = INTEGER_OPTIONS[name];
  const range = `a whole number from ${min} to ${max}`;
  if (text === undefined || !/^-?\d+$/.test(text)) throw new UsageError(`--${name} must be ${range} (got ${text === undefined ? 'nothing' : `"${text}"`})`);
  const value = Number(text);
  if (value < min || value > max) throw new UsageError(`--${name} must be ${range} (got ${text})`);
  return value;
}

function parseAsOf(text) {
  const expected = `--as-of must be a date YYYY-MM-DD from ${AS_OF_RANGE[0]} to ${AS_OF_RANGE[1]}`;
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UsageError(`${expected} (got ${text === undefined ? 'nothing' : `"${text}"`})`);
  // A date that does not exist (2026-02-30) comes back from Date as another day.
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) throw new UsageError(`${expected} (got ${text}, which is not a calendar date)`);
  if (text < AS_OF_RANGE[0] || text > AS_OF_RANGE[1]) throw new UsageError(`${expected} (got ${text})`);
  return text;
}

/** The target database from DATABASE_URL: the URL itself, the database's name and the server's `postgres` database. */
export function parseDatabaseUrl(value) {
  const example = 'e.g. postgres://postgres@127.0.0.1:5432/gevinst_scale';
  if (!value) throw new UsageError(`DATABASE_URL must name the target database, ${example}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`DATABASE_URL must be a postgres:// URL, ${example}`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new UsageError(`DATABASE_URL must be a postgres:// URL, ${example}`);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name || name.includes('/') || Buffer.byteLength(name) > 63) throw new UsageError(`DATABASE_URL must end in a database name of 1–63 bytes, ${example}`);
  if (RESERVED_DATABASES.includes(name)) throw new UsageError(`DATABASE_URL must name a database of its own, not ${name}, ${example}`);
  const server = new URL(url);
  server.pathname = '/postgres';
  return { url: url.toString(), name, serverUrl: server.toString() };
}

/**
 * argv without node and the script; env for DATABASE_URL. Returns { help: true } or the options;
 * throws UsageError on the first problem.
 */
export function parseOptions(argv, env, today = danishToday()) {
  const given = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}": options start with -- (see --help)`);
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag.slice(2);
    if (name === 'help') return { help: true };
    if (Object.hasOwn(given, name)) throw new UsageError(`--${name} is given twice`);
    if (name === 'replace') {
      if (inline !== undefined) throw new UsageError('--replace takes no value');
      given.replace = true;
    } else if (Object.hasOwn(INTEGER_OPTIONS, name) || name === 'as-of') {
      let value = inline;
      if (value === undefined && i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      given[name] = value;
      // An option without its value gets the option's own message, with what it accepts.
      if (value === undefined && name === 'as-of') parseAsOf(undefined);
      else if (value === undefined) parseInteger(name, undefined);
    } else {
      throw new UsageError(`Unknown option ${flag}: the options are --organisations, --largest, --seed, --as-of, --replace and --help`);
    }
  }
  const integer = (name) => (given[name] === undefined ? INTEGER_OPTIONS[name].fallback : parseInteger(name, given[name]));
  const options = {
    organisations: integer('organisations'),
    largest: integer('largest'),
    seed: integer('seed'),
    asOf: given['as-of'] === undefined ? today : parseAsOf(given['as-of']),
    replace: given.replace === true,
  };
  return { help: false, options, database: parseDatabaseUrl(env.DATABASE_URL) };
}
