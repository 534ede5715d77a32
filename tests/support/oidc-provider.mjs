// A real OpenID provider (the oidc-provider package) for the single sign-on tests, run as a child process by
// tests/support/oidc-test-provider.ts. It serves one confidential client with PKCE required and answers every login
// interaction at once for the account the test chose ("the person at the keyboard"), so a test can walk the whole
// redirect chain with plain fetch. Accounts and their claims are set by the test over IPC and read afresh on every
// token and userinfo request, so a test can change a user's claims between two sign-ins.
//
// Environment: OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URI.
// IPC in:  { seq, accounts?: { [id]: claims }, signInAs?: id }   IPC out: { seq, ok: true } | { type: 'ready', issuer }
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URI } = process.env;
if (!OIDC_TEST_CLIENT_ID || !OIDC_TEST_CLIENT_SECRET || !OIDC_TEST_REDIRECT_URI) {
  throw new Error('OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET and OIDC_TEST_REDIRECT_URI must be set');
}

/** Claims by account id (= sub). */
const accounts = new Map();
let signInAs;

const signingKey = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: 'test-key',
  alg: 'RS256',
  use: 'sig',
};

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_TEST_CLIENT_ID,
        client_secret: OIDC_TEST_CLIENT_SECRET,
        redirect_uris: [OIDC_TEST_REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Custom claims ride on the profile scope, as a directory's group and department claims would.
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'groups', 'department'],
    },
    findAccount: (_ctx, id) =>
      accounts.has(id) ? { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) } : undefined,
    // Keep the test's output clean: render errors as plain text.
    renderError: (ctx, out) => {
      ctx.type = 'text/plain';
      ctx.body = `${out.error}: ${out.error_description ?? ''}`;
    },
  });
  const callback = provider.callback();

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url, issuer).pathname);
    if (!match) return callback(req, res);
    finishInteraction(provider, req, res).catch((error) => {
      res.statusCode = 500;
      res.end(`interaction failed: ${error.message}`);
    });
  });
  process.send({ type: 'ready', issuer });
});

/** Signs the chosen account in and grants the requested scopes, without a page in between. */
async function finishInteraction(provider, req, res) {
  const details = await provider.interactionDetails(req, res);
  const accountId = details.prompt.name === 'login' ? signInAs : details.session?.accountId;
  if (!accountId || !accounts.has(accountId)) {
    res.statusCode = 400;
    res.end('no test account chosen (signInAs)');
    return;
  }
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

process.on('message', (message) => {
  for (const [id, claims] of Object.entries(message.accounts ?? {})) accounts.set(id, claims);
  if (message.signInAs !== undefined) signInAs = message.signInAs;
  process.send({ seq: message.seq, ok: true });
});
// Stop with the test run even if it forgets to kill us.
process.on('disconnect', () => process.exit(0));
