import type { OverviewDrilldownRow, PortfolioOverview } from '@gevinst/domain';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { benefitInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const ROBOT = 'Softwarerobot til kreditorbogholderiet';
const SENSORS = 'Sensorer i plejeboligerne';
const CHATBOT = 'Chatbot på hjemmesiden';

/** The app's Danish formats; whitespace compared loosely (Intl puts a non-breaking space before "kr."). */
const kroner = (value: number) => new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 }).format(Math.round(value));
const count = (value: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(value);
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describeWithChromium('the management dashboard in the browser', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let director: ApiClient;
  let directorEmail: string;
  const Y = thisYear();

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Overblikrup Kommune', codePrefix: 'OVB' });
    const directorUser = await createUser(t.dataSource, org.organisation.id, ['directorate'], { name: 'Dorte Direktør' });
    directorEmail = directorUser.email;
    director = await ApiClient.signIn(t.server, directorUser);
    const lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    const finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    const dept = (code: string) => org.departments[code].id;
    const register = async (leadDepartment: string, title: string, technology: string) =>
      (await lead.post('/api/v1/initiatives').send(initiativeInput(dept(leadDepartment), { title, technology })).expect(201)).body.id as string;

    // The robot: in gennemførelse, DKK and hours benefits, an open high risk, money from two departments.
    const robot = await register('OKD-IT', ROBOT, 'RPA');
    await t.dataSource.query(`UPDATE initiative SET phase = 'implementation' WHERE id = $1`, [robot]);
    await lead
      .post(`/api/v1/initiatives/${robot}/benefits`)
      .send(benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: Y - 1, planned: 100_000, realised: 80_000 }, { year: Y, planned: 200_000, realised: 150_000 }] }))
      .expect(201);
    await lead.post(`/api/v1/initiatives/${robot}/benefits`).send(benefitInput({ years: [{ year: Y, planned: 500, realised: 200.5 }] })).expect(201);
    await lead.post(`/api/v1/initiatives/${robot}/risks`).send(riskInput({ probability: 5, consequence: 4 })).expect(201);
    await finance
      .post(`/api/v1/initiatives/${robot}/funding-lines`)
      .send(fundingLineInput(dept('OKD-IT'), { year: Y, amount: 250_000, status: 'confirmed' }))
      .expect(201);
    await lead.post(`/api/v1/initiatives/${robot}/funding-lines`).send(fundingLineInput(dept('SOS'), { year: Y, category: 'operation', amount: 50_000 })).expect(201);

    // The sensors: in analyse, in Social og Sundhed, a DKK benefit, a medium risk, next year's money.
    const sensors = await register('SOS-AEL', SENSORS, 'Sensorer');
    await t.dataSource.query(`UPDATE initiative SET phase = 'analysis' WHERE id = $1`, [sensors]);
    await lead.post(`/api/v1/initiatives/${sensors}/benefits`).send(benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: Y, planned: 60_000, realised: 0 }] })).expect(201);
    await lead.post(`/api/v1/initiatives/${sensors}/risks`).send(riskInput({ probability: 2, consequence: 3 })).expect(201);
    await finance
      .post(`/api/v1/initiatives/${sensors}/funding-lines`)
      .send(fundingLineInput(dept('SOS-AEL'), { year: Y + 1, amount: 120_000, status: 'confirmed' }))
      .expect(201);

    // The chatbot: an idea, nothing else.
    await register('OKD', CHATBOT, 'AI');

    browser = await launchChromium(chromiumPath);
  }, 120_000);
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

  const overview = async (query = ''): Promise<PortfolioOverview> => (await director.get(`/api/v1/portfolio/overview${query}`).expect(200)).body;
  const drilldown = async (query: string): Promise<OverviewDrilldownRow[]> => (await director.get(`/api/v1/portfolio/overview/initiatives?${query}`).expect(200)).body;

  /** A key figure card by its heading. */
  const card = (heading: string): Locator => page.locator('li.figure', { has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });
  const figureValue = async (heading: string) => plain(await card(heading).locator('.figure__value').textContent());
  const openDashboard = async (query = '') => {
    await page.goto(`${t.baseUrl}/overblik${query}`);
    await page.getByRole('heading', { level: 2, name: `Nøgletal for ${Y}` }).waitFor();
  };

  it('shows the API’s figures, drills down to the initiatives behind them and follows the filters in the URL', async () => {
    await signIn(directorEmail);
    await openDashboard();
    const all = await overview();
    expect(all.initiatives).toBe(3);
    expect(all.openHighRisks).toBe(1);

    expect(await figureValue('Initiativer')).toBe(count(all.initiatives));
    expect(await figureValue(`Budget ${Y}`)).toBe(plain(kroner(all.budget.total)));
    const budgetText = plain(await card(`Budget ${Y}`).textContent());
    expect(budgetText).toContain(`Heraf bekræftet: ${plain(kroner(all.budget.confirmed))}`);
    // Amounts end in "kr." already: never a second period after them.
    expect(budgetText).not.toContain('kr..');
    expect(await figureValue('Åbne høje risici')).toBe(count(all.openHighRisks));
    expect(await figureValue('Rød status')).toBe(count(all.redStatus));
    expect(await figureValue('Sundhedstjek')).toBe(count(all.failingHealth.initiatives));
    expect(await figureValue('Overskredne målinger')).toBe(count(all.overdueMeasurements));
    expect(await figureValue('Manglende statusrapporter')).toBe(count(all.missingStatusReports));
    // Benefits this year and cumulatively, DKK and hours apart.
    const dkkRows = card('Økonomiske gevinster (kr.)').getByRole('row');
    expect(plain(await dkkRows.filter({ has: page.getByRole('rowheader', { name: String(Y), exact: true }) }).innerText())).toContain(
      `${plain(kroner(all.benefits.year.dkk.planned))} ${plain(kroner(all.benefits.year.dkk.realised))}`,
    );
    expect(plain(await dkkRows.filter({ hasText: 'Akkumuleret' }).innerText())).toContain(plain(kroner(all.benefits.cumulative.dkk.planned)));
    expect(plain(await card('Frigjort tid (timer)').textContent())).toContain('200,5 timer');

    // The drill-down lists exactly the initiatives the API puts behind the figure.
    const expected = await drilldown('figure=open_high_risks');
    expect(expected.map((r) => r.initiative.title)).toEqual([ROBOT]);
    await card('Åbne høje risici').getByRole('button', { name: /^Vis listen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Initiativer med åbne høje risici' });
    await dialog.getByRole('link', { name: ROBOT }).waitFor();
    expect(await dialog.getByRole('link').count()).toBe(expected.length);
    expect(await dialog.getByText(SENSORS).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'detached' });

    // A phase drills down too: the one initiative in analyse.
    await card('Initiativer').getByRole('button', { name: /^Analyse: 1/ }).click();
    const phaseDialog = page.getByRole('dialog', { name: 'Initiativer i fasen Analyse' });
    await phaseDialog.getByRole('link', { name: SENSORS }).waitFor();
    expect(await phaseDialog.getByRole('link').count()).toBe(1);
    await page.keyboard.press('Escape');
    await phaseDialog.waitFor({ state: 'detached' });

    // A filter in the URL changes every figure: Social og Sundhed (with Ældre below it) has only the sensors.
    const sos = org.departments.SOS.id;
    await openDashboard(`?departmentId=${sos}`);
    const filtered = await overview(`?departmentId=${sos}`);
    expect(filtered.initiatives).toBe(1);
    await page.getByText('Forvaltning: Social og Sundhed (med underliggende)').waitFor();
    await page.waitForFunction(() => document.querySelector('li.figure .figure__value')?.textContent?.trim() === '1');
    expect(await figureValue(`Budget ${Y}`)).toBe(plain(kroner(filtered.budget.total)));
    expect(await figureValue('Åbne høje risici')).toBe(count(filtered.openHighRisks));

    // Changing a filter on the page puts it in the URL and reloads the figures: technology "RPA" is the robot.
    await page.getByLabel('Forvaltning', { exact: true }).click();
    await page.getByRole('option', { name: 'Alle' }).click();
    await page.waitForURL((url) => !url.searchParams.has('departmentId'));
    await page.getByLabel('Teknologi').fill('RPA');
    await page.getByLabel('Teknologi').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('technology') === 'RPA');
    const rpa = await overview('?technology=RPA');
    await page.waitForFunction((n) => document.querySelector('li.figure .figure__value')?.textContent?.trim() === n, count(rpa.initiatives));
    expect(await figureValue('Åbne høje risici')).toBe(count(rpa.openHighRisks));
    expect(await figureValue(`Budget ${Y}`)).toBe(plain(kroner(rpa.budget.total)));
  });

  it('passes axe with every table shown, and prints without the navigation but with the filters in words', async () => {
    await signIn(directorEmail);
    await openDashboard(`?year=${Y}`);
    await page.getByRole('button', { name: 'Vis alle tabeller' }).click();
    // The charts load after the figures (@defer); each has a caption and a table alternative.
    for (const heading of ['Initiativer pr. fase', 'Økonomiske gevinster pr. år', 'Frigjort tid pr. år', 'Finansiering pr. forvaltning og år', 'Værdi og risiko', 'Sundhedstjek pr. tema']) {
      await page.getByRole('figure', { name: heading, exact: true }).waitFor();
      await page.getByRole('table', { name: `Tabel: ${heading}` }).waitFor();
    }
    await page.getByRole('table', { name: 'Før tiltag' }).waitFor();
    const phaseTable = page.getByRole('table', { name: 'Tabel: Initiativer pr. fase' });
    expect(plain(await phaseTable.getByRole('row').filter({ hasText: 'Gennemførelse' }).innerText())).toBe('Gennemførelse 1');
    const funding = page.getByRole('table', { name: 'Tabel: Finansiering pr. forvaltning og år' });
    expect(plain(await funding.getByRole('row').filter({ hasText: 'Ældre' }).innerText())).toContain(plain(kroner(120_000)));
    // The chart plots are drawn (ngx-charts' SVG), but hidden from assistive technology: the tables carry the numbers.
    expect(await page.locator('.gv-chart__plot[aria-hidden="true"] svg').count()).toBeGreaterThanOrEqual(6);
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    // Print: window.print() from the button; the print layout hides the navigation and the controls.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Udskriv' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    expect(await nav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await nav.waitFor({ state: 'hidden' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('search', { name: 'Filtrér overblikket' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(plain(await page.locator('.gv-dashboard__filter-text').textContent())).toBe(`Viser: Alle initiativer · År: ${Y}`);
    expect(await page.getByText(/^Udskrevet /).isVisible()).toBe(true);
    // The figures and charts stay, within the width of an A4 landscape page (277 mm ≈ 1047 CSS px inside the margins).
    expect(await card('Initiativer').isVisible()).toBe(true);
    const widest = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('.gv-chart__plot svg')).map((svg) => svg.getBoundingClientRect().width)));
    expect(widest).toBeLessThanOrEqual(1047);
    await page.emulateMedia({ media: 'screen' });
    await nav.waitFor();
  });

  it('can be used with the keyboard alone: a drill-down opens and closes from the keyboard', async () => {
    await signIn(directorEmail);
    await openDashboard();
    const button = card('Åbne høje risici').getByRole('button', { name: /^Vis listen/ });
    await button.focus();
    // The focus is visible: Material's focus indicator or the browser's outline.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Initiativer med åbne høje risici' });
    await dialog.getByRole('link', { name: ROBOT }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus returns to the button that opened the dialog.
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
