import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Keeps the one clock: business dates come from Clock (or a `today` passed in), never from the machine's clock read
 * in a service or from SQL's current_date. The exceptions are wall-clock timers that must stay real.
 */
const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const SCANNED = ['apps/api/src', 'libs/domain/src'];
const ALLOWED: Record<string, string> = {
  'apps/api/src/common/clock/clock.ts': 'the clock itself',
  'apps/api/src/modules/auth/auth.service.ts': 'sign-in lockout and last sign-in: security timestamps compared with PostgreSQL now()',
  'apps/api/src/modules/auth/session.service.ts': 'session expiry and idle time: compared with PostgreSQL now()',
  'apps/api/src/modules/auth/oidc/oidc-flow.ts': 'the lifetime of a sign-in round trip to the identity provider',
  'apps/api/src/modules/auth/oidc/oidc-user-sync.ts': 'last sign-in timestamp',
  'apps/api/src/modules/risks/risk-log-reader.ts': 'the time limit for reading an uploaded workbook',
};
const MACHINE_CLOCK = /new Date\(\)|Date\.now\(\)/;
const SQL_TODAY = /\b(current_date|current_time|localtimestamp|localtime)\b|now\(\)\s*::\s*date/i;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const offending = (pattern: RegExp, files: string[]) =>
  files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
      .filter(({ line }) => pattern.test(line) && !line.startsWith('//') && !line.startsWith('*'))
      .map(({ at, line }) => `${at}  ${line}`),
  );

describe('one clock', () => {
  const files = SCANNED.flatMap(sources);

  it('scans the API and the domain library', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('apps/api/src/modules/health-check/health-check.service.ts');
    expect(relative(ROOT, __filename)).toBe('apps/api/src/common/clock/one-clock.spec.ts');
  });

  it('reads the machine’s clock only in the clock and the allowed wall-clock timers', () => {
    expect(offending(MACHINE_CLOCK, files.filter((file) => !(file in ALLOWED)))).toEqual([]);
  });

  it('takes no business day from SQL (today is a parameter from the clock)', () => {
    expect(offending(SQL_TODAY, [...files, ...sources('migrations')])).toEqual([]);
  });

  it('never reads TEST_TODAY: only the test set-up moves the clock', () => {
    expect(offending(/TEST_TODAY/, files)).toEqual([]);
  });

  it('allows only files that exist and still need it', () => {
    for (const file of Object.keys(ALLOWED)) expect(offending(MACHINE_CLOCK, [file]).length).toBeGreaterThan(0);
  });
});
