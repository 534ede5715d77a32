// The production API under load: the finance exports with the server's memory, reads at 1/10/50 connections, the
// dashboard in Chromium, and the measurement writes last (so no read sees the bench's own rows).
import { dashboardCase, initialBundle } from './dashboard.mjs';
import { exportCase, rssMb } from './finance-exports.mjs';
import { getCase } from './load.mjs';
import { measurementWrites } from './measurement-writes.mjs';
import { inOrganisation } from './seed-database.mjs';

/** Which reads run at which connection counts. */
const READS = [
  ['overview', [1, 10, 50]],
  ['listFirst', [1, 10]],
  ['listDeep', [1, 10]],
  ['heatMap', [1]],
  ['financePivot', [1]],
  ['healthCheck', [1]],
];

export async function measureApi({ db, api, auth, user, organisation, endpoints, options, webDist }) {
  const { duration, runs } = options;
  // The exports first, on the fresh process: its idle and peak memory are then the export's own.
  // What the unfiltered export holds by design: the lines of the initiatives that are not archived.
  const [{ lines, all }] = await inOrganisation(db, organisation.id, (q) =>
    q(
      `SELECT count(*) FILTER (WHERE i.archived_at IS NULL)::int AS lines, count(*)::int AS "all"
       FROM funding_line fl JOIN initiative i ON i.id = fl.initiative_id WHERE fl.organisation_id = $1`,
      [organisation.id],
    ),
  );
  const exports = {};
  const rssAtStartMb = +rssMb(api.pid).toFixed(1);
  for (const format of ['xlsx', 'csv']) {
    console.log(`GET /finance/export.${format} (${lines} of the organisation's ${all} funding lines)…`);
    exports[format] = await attempt(`GET /finance/export.${format}`, async () => ({
      ...(await exportCase({ base: api.base, cookie: auth.cookie, pid: api.pid }, { format, expectedLines: lines, runs })),
      organisationLines: all,
      rssAtStartMb,
    }));
  }

  const headers = { cookie: auth.cookie };
  const reads = {};
  for (const [key, levels] of READS) {
    for (const connections of levels) {
      console.log(`${endpoints[key].label} @${connections}…`);
      reads[`${key}@${connections}`] = await getCase({ name: endpoints[key].label, base: api.base, path: endpoints[key].path, headers, connections, duration, runs });
    }
  }

  const bundle = initialBundle(webDist);
  let dashboard = null;
  if (!options.skipBrowser) {
    console.log('Dashboard in headless Chromium…');
    dashboard = await attempt('Dashboard /overblik fully rendered', () => dashboardCase({ origin: api.origin, cookie: auth.cookie, runs }));
  }

  console.log('POST measurements @10…');
  const writes = await attempt('POST /goals/:id/measurements', () => measurementWrites({ db, base: api.base, auth, user, duration, runs }));
  return { reads, exports, bundle, dashboard, writes };
}

/** A case that throws (an HTTP error mid-download, a page that never renders) is reported as failed; the rest still run. */
async function attempt(name, work) {
  try {
    return await work();
  } catch (error) {
    console.error(`${name} failed: ${error.message}`);
    return { name, error: error.message.split('\n')[0].slice(0, 300) };
  }
}
