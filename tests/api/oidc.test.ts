import request from 'supertest';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { createUser, TEST_PASSWORD } from '../support/api-client';
import { AccountClaims, OidcTestProvider, startOidcTestProvider } from '../support/oidc-test-provider';
import { setCookies, TestBrowser } from '../support/test-browser';
import { startTestApp, TestApp } from '../support/test-app';

// The app is configured with a public origin; the test browser maps it to the port the app listens on, so the
// client's redirect URI can be registered at the provider before the app starts.
const APP_ORIGIN = 'http://gevinst.test';
const START = `${APP_ORIGIN}/api/v1/auth/oidc/start`;
const CALLBACK = `${APP_ORIGIN}/api/v1/auth/oidc/callback`;
const MUNICIPALITY_CODE = 851;
const CLIENT = { clientId: 'gevinst', clientSecret: 'gevinst-test-secret', redirectUri: CALLBACK };

const lead = (email: string, overrides: AccountClaims = {}): AccountClaims => ({
  email,
  email_verified: true,
  name: 'Ane Projektleder',
  groups: ['GEVINST-PL', 'Alle medarbejdere'],
  department: 'OKD-IT',
  ...overrides,
});

describe('single sign-on (OpenID Connect) against a real provider', () => {
  let provider: OidcTestProvider;
  let t: TestApp;
  let org: OrganisationFixture;

  beforeAll(async () => {
    provider = await startOidcTestProvider(CLIENT);
    t = await startTestApp({
      listen: true,
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_ALLOW_INSECURE_HTTP: 'true',
        OIDC_CLIENT_ID: CLIENT.clientId,
        OIDC_CLIENT_SECRET: CLIENT.clientSecret,
        OIDC_REDIRECT_URI: CALLBACK,
        OIDC_MUNICIPALITY_CODE: String(MUNICIPALITY_CODE),
        OIDC_ROLES_CLAIM: 'groups',
        OIDC_ROLE_MAP: 'GEVINST-PL=project_lead;GEVINST-OKO=finance;GEVINST-ADM=admin',
        OIDC_DEPARTMENT_CLAIM: 'department',
        OIDC_LABEL: 'Log ind med Testrup-konto',
      },
    });
    org = await createOrganisation(t.dataSource, { municipalityCode: MUNICIPALITY_CODE });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  const browser = () => new TestBrowser({ [APP_ORIGIN]: t.baseUrl });
  const users = (email: string) =>
    t.dataSource.query('SELECT id, roles::text AS roles, oidc_subject, department_id FROM app_user WHERE lower(email) = lower($1)', [email]);

  /** The whole round trip for an account: start, provider login, callback; stops where the app sends the browser after. */
  async function signIn(accountId: string, b = browser()) {
    await provider.signInAs(accountId);
    const leavesSignOn = (next: URL) => next.origin === APP_ORIGIN && !next.pathname.startsWith('/api/v1/auth/oidc/');
    const { response, next, hops } = await b.follow(START, leavesSignOn);
    return { browser: b, response, next, hops, cookies: setCookies(response) };
  }

  const me = async (b: TestBrowser) => {
    const response = await b.get(`${APP_ORIGIN}/api/v1/auth/me`);
    expect(response.status).toBe(200);
    return response.json();
  };

  it('offers single sign-on in the sign-in options', async () => {
    const options = (await request(t.server).get('/api/v1/auth/options').expect(200)).body;
    expect(options).toEqual({ passwordLogin: true, sso: { label: 'Log ind med Testrup-konto', startUrl: '/api/v1/auth/oidc/start' } });
  });

  it('starts at the provider with PKCE (S256), state and nonce, keeping them in a short-lived httpOnly cookie', async () => {
    const response = await browser().get(START);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(provider.issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: CLIENT.clientId,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    const cookie = setCookies(response)['gevinst_oidc'];
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth\/oidc(;|$)/);
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).not.toContain(location.searchParams.get('code_challenge'));
  });

  it('signs a user in through the provider, creating them from the claims', async () => {
    await provider.setAccounts({ 'ane-1': lead('ane@testrup.dk') });
    const { browser: b, response, next, hops, cookies } = await signIn('ane-1');

    expect(hops.some((hop) => hop.origin === provider.issuer)).toBe(true);
    expect(response.status).toBe(302);
    expect(next?.href).toBe(`${APP_ORIGIN}/`);
    expect(cookies['gevinst_session']).toMatch(/HttpOnly/i);
    expect(cookies['XSRF-TOKEN']).toBeDefined();
    expect(cookies['gevinst_oidc']).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await me(b)).toMatchObject({
      email: 'ane@testrup.dk',
      name: 'Ane Projektleder',
      roles: ['project_lead'],
      department: { code: 'OKD-IT' },
      organisation: { id: org.organisation.id },
      signedInWith: 'oidc',
    });
    expect(await users('ane@testrup.dk')).toEqual([expect.objectContaining({ oidc_subject: `${provider.issuer}|ane-1` })]);
  });

  it('updates roles and department from the claims at the next sign-in', async () => {
    await provider.setAccounts({ 'bo-1': lead('bo@testrup.dk') });
    const first = await me((await signIn('bo-1')).browser);
    expect(first).toMatchObject({ roles: ['project_lead'], department: { code: 'OKD-IT' } });

    await provider.setAccounts({ 'bo-1': lead('bo@testrup.dk', { name: 'Bo Økonom', groups: ['GEVINST-OKO', 'GEVINST-PL'], department: 'SOS' }) });
    const second = await me((await signIn('bo-1')).browser);
    expect(second).toMatchObject({ id: first.id, name: 'Bo Økonom', roles: ['project_lead', 'finance'], department: { code: 'SOS' } });
    expect(await users('bo@testrup.dk')).toHaveLength(1);
  });

  it('refuses an account whose claims map to no role, without a session or a user', async () => {
    await provider.setAccounts({ 'cecilie-1': lead('cecilie@testrup.dk', { groups: ['Alle medarbejdere'] }) });
    const { browser: b, next, cookies } = await signIn('cecilie-1');

    expect(next?.href).toBe(`${APP_ORIGIN}/log-ind?fejl=ingen-rolle`);
    expect(cookies['gevinst_session']).toBeUndefined();
    expect(b.cookie(APP_ORIGIN, 'gevinst_session')).toBeUndefined();
    expect(b.cookie(APP_ORIGIN, 'gevinst_oidc')).toBeUndefined();
    expect(await users('cecilie@testrup.dk')).toEqual([]);
    expect((await b.get(`${APP_ORIGIN}/api/v1/auth/me`)).status).toBe(401);
  });

  it('withdraws the stored roles of a known user whose claims no longer map to a role', async () => {
    await provider.setAccounts({ 'dorte-1': lead('dorte@testrup.dk') });
    const signedIn = (await signIn('dorte-1')).browser;
    await provider.setAccounts({ 'dorte-1': lead('dorte@testrup.dk', { groups: [] }) });

    expect((await signIn('dorte-1')).next?.href).toBe(`${APP_ORIGIN}/log-ind?fejl=ingen-rolle`);
    expect(await users('dorte@testrup.dk')).toEqual([expect.objectContaining({ roles: '{}' })]);
    // The earlier session stays, but without roles it may do nothing that needs one.
    expect((await signedIn.get(`${APP_ORIGIN}/api/v1/initiatives`)).status).toBe(403);
  });

  it('links an existing user with the same e-mail (any case), who keeps the password', async () => {
    const existing = await createUser(t.dataSource, org.organisation.id, ['admin'], { email: 'Erik.Hansen@Testrup.dk' });
    await provider.setAccounts({ 'erik-1': lead('erik.hansen@testrup.dk', { groups: ['GEVINST-ADM'], department: undefined }) });
    const profile = await me((await signIn('erik-1')).browser);

    expect(profile).toMatchObject({ id: existing.id, email: 'Erik.Hansen@Testrup.dk', roles: ['admin'], department: null });
    expect(await users(existing.email)).toEqual([expect.objectContaining({ oidc_subject: `${provider.issuer}|erik-1` })]);
    await request(t.server).post('/api/v1/auth/login').send({ email: existing.email, password: TEST_PASSWORD }).expect(200);
  });

  it('refuses a deactivated user', async () => {
    await createUser(t.dataSource, org.organisation.id, ['project_lead'], { email: 'frida@testrup.dk', active: false });
    await provider.setAccounts({ 'frida-1': lead('frida@testrup.dk') });
    const { next, cookies } = await signIn('frida-1');

    expect(next?.href).toBe(`${APP_ORIGIN}/log-ind?fejl=sso-fejl`);
    expect(cookies['gevinst_session']).toBeUndefined();
  });

  it('refuses a callback whose state was tampered with, or that comes without the flow cookie', async () => {
    await provider.setAccounts({ 'gustav-1': lead('gustav@testrup.dk') });
    await provider.signInAs('gustav-1');
    const b = browser();
    const { next } = await b.follow(START, (url) => url.href.startsWith(CALLBACK));
    const callback = new URL(next ?? 'about:blank');
    expect(callback.searchParams.get('code')).toBeTruthy();

    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'x'.repeat(43));
    const refused = await b.get(tampered);
    expect(refused.status).toBe(302);
    expect(refused.headers.get('location')).toBe('/log-ind?fejl=sso-fejl');
    expect(setCookies(refused)['gevinst_session']).toBeUndefined();

    // The genuine callback in a browser that did not start the flow (no cookie) is refused as well.
    const stranger = await browser().get(callback);
    expect(stranger.headers.get('location')).toBe('/log-ind?fejl=sso-fejl');
    expect(setCookies(stranger)['gevinst_session']).toBeUndefined();
    expect(await users('gustav@testrup.dk')).toEqual([]);
  });
});

describe('single sign-on when not configured', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers 404 on its routes and offers no sso option', async () => {
    for (const path of ['/api/v1/auth/oidc/start', '/api/v1/auth/oidc/callback?code=x&state=y']) {
      expect((await request(t.server).get(path).expect(404)).body).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await request(t.server).get('/api/v1/auth/options').expect(200)).body.sso).toBeNull();
  });
});
