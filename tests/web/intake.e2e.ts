import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { danishShort, daysFromToday } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

describeWithChromium('idea intake in the browser', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leadEmail: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Testrup Kommune', codePrefix: 'TST' });
    leadEmail = (await createUser(t.dataSource, org.organisation.id, ['project_lead'], { name: 'Per Projektleder' })).email;
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    // axe-core needs pages made from an explicit context.
    context = await danishContext(browser);
    page = await context.newPage();
    await signIn(leadEmail);
  });

  /** Signs in through the login page, as a person would. */
  const signIn = (email: string) => signInWithPassword(page, t.baseUrl, email, TEST_PASSWORD);
  afterEach(() => context?.close());

  const chooseOption = async (label: string, option: string) => {
    await page.getByLabel(label, { exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('registers an initiative through the form and finds it in the list', async () => {
    await page.goto(`${t.baseUrl}/initiativer/ny`);
    await page.getByRole('heading', { level: 1, name: 'Registrér idé' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill('Digital aktindsigt i sagsbehandlingen');
    await page.getByLabel('Formål og problem').fill('Aktindsigter tager lang tid at behandle manuelt.');
    await chooseOption('Ledende forvaltning', 'IT og Digitalisering');
    await page.getByRole('radio', { name: 'Stor' }).check();
    // Typed as a person would (dd.mm.yyyy), a fortnight and about five months from the test run's today.
    const start = daysFromToday(14);
    const end = daysFromToday(150);
    await page.getByLabel('Planlagt start').fill(danishShort(start));
    await page.getByLabel('Planlagt slut').fill(danishShort(end));
    await page.getByRole('button', { name: 'Registrér' }).click();

    await page.waitForURL(/\/initiativer\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Digital aktindsigt i sagsbehandlingen' }).waitFor();
    const [stored] = await t.dataSource.query(
      `SELECT code, planned_start::text AS start, planned_end::text AS "end", size_class FROM initiative WHERE title = $1`,
      ['Digital aktindsigt i sagsbehandlingen'],
    );
    expect(stored).toMatchObject({ start, end, size_class: 'large' });
    await expect(page.getByText(stored.code).first().isVisible()).resolves.toBe(true);

    await page.goto(`${t.baseUrl}/initiativer`);
    await page.getByRole('heading', { level: 1, name: 'Initiativer' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Digital aktindsigt i sagsbehandlingen' });
    await row.waitFor();
    expect(await row.textContent()).toContain(stored.code);
    expect(await row.textContent()).toContain(danishShort(start));
  });

  it('shows Danish validation messages and keeps the form when required fields are missing', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM initiative'))[0].n);
    const before = await count();
    await page.goto(`${t.baseUrl}/initiativer/ny`);
    await page.getByLabel('Formål og problem').fill('Noget der skal bevares');
    await page.getByRole('button', { name: 'Registrér' }).click();
    await page.getByText('Titel skal udfyldes').waitFor();
    expect(page.url()).toMatch(/\/initiativer\/ny$/);
    await expect(page.getByLabel('Formål og problem').inputValue()).resolves.toBe('Noget der skal bevares');
    expect(await count()).toBe(before);
  });

  it('keeps filters in the URL', async () => {
    await page.goto(`${t.baseUrl}/initiativer?q=aktindsigt`);
    await page.getByRole('heading', { level: 1, name: 'Initiativer' }).waitFor();
    await expect(page.getByLabel('Søg').inputValue()).resolves.toBe('aktindsigt');
    await page.getByLabel('Søg').fill('findes-ikke');
    await page.waitForURL(/q=findes-ikke/);
    await page.getByText('Ingen initiativer matcher filtrene.').waitFor();
  });

  it.each([
    ['the initiative list', '/initiativer', 'Initiativer'],
    ['the intake form', '/initiativer/ny', 'Registrér idé'],
    ['the accessibility statement', '/tilgaengelighed', 'Tilgængelighedserklæring'],
  ])('has no WCAG 2.1 AA violations on %s (axe-core)', async (_name, path, heading) => {
    await page.goto(`${t.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('links the accessibility statement from every page', async () => {
    await page.goto(`${t.baseUrl}/initiativer`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.waitForURL(/\/tilgaengelighed$/);
    await page.getByRole('banner').getByText(org.organisation.name).waitFor();
  });
});
