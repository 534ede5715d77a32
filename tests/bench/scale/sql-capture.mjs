// Collects the SQL of one request per endpoint from an API started with SQL_LOG=true. Requests go one at a time and
// the log must be quiet before and after each, so every statement belongs to the request it is filed under.
const QUIET_MS = 150;

async function quiet(statements) {
  for (;;) {
    const seen = statements.length;
    await new Promise((r) => setTimeout(r, QUIET_MS));
    if (statements.length === seen) return;
  }
}

/** endpoints: [{ key, method?, path, body? }] → the same with { status, statements: [{ query, parameters }] }. */
export async function captureStatements(api, auth, endpoints) {
  const captured = [];
  for (const endpoint of endpoints) {
    await quiet(api.statements);
    const from = api.statements.length;
    const method = endpoint.method ?? 'GET';
    const headers = { cookie: auth.cookie, ...(method === 'GET' ? {} : { 'content-type': 'application/json', 'x-xsrf-token': auth.csrf }) };
    const response = await fetch(`${api.base}${endpoint.path}`, { method, headers, body: endpoint.body });
    await response.arrayBuffer();
    await quiet(api.statements);
    captured.push({ ...endpoint, status: response.status, statements: api.statements.slice(from).filter((s) => !isSessionTouch(s.query)) });
  }
  return captured;
}

/** The session's last-seen refresh runs at most once a minute, whichever request it lands on: not part of a request's cost. */
const isSessionTouch = (query) => /^UPDATE user_session SET last_seen_at/.test(query.trim());
