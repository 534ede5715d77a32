/** Where the login page may send the user afterwards. */
export const LOGIN_PATH = '/log-ind';

/**
 * A returnUrl from the query string, only if it is a path inside this app: it starts with one '/'
 * (not '//' or '/\', which browsers treat as another host), has no control characters, and is not
 * the login page itself. Anything else gives '/'.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return '/';
  const path = value.split(/[?#]/)[0];
  if (path === LOGIN_PATH || path.startsWith(`${LOGIN_PATH}/`)) return '/';
  return value;
}
