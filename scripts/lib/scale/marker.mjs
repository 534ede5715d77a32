// The completeness marker, the database's comment: 'gevinst-scale-seed:incomplete' from the first step on, and the
// JSON summary only once every row is written and the statistics are fresh. The benchmark refuses anything else.
import pg from 'pg';

export const MARKER_PREFIX = 'gevinst-scale-seed:';
export const INCOMPLETE = `${MARKER_PREFIX}incomplete`;

export const isScaleSeed = (comment) => typeof comment === 'string' && comment.startsWith(MARKER_PREFIX);

/** COMMENT ON DATABASE works from any database of the server; `client` must own the database or be a superuser. */
export async function setMarker(client, databaseName, text) {
  await client.query(`COMMENT ON DATABASE ${pg.escapeIdentifier(databaseName)} IS ${pg.escapeLiteral(text)}`);
}

export function completeMarker({ options, finishedAt, seconds, largest, counts }) {
  const body = {
    seed: options.seed,
    options: { organisations: options.organisations, largest: options.largest, seed: options.seed, asOf: options.asOf },
    asOf: options.asOf,
    finishedAt,
    seconds,
    largestOrganisationId: largest.id,
    largestOrganisationName: largest.name,
    counts,
  };
  return `${MARKER_PREFIX}${JSON.stringify(body)}`;
}
