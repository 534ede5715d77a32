/**
 * Just enough of a browser for redirect-based sign-in tests: plain fetch with manual redirects and a cookie jar per
 * host (name, value and path; expiry only as deletion). `hosts` maps a public origin to where it really listens, as
 * a reverse proxy or DNS would, so an app can be configured with a public URL before it knows its port.
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, { value: string; path: string }>>();

  constructor(private readonly hosts: Record<string, string> = {}) {}

  /** One GET, storing the cookies it sets. */
  async get(url: string | URL): Promise<Response> {
    const target = new URL(url);
    const cookies = [...(this.jars.get(target.host) ?? [])]
      .filter(([, cookie]) => target.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`);
    const actual = this.hosts[target.origin] ? new URL(target.pathname + target.search, this.hosts[target.origin]) : target;
    const response = await fetch(actual, { redirect: 'manual', headers: cookies.length > 0 ? { cookie: cookies.join('; ') } : {} });
    this.store(target, response.headers.getSetCookie());
    return response;
  }

  /**
   * Follows redirects from `url` until a response is not a redirect or `stopAt` accepts the next location.
   * Returns the last response and, if it redirects, where to.
   */
  async follow(url: string | URL, stopAt: (next: URL) => boolean = () => false, maxHops = 15): Promise<{ response: Response; next: URL | null; hops: URL[] }> {
    const hops: URL[] = [];
    let current = new URL(url);
    for (let i = 0; i < maxHops; i++) {
      hops.push(current);
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, next: null, hops };
      const next = new URL(location, current);
      if (stopAt(next)) return { response, next, hops };
      await response.body?.cancel();
      current = next;
    }
    throw new Error(`more than ${maxHops} redirects: ${hops.map(String).join(' -> ')}`);
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(new URL(origin).host)?.get(name)?.value;
  }

  private store(url: URL, setCookies: string[]): void {
    const jar = this.jars.get(url.host) ?? new Map<string, { value: string; path: string }>();
    this.jars.set(url.host, jar);
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const attribute = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const maxAge = attribute('max-age');
      const expires = attribute('expires');
      const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (expired || value === '') jar.delete(name);
      else jar.set(name, { value, path: attribute('path') ?? '/' });
    }
  }
}

/** The cookies a response sets, by name (the full Set-Cookie header, for attribute checks). */
export const setCookies = (response: Response): Record<string, string> =>
  Object.fromEntries(response.headers.getSetCookie().map((header) => [header.slice(0, header.indexOf('=')), header]));
