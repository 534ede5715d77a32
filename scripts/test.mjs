// `npm test`: lint and type-check every project, build the web app for the browser tests, then run the
// whole Jest suite (unit, HTTP against PostgreSQL, browser). Ends with one plain line: N passed, N failed, N skipped.
// Extra arguments go to Jest, e.g. `npm test -- tests/api/initiatives.test.ts` (then lint/type-check are skipped).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nxBin, repoRoot, run } from './lib/process.mjs';

const jestArgs = process.argv.slice(2);
// TEST_TODAY=YYYY-MM-DD runs the API under test, the factories and the browser tests on that day (docs/testing.md).
const testToday = process.env.TEST_TODAY;
if (testToday) {
  const day = new Date(`${testToday}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(testToday) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== testToday) {
    console.error(`TEST_TODAY must be a calendar day written YYYY-MM-DD, got "${testToday}"`);
    process.exit(2);
  }
  console.log(`[tests] today is ${testToday} (TEST_TODAY)`);
}
const focused = jestArgs.some((arg) => !arg.startsWith('-'));
let passed = 0;
let failed = 0;
let skipped = 0;

async function step(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const code = await run(command, args);
  if (code === 0) passed += 1;
  else {
    failed += 1;
    console.error(`✗ ${name} failed (exit ${code})`);
  }
  return code === 0;
}

const nx = (...args) => [nxBin, ...args, '--outputStyle=static'];

if (!focused) {
  await step('lint (all projects, Nx module boundaries included)', process.execPath, nx('run-many', '-t', 'lint'));
  await step('type-check (all projects)', process.execPath, nx('run-many', '-t', 'typecheck'));
}
const webBuilt = await step('build the web app (production, budgets checked)', process.execPath, nx('build', 'web'));
if (!webBuilt) process.env.GEVINST_WEB_BUILD_FAILED = '1';

console.log('\n=== Jest: unit, API and browser tests ===');
const resultsDir = join(repoRoot, 'tmp');
mkdirSync(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, 'jest-results.json');
const jestCode = await run(process.execPath, [
  join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'),
  '--json',
  `--outputFile=${resultsFile}`,
  ...(process.env.CI ? ['--ci'] : []),
  ...jestArgs,
]);
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped += results.numPendingTests + results.numTodoTests;
  if (jestCode !== 0 && results.numFailedTests + results.numRuntimeErrorTestSuites === 0) failed += 1;
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
