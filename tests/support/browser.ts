import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** The system's Chromium: CHROME_PATH, else where Debian's chromium package installs it, else on PATH. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Headless Chromium with the flags this sandbox needs (no downloads, no background network). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * describe() when Chromium is present; otherwise the block is skipped (counted as skipped by Jest)
 * and the reason printed, so a run without a browser never passes silently.
 */
export function describeWithChromium(name: string, body: (chromiumPath: string) => void): void {
  const path = findChromium();
  if (!path) {
    console.warn(`[tests] SKIPPED browser tests "${name}": no Chromium found (set CHROME_PATH or apt-get install -y chromium)`);
    describe.skip(name, () => body(''));
    return;
  }
  describe(name, () => body(path));
}

/** A context as a Danish user sees the app: da-DK, Copenhagen time, no animations. */
export function danishContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', reducedMotion: 'reduce', ...options });
}

/** Signs in through the app's own form and waits until it has left the sign-in page. */
export async function signInWithPassword(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/log-ind`);
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
}
