// The read endpoints the benchmark measures, with the list query chosen from the organisation's own data.
import { inOrganisation } from './seed-database.mjs';

const PAGE_SIZE = 25;
const DEEP_PAGE = 30;
/** Query parameters a keyset-paged list might offer instead of page numbers (read from the OpenAPI document). */
const CURSOR_PARAMETERS = ['cursor', 'after'];

/**
 * The initiatives list filtered to the phases still in play (not closed or stopped), sorted by title descending: page 1 and page 30 of
 * 25 (or the last page, if there are fewer). When the API documents a cursor parameter, the deep page is reached by
 * following nextCursor from page 1 instead, as a client of a keyset-paged list would.
 */
async function listQueries(db, api, auth, organisationId) {
  const phases = (
    await inOrganisation(db, organisationId, (q) =>
      q(`SELECT phase::text, count(*)::int AS n FROM initiative WHERE organisation_id = $1 AND archived_at IS NULL GROUP BY phase`, [organisationId]),
    )
  ).filter((r) => r.phase !== 'closed' && r.phase !== 'stopped');
  const live = phases.reduce((sum, r) => sum + r.n, 0);
  const filter = `phase=${phases.map((r) => r.phase).sort().join(',')}&sort=title&direction=desc&pageSize=${PAGE_SIZE}`;
  const page = Math.max(1, Math.min(DEEP_PAGE, Math.ceil(live / PAGE_SIZE)));
  const documented = await fetch(`${api.origin}/api/docs-json`).then((r) => (r.ok ? r.json() : null), () => null);
  const parameters = documented?.paths?.['/api/v1/initiatives']?.get?.parameters?.map((p) => p.name) ?? [];
  const cursorName = CURSOR_PARAMETERS.find((name) => parameters.includes(name));
  let deep = `/initiatives?${filter}&page=${page}`;
  let paging = `page ${page} of ${PAGE_SIZE}`;
  if (cursorName) {
    let cursor = null;
    for (let i = 1; i < page; i++) {
      const body = await (await fetch(`${api.base}/initiatives?${filter}${cursor ? `&${cursorName}=${encodeURIComponent(cursor)}` : ''}`, { headers: { cookie: auth.cookie } })).json();
      cursor = body.nextCursor ?? null;
      if (!cursor) throw new Error(`the list documents ${cursorName} but gave no nextCursor on page ${i}`);
    }
    deep = `/initiatives?${filter}${cursor ? `&${cursorName}=${encodeURIComponent(cursor)}` : ''}`;
    paging = `page ${page} of ${PAGE_SIZE} by ${cursorName}`;
  }
  return { first: `/initiatives?${filter}`, deep, paging, live };
}

/** key → { path, label } of every benchmarked read. */
export async function readEndpoints(db, api, auth, organisationId) {
  const list = await listQueries(db, api, auth, organisationId);
  return {
    list,
    endpoints: {
      overview: { path: '/portfolio/overview', label: 'GET /portfolio/overview (whole portfolio)' },
      listFirst: { path: list.first, label: `GET /initiatives, ${list.live} not closed/stopped, by title desc, page 1` },
      listDeep: { path: list.deep, label: `GET /initiatives, same filter, ${list.paging}` },
      heatMap: { path: '/risks/heat-map', label: 'GET /risks/heat-map (whole portfolio)' },
      financePivot: { path: '/finance/overview', label: 'GET /finance/overview (funding pivot)' },
      healthCheck: { path: '/health-check/portfolio', label: 'GET /health-check/portfolio (all initiatives)' },
      exportXlsx: { path: '/finance/export.xlsx', label: 'GET /finance/export.xlsx' },
      exportCsv: { path: '/finance/export.csv', label: 'GET /finance/export.csv' },
    },
  };
}
