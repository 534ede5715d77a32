import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Clock } from '../../apps/api/src/common/clock/clock';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { danishShort, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The API's day: 29 February of the first leap year at least two years after both the test run's year and the
 * browser's own, so the browser's clock cannot pass for it by chance (and the leap day must survive the round trip).
 */
const API_YEAR = (() => {
  let year = Math.max(thisYear(2), new Date().getFullYear() + 2);
  while (!isLeapYear(year)) year += 1;
  return year;
})();
const API_DAY = `${API_YEAR}-02-29`;
/** The day as Material's calendar names it (dateA11yLabel 'd. MMMM yyyy') and the print line writes it. */
const API_DAY_IN_WORDS = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${API_DAY}T12:00:00Z`));

/**
 * Browser and server agree on "today": the API runs on another day than the browser's clock, and every
 * "today"-dependent default in the web app follows the API (CurrentUser.today), after sign-in and after a reload.
 */
describeWithChromium('the web app’s today is the API’s, not the browser’s', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leadEmail: string;
  let directorEmail: string;
  let initiativeId: string;
  let benefitTitle: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() }, clock: Clock.onDay(API_DAY) });
    org = await createOrganisation(t.dataSource, { name: 'Skudårrup Kommune', codePrefix: 'SKU' });
    const lead = await createUser(t.dataSource, org.organisation.id, ['project_lead'], { name: 'Pia Projektleder' });
    const director = await createUser(t.dataSource, org.organisation.id, ['directorate'], { name: 'Dorte Direktør' });
    leadEmail = lead.email;
    directorEmail = director.email;
    const leadApi = await ApiClient.signIn(t.server, lead);
    initiativeId = (await leadApi.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    const benefit = benefitInput({ years: [{ year: API_YEAR, planned: 500, realised: null }] });
    benefitTitle = benefit.title;
    await leadApi.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefit).expect(201);
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    context = await danishContext(browser, { viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  const signIn = (email: string) => signInWithPassword(page, t.baseUrl, email, TEST_PASSWORD);

  it('reports the API’s day at sign-in', async () => {
    const lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    const me = (await lead.get('/api/v1/auth/me').expect(200)).body;
    expect(me.today).toBe(API_DAY);
    expect(new Date().getFullYear()).not.toBe(API_YEAR);
  });

  it('opens the dashboard on the API’s year, in the year filter and on the print line, right after signing in', async () => {
    await signIn(directorEmail);
    // The login page's answer carries the day: the app navigates to the dashboard without reloading.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Overblik' }).click();
    await page.getByRole('heading', { level: 2, name: `Nøgletal for ${API_YEAR}` }).waitFor();
    const yearFilter = page.getByLabel('År', { exact: true });
    await expect(yearFilter.textContent()).resolves.toContain(String(API_YEAR));
    expect(await page.locator('.gv-dashboard__printed').textContent()).toBe(`Udskrevet ${API_DAY_IN_WORDS}.`);

    // The years offered run five back and five ahead of the API's year.
    await yearFilter.click();
    const options = (await page.getByRole('option').allTextContents()).map((text) => Number(text.trim()));
    expect(options[0]).toBe(API_YEAR - 5);
    expect(options.at(-1)).toBe(API_YEAR + 5);
    expect(options).toContain(API_YEAR);
    await page.keyboard.press('Escape');
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('pre-fills the API’s today in a new measurement, marks it in the calendar, and stores the leap day', async () => {
    await signIn(leadEmail);
    // A full page load: the day now comes from GET /auth/me.
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    await page.getByRole('button', { name: `Registrér måling: ${benefitTitle}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrér måling' });
    await dialog.waitFor();
    const date = dialog.getByLabel('Dato', { exact: true });
    await expect(date.inputValue()).resolves.toBe(danishShort(API_DAY));

    // The datepicker's "today" is the API's too (the adapter's today(), not the browser's clock).
    await dialog.getByRole('button', { name: 'Vælg dato for målingen' }).click();
    const calendar = page.locator('mat-calendar');
    await calendar.waitFor();
    const today = calendar.locator('[aria-current="date"]');
    await expect(today.getAttribute('aria-label')).resolves.toBe(API_DAY_IN_WORDS);
    expect(await wcagViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });

    await dialog.getByLabel(/^Værdi/).fill('12');
    await dialog.getByLabel('Kommentar').fill('Målt på skuddagen');
    await dialog.getByRole('button', { name: 'Gem måling' }).click();
    await page.getByText('Målingen er registreret').waitFor();
    const [stored] = await t.dataSource.query(`SELECT measured_on::text AS "measuredOn" FROM measurement WHERE comment = 'Målt på skuddagen'`);
    expect(stored).toEqual({ measuredOn: API_DAY });
  });

  it('starts a new funding line in the API’s year', async () => {
    await signIn(leadEmail);
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    await page.getByRole('heading', { level: 2, name: 'Finansiering' }).waitFor();
    await page.getByRole('button', { name: 'Tilføj finansieringslinje' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny finansieringslinje' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('År', { exact: true }).inputValue()).resolves.toBe(String(API_YEAR));
    expect(await wcagViolations(page)).toEqual([]);
  });
});
