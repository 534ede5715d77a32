import { decodeFlow, encodeFlow, FLOW_TTL_MS, newFlow } from './oidc-flow';

describe('OIDC flow cookie', () => {
  const now = Date.UTC(2026, 0, 1);

  it('round-trips a fresh flow with distinct random values fit for PKCE', () => {
    const flow = newFlow(now);
    expect(new Set([flow.state, flow.nonce, flow.codeVerifier]).size).toBe(3);
    expect(flow.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(decodeFlow(encodeFlow(flow), now + 1000)).toEqual(flow);
  });

  it('refuses an expired flow', () => {
    const flow = newFlow(now);
    expect(decodeFlow(encodeFlow(flow), now + FLOW_TTL_MS - 1)).not.toBeNull();
    expect(decodeFlow(encodeFlow(flow), now + FLOW_TTL_MS + 1)).toBeNull();
  });

  it.each([undefined, '', 'not base64 json', Buffer.from('[]').toString('base64url'), Buffer.from('{"state":"x"}').toString('base64url')])(
    'refuses a malformed cookie %j',
    (value) => {
      expect(decodeFlow(value, now)).toBeNull();
    },
  );

  it('refuses a flow with a tampered field', () => {
    const flow = { ...newFlow(now), codeVerifier: 'short' };
    expect(decodeFlow(encodeFlow(flow), now)).toBeNull();
  });
});
