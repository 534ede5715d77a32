import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/** Claims of a test account at the provider (sub is the account id). */
export type AccountClaims = Record<string, unknown>;

export interface OidcTestProvider {
  issuer: string;
  /** Adds or replaces accounts; their claims apply from the next token or userinfo request. */
  setAccounts(accounts: Record<string, AccountClaims>): Promise<void>;
  /** The account that "signs in" at the provider's next login prompt. */
  signInAs(accountId: string): Promise<void>;
  stop(): Promise<void>;
}

interface Reply {
  type?: 'ready';
  issuer?: string;
  seq?: number;
}

/**
 * Starts tests/support/oidc-provider.mjs (the real oidc-provider package) in a child process on a free port, with one
 * client. Rejects (so the test fails, never skips) when the provider does not come up within the timeout.
 */
export function startOidcTestProvider(client: { clientId: string; clientSecret: string; redirectUri: string }, timeoutMs = 20_000): Promise<OidcTestProvider> {
  const child = fork(join(__dirname, 'oidc-provider.mjs'), [], {
    execArgv: [],
    env: {
      PATH: process.env.PATH,
      OIDC_TEST_CLIENT_ID: client.clientId,
      OIDC_TEST_CLIENT_SECRET: client.clientSecret,
      OIDC_TEST_REDIRECT_URI: client.redirectUri,
    },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise<OidcTestProvider>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The OIDC test provider did not start: ${why}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited (code ${code}, signal ${signal})`));
    child.once('message', (message: Reply) => {
      if (message.type !== 'ready' || !message.issuer) return fail(`unexpected message ${JSON.stringify(message)}`);
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(controller(child, message.issuer));
    });
  });
}

function controller(child: ChildProcess, issuer: string): OidcTestProvider {
  let seq = 0;
  const send = (message: Record<string, unknown>) =>
    new Promise<void>((resolve, reject) => {
      const id = ++seq;
      const onReply = (reply: Reply) => {
        if (reply.seq !== id) return;
        child.off('message', onReply);
        resolve();
      };
      child.on('message', onReply);
      child.send({ ...message, seq: id }, (error) => error && reject(error));
    });
  return {
    issuer,
    setAccounts: (accounts) => send({ accounts }),
    signInAs: (accountId) => send({ signInAs: accountId }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
