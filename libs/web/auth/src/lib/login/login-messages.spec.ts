import {
  INVALID_CREDENTIALS_MESSAGE,
  SSO_ERROR_MESSAGES,
  TOO_MANY_ATTEMPTS_MESSAGE,
  loginFailureMessage,
  ssoErrorMessage,
} from './login-messages';

describe('login messages', () => {
  it('gives the same answer for every 401 (wrong password, unknown, deactivated or locked user)', () => {
    expect(loginFailureMessage({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'x' })).toBe(
      INVALID_CREDENTIALS_MESSAGE,
    );
  });

  it('asks the user to wait after too many attempts', () => {
    expect(loginFailureMessage({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'x' })).toBe(
      TOO_MANY_ATTEMPTS_MESSAGE,
    );
  });

  it('leaves other failures to the general description', () => {
    expect(loginFailureMessage({ statusCode: 500, code: 'INTERNAL', message: 'x' })).toBeNull();
  });

  it('explains every single sign-on error code, and unknown ones generically', () => {
    for (const code of ['sso-fejl', 'ingen-rolle', 'ukendt-bruger']) expect(ssoErrorMessage(code)).toBe(SSO_ERROR_MESSAGES[code]);
    expect(ssoErrorMessage('noget-andet')).toBe('Log ind mislykkedes. Prøv igen.');
    expect(ssoErrorMessage('toString')).toBe('Log ind mislykkedes. Prøv igen.');
    expect(ssoErrorMessage(null)).toBeNull();
  });
});
