// Progress lines while seeding: rows written, rows per second, elapsed time and an estimate of what is left
// (from the share of initiatives done), at most one line every few seconds.

const INTERVAL_MS = 5000;

const clock = (seconds) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
export const thousands = (n) => Math.round(n).toLocaleString('en-US');

export function createProgress(totalInitiatives, log, now = () => Date.now()) {
  const started = now();
  const counts = {};
  /** Time spent writing each table (both connections together): where a slow run loses its time. */
  const milliseconds = {};
  let rows = 0;
  let initiatives = 0;
  let lastLine = started;

  const line = () => {
    const seconds = (now() - started) / 1000;
    const share = initiatives / totalInitiatives;
    const eta = share > 0 ? clock((seconds * (1 - share)) / share) : '?';
    log(`${String(Math.floor(share * 100)).padStart(3)}% · ${thousands(rows)} rows · ${thousands(rows / Math.max(seconds, 0.001))} rows/s · ${clock(seconds)} elapsed · ETA ${eta}`);
  };

  return {
    counts,
    milliseconds,
    written(table, count, ms = 0) {
      counts[table] = (counts[table] ?? 0) + count;
      milliseconds[table] = (milliseconds[table] ?? 0) + ms;
      rows += count;
    },
    initiativesDone(count) {
      initiatives += count;
      if (now() - lastLine >= INTERVAL_MS) {
        lastLine = now();
        line();
      }
    },
    finish: line,
    get rows() {
      return rows;
    },
    get seconds() {
      return (now() - started) / 1000;
    },
  };
}
