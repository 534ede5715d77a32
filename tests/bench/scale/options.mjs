// Command-line options of `npm run bench` (tests/bench/scale.mjs).
const USAGE = 'Usage: DATABASE_URL=postgres://… npm run bench [-- --duration 10 --runs 3 --out tmp/bench-scale.json --skip-browser --no-build --migrate]';

/** Parses argv; a bad value is a one-line message and exit code 2, before anything starts. */
export function parseOptions(argv = process.argv.slice(2)) {
  const options = { duration: 10, runs: 3, out: 'tmp/bench-scale.json', skipBrowser: false, build: true, migrate: false };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) fail(`${name} needs a value`);
      return next;
    };
    const positive = (text, integer) => {
      const number = Number(text);
      if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) fail(`${name} must be a positive ${integer ? 'whole ' : ''}number`);
      return number;
    };
    if (name === '--duration') options.duration = positive(value(), false);
    else if (name === '--runs') options.runs = positive(value(), true);
    else if (name === '--out') options.out = value();
    else if (name === '--skip-browser') options.skipBrowser = true;
    else if (name === '--no-build') options.build = false;
    else if (name === '--migrate') options.migrate = true;
    else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${name}`);
  }
  return options;
}

function fail(message) {
  console.error(`bench: ${message}. ${USAGE}`);
  process.exit(2);
}
