import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

describeWithChromium('sign-in and roles in the browser', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource);
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    context = await danishContext(browser);
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  const fillLogin = async (email: string, password: string) => {
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  };

  it('sends a visitor to the login page and back to where they were going', async () => {
    const user = await createUser(t.dataSource, org.organisation.id, ['finance'], { name: 'Øjvind Økonomi' });
    await page.goto(`${t.baseUrl}/initiativer`);
    await page.waitForURL(/\/log-ind\?returnUrl=/);
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await fillLogin(user.email, 'forkert adgangskode');
    await page.getByRole('alert').getByText('Forkert e-mail eller adgangskode').waitFor();
    await fillLogin(user.email, TEST_PASSWORD);
    await page.waitForURL(/\/initiativer$/);
    await page.getByRole('banner').getByText('Øjvind Økonomi').waitFor();
    // Finance may read but not register ideas: the intake link is hidden.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Registrér idé' }).count()).toBe(0);
  });

  it('shows admins the administration and lets them sign out', async () => {
    const admin = await createUser(t.dataSource, org.organisation.id, ['admin'], { name: 'Anne Admin' });
    await page.goto(`${t.baseUrl}/log-ind`);
    await fillLogin(admin.email, TEST_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
    await page.getByRole('navigation').getByRole('link', { name: 'Brugere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brugere' }).waitFor();
    await page.getByRole('row').filter({ hasText: admin.email }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: 'Strategiske mål' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategiske mål' }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor();
    await page.getByLabel('Timepris i kr.').fill('425,50');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Indstillingerne er gemt').waitFor();
    const [{ rate }] = await t.dataSource.query(`SELECT settings ->> 'hourlyRateDkk' AS rate FROM organisation WHERE id = $1`, [org.organisation.id]);
    expect(Number(rate)).toBe(425.5);
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Brugermenu/ }).click();
    await page.getByRole('menuitem', { name: 'Log ud' }).click();
    await page.waitForURL(/\/log-ind/);
    await page.goto(`${t.baseUrl}/admin/brugere`);
    await page.waitForURL(/\/log-ind/);
  });
});
