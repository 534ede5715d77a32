import { PassThrough } from 'node:stream';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

/** The API's log lines as parsed JSON, as an operator's log collector would read them. */
function captureLogs(): { stream: PassThrough; lines: () => Record<string, unknown>[]; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text, lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const SECRETS = { csrf: 'csrf-secret-4f1c9a', session: 'session-secret-77d2e0', bearer: 'bearer-secret-a91b3c' };

describe('the API log', () => {
  let t: TestApp;
  const logs = captureLogs();

  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: 'info' }, logDestination: logs.stream });
  });
  afterAll(() => t?.close());

  it('keeps credentials out of its warning lines: cookie, CSRF token, authorisation', async () => {
    await request(t.server)
      .post('/api/v1/initiatives')
      .set('Cookie', `gv_session=${SECRETS.session}; XSRF-TOKEN=${SECRETS.csrf}`)
      .set('X-XSRF-TOKEN', SECRETS.csrf)
      .set('Authorization', `Bearer ${SECRETS.bearer}`)
      .set('Proxy-Authorization', `Basic ${SECRETS.bearer}`)
      .send({})
      .expect(401);
    await new Promise((resolve) => setImmediate(resolve));
    const warning = logs.lines().find((line) => line.level === 40 && (line.req as { url?: string } | undefined)?.url === '/api/v1/initiatives');
    expect(warning).toBeDefined();
    const headers = (warning?.req as { headers: Record<string, unknown> }).headers;
    for (const header of ['cookie', 'x-xsrf-token', 'authorization', 'proxy-authorization']) expect(headers[header]).toBe('[Redacted]');
    for (const secret of Object.values(SECRETS)) expect(logs.text()).not.toContain(secret);
  });

  it('starts without the route table at info (startup-quiet-logger.spec.ts: it moves to debug)', () => {
    const startup = logs.lines().filter((line) => line.req === undefined);
    expect(startup.filter((line) => String(line.msg).startsWith('Mapped {') || line.context === 'RouterExplorer')).toEqual([]);
    expect(startup.length).toBeLessThan(10);
  });
});
