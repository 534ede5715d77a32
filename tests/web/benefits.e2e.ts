import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoOrganisation } from '../../apps/api/src/demo/demo-seed';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-users';
import { wcagViolations } from '../support/axe';
import { testClock } from '../support/clock';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const RUDERSDAL = 'Softwarerobot til bogføring af regninger på dag- og botilbud';

describeWithChromium('benefits realisation in the browser (demo data)', (chromiumPath) => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    await seedDemoOrganisation(t.dataSource, testClock());
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

  const signIn = (email: string) => signInWithPassword(page, t.baseUrl, email, DEMO_PASSWORD);

  it('lets a benefit owner see overdue follow-up and log a measurement', async () => {
    await signIn('gevinstejer@demo.gevinst.dk');
    await page.getByRole('navigation').getByRole('link', { name: 'Mine gevinster' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine gevinster' }).waitFor();
    await page.getByText('Forfalden').first().waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM measurement'))[0].n);
    const before = await count();
    const card = page.getByRole('article').filter({ has: page.getByRole('button', { name: /^Registrér måling/ }) }).first();
    const title = (await card.getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
    await card.getByRole('button', { name: /^Registrér måling/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrér måling' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Undervejs' }).check();
    await dialog.getByLabel(/^Værdi/).fill('42');
    await dialog.getByLabel('Kommentar').fill('Målt i browsertest');
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Gem måling' }).click();
    await page.getByText('Målingen er registreret').waitFor();
    expect(await count()).toBe(before + 1);
    const [stored] = await t.dataSource.query(
      `SELECT m.value::float AS value, m.kind, b.title FROM measurement m JOIN benefit b ON b.id = m.benefit_id WHERE m.comment = 'Målt i browsertest'`,
    );
    expect(stored).toEqual({ value: 42, kind: 'during', title });
  });

  it('shows the Rudersdal goal 76 % achieved on the initiative page, with a table alternative to the chart', async () => {
    await signIn('projektleder@demo.gevinst.dk');
    const [{ id }] = await t.dataSource.query('SELECT id FROM initiative WHERE title = $1', [RUDERSDAL]);
    await page.goto(`${t.baseUrl}/initiativer/${id}`);
    await page.getByRole('heading', { name: 'Mål og gevinster' }).waitFor();
    const goal = page.getByRole('article', { name: /^Mål: / }).first();
    await goal.waitFor();
    expect(await goal.textContent()).toMatch(/Målopfyldelse\s*76\s*%/);
    await page.getByRole('table', { name: /^Tabel: / }).first().waitFor({ state: 'attached' });
    await page.getByRole('link', { name: 'Hent gevinstrealiseringsplan (Excel)' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
