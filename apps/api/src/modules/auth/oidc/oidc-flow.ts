import { randomBytes } from 'node:crypto';

/**
 * The browser-bound secrets of one sign-in attempt, kept between /start and /callback in a short-lived httpOnly
 * cookie. The state in it must equal the state the provider returns (so a callback only completes in the browser that
 * started it), the nonce must be in the ID token, and the PKCE verifier binds the code to this browser.
 */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Epoch milliseconds; the flow is refused after FLOW_TTL_MS even if the browser kept the cookie. */
  startedAt: number;
}

export const FLOW_COOKIE = 'gevinst_oidc';
/** Sent only to the OIDC routes. */
export const FLOW_COOKIE_PATH = '/api/v1/auth/oidc';
export const FLOW_TTL_MS = 10 * 60_000;

const random = () => randomBytes(32).toString('base64url');
const isToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43,128}$/.test(value);

export const newFlow = (now = Date.now()): OidcFlow => ({ state: random(), nonce: random(), codeVerifier: random(), startedAt: now });

export const encodeFlow = (flow: OidcFlow): string => Buffer.from(JSON.stringify(flow)).toString('base64url');

/** The flow in a cookie value, or null when it is missing, malformed or older than FLOW_TTL_MS. */
export function decodeFlow(value: unknown, now = Date.now()): OidcFlow | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return null;
  let flow: Partial<OidcFlow>;
  try {
    flow = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<OidcFlow>;
  } catch {
    return null;
  }
  if (typeof flow !== 'object' || flow === null) return null;
  const { state, nonce, codeVerifier, startedAt } = flow;
  if (!isToken(state) || !isToken(nonce) || !isToken(codeVerifier) || typeof startedAt !== 'number') return null;
  // A minute's grace for clocks of several API instances.
  if (startedAt > now + 60_000 || now - startedAt > FLOW_TTL_MS) return null;
  return { state, nonce, codeVerifier, startedAt };
}
