import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const POOL = 'Digitaliseringsbanken';
const NEW_POOL = 'Innovationspuljen';
const PURPOSE = 'Test af robotten i to afdelinger før udrulning';
/** Amounts in the UI: a non-breaking space before "kr.". */
const kr = (text: string) => new RegExp(`${text.replace(/\./g, '\\.')}\\skr\\.`);
/** This year and next by the test run's clock (the API's): the plan, the pool and the filters use them. */
const Y = thisYear();
const NEXT = thisYear(1);

describeWithChromium('funding plans, pools and the finance overview in the browser', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leadEmail: string;
  let financeEmail: string;
  let initiativeId: string;
  let initiativeCode: string;
  let poolId: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Finansrup Kommune', codePrefix: 'FIN' });
    const lead = await createUser(t.dataSource, org.organisation.id, ['project_lead'], { name: 'Pia Projektleder' });
    const finance = await createUser(t.dataSource, org.organisation.id, ['finance'], { name: 'Øjvind Økonomi' });
    leadEmail = lead.email;
    financeEmail = finance.email;
    // The project lead registers the initiative (and so leads it), with a planned DKK benefit received by Social og Sundhed.
    const leadApi = await ApiClient.signIn(t.server, lead);
    const created = (await leadApi.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body;
    initiativeId = created.id;
    initiativeCode = created.code;
    await leadApi
      .post(`/api/v1/initiatives/${initiativeId}/benefits`)
      .send(
        benefitInput({
          title: 'Færre fejl i bogføringen',
          type: 'economic',
          unit: 'DKK',
          receivingDepartmentId: org.departments.SOS.id,
          years: [{ year: Y, planned: 400_000, realised: null }],
        }),
      )
      .expect(201);
    // Finance has a pool with capital this year.
    const financeApi = await ApiClient.signIn(t.server, finance);
    poolId = (
      await financeApi
        .post('/api/v1/funding-pools')
        .send({ name: POOL, rules: 'Til afprøvning af ny teknologi.', years: [{ year: Y, capital: 1_000_000 }] })
        .expect(201)
    ).body.id;
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

  const signIn = (email: string) => signInWithPassword(page, t.baseUrl, email, TEST_PASSWORD);

  const openFundingSection = async () => {
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    await page.getByRole('heading', { level: 2, name: 'Finansiering' }).waitFor();
    // The section loads with @defer (on idle), then its data.
    await page.getByRole('heading', { level: 3, name: 'Ansøgninger om puljemidler' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Hvem betaler, og hvem får gevinsten' }).waitFor();
  };

  const chooseOption = async (scope: Locator | Page, label: string, option: string | RegExp) => {
    await scope.getByLabel(label, { exact: true }).click();
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  };

  const plan = () => page.getByRole('table', { name: /^Finansieringsplan pr\. år/ });

  it('lets finance add a confirmed line through the dialog, with the amount in Danish notation', async () => {
    await signIn(financeEmail);
    await openFundingSection();
    await page.getByText('Der er ingen finansieringslinjer endnu.').waitFor();
    // Who pays and who gains: the planned benefit lands with Social og Sundhed even before any funding.
    const payers = page.getByRole('table', { name: /^Pr\. år og forvaltning/ });
    const gainRow = payers.getByRole('row').filter({ hasText: 'Social og Sundhed' });
    await gainRow.waitFor();
    expect(await gainRow.textContent()).toMatch(kr('400.000'));
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tilføj finansieringslinje' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny finansieringslinje' });
    await dialog.waitFor();
    // A new line starts in this year, the API's.
    await expect(dialog.getByLabel('År', { exact: true }).inputValue()).resolves.toBe(String(Y));
    await dialog.getByLabel('År', { exact: true }).fill(String(Y));
    await chooseOption(dialog, 'Kategori', 'Anskaffelse');
    // Too many decimals first: the field says so in Danish and nothing is sent.
    await dialog.getByLabel('Beløb (kr.)').fill('1.250.000,505');
    await dialog.getByRole('button', { name: 'Tilføj linje' }).click();
    await dialog.getByText('Højst to decimaler (øre)').waitFor();
    await dialog.getByLabel('Beløb (kr.)').fill('1.250.000,50');
    await chooseOption(dialog, 'Betalende forvaltning', 'Økonomi og Digitalisering');
    // Finance's lines are confirmed by default.
    await expect(dialog.getByLabel('Status', { exact: true }).textContent()).resolves.toContain('Bekræftet');
    await dialog.getByLabel('Note').fill('Licens og opsætning');
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Tilføj linje' }).click();
    await page.getByText('Linjen er tilføjet').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const [stored] = await t.dataSource.query(
      `SELECT year, category, source, amount_ore::text AS ore, status, note, paying_department_id AS "departmentId"
         FROM funding_line WHERE initiative_id = $1`,
      [initiativeId],
    );
    expect(stored).toEqual({
      year: Y,
      category: 'acquisition',
      source: 'own_budget',
      ore: '125000050',
      status: 'confirmed',
      note: 'Licens og opsætning',
      departmentId: org.departments.OKD.id,
    });
    const row = plan().getByRole('row').filter({ hasText: 'Licens og opsætning' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(kr('1.250.000,50'));
    expect(await row.textContent()).toContain('Bekræftet');
    expect(await plan().getByRole('row', { name: new RegExp(`I alt ${Y}`) }).textContent()).toMatch(kr('1.250.000,50'));
    // Økonomi og Digitalisering now pays, Social og Sundhed gains.
    expect(await payers.getByRole('row').filter({ hasText: 'Økonomi og Digitalisering' }).textContent()).toMatch(kr('1.250.000,50'));
  });

  it('lets the project lead propose a line and apply to a pool through the short form', async () => {
    await signIn(leadEmail);
    await openFundingSection();
    await page.getByRole('button', { name: 'Tilføj finansieringslinje' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny finansieringslinje' });
    await dialog.waitFor();
    await dialog.getByText('Linjen står som foreslået, indtil Økonomi har bekræftet den.').waitFor();
    expect(await dialog.getByLabel('Status', { exact: true }).count()).toBe(0);
    await dialog.getByLabel('År', { exact: true }).fill(String(NEXT));
    await chooseOption(dialog, 'Kategori', 'Drift');
    await dialog.getByLabel('Beløb (kr.)').fill('300.000');
    await chooseOption(dialog, 'Kilde', 'Centrale midler');
    await dialog.getByLabel('Navn på kilden').fill('Den fælleskommunale pulje');
    await chooseOption(dialog, 'Betalende forvaltning', 'Social og Sundhed');
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Tilføj linje' }).click();
    await page.getByText('Linjen er tilføjet').waitFor();
    const proposed = plan().getByRole('row').filter({ hasText: 'Centrale midler: Den fælleskommunale pulje' });
    await proposed.waitFor();
    expect(await proposed.textContent()).toContain('Foreslået');
    const [line] = await t.dataSource.query(
      `SELECT amount_ore::text AS ore, status, source, source_name AS "sourceName" FROM funding_line WHERE initiative_id = $1 AND year = $2`,
      [initiativeId, NEXT],
    );
    expect(line).toEqual({ ore: '30000000', status: 'proposed', source: 'central', sourceName: 'Den fælleskommunale pulje' });

    // Søg puljemidler: pool, year, amount, what for.
    const form = page.getByRole('form', { name: 'Søg puljemidler' });
    await chooseOption(form, 'Pulje', POOL);
    await chooseOption(form, 'År', new RegExp(`^${Y}`));
    await form.getByLabel('Beløb (kr.)').fill('150.000');
    await form.getByLabel('Hvad skal pengene bruges til?').fill(PURPOSE);
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Send ansøgning' }).click();
    await page.getByText('Ansøgningen er sendt').waitFor();
    const applications = page.getByRole('table', { name: /^Initiativets ansøgninger/ });
    const application = applications.getByRole('row').filter({ hasText: PURPOSE });
    await application.waitFor();
    expect(await application.textContent()).toContain('Ansøgt');
    expect(await application.textContent()).toMatch(kr('150.000'));
    const [stored] = await t.dataSource.query(
      `SELECT pool_id AS "poolId", year, amount_ore::text AS ore, status FROM pool_application WHERE initiative_id = $1`,
      [initiativeId],
    );
    expect(stored).toEqual({ poolId, year: Y, ore: '15000000', status: 'applied' });
  });

  it('lets finance confirm the proposal, grant the application in the decide dialog and see the grant in the plan', async () => {
    await signIn(financeEmail);
    await openFundingSection();
    await plan().getByRole('button', { name: new RegExp(`^Bekræft linje: ${NEXT}, Drift`) }).click();
    await page.getByText('Linjen er bekræftet').waitFor();
    await plan().getByRole('row').filter({ hasText: 'Den fælleskommunale pulje' }).filter({ hasText: 'Bekræftet' }).waitFor();
    const [{ status }] = await t.dataSource.query(`SELECT status FROM funding_line WHERE initiative_id = $1 AND year = $2`, [initiativeId, NEXT]);
    expect(status).toBe('confirmed');

    // The pools page with the list filtered to open applications from the URL.
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Finansiering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Finansiering' }).waitFor();
    await page.getByRole('navigation', { name: 'Finansiering' }).getByRole('link', { name: 'Puljer og ansøgninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Puljer og ansøgninger' }).waitFor();
    await page.goto(`${t.baseUrl}/finansiering/puljer?status=applied`);
    await expect(page.getByLabel('Status', { exact: true }).textContent()).resolves.toContain('Ansøgt');
    const list = page.getByRole('table', { name: 'Ansøgninger om puljemidler' });
    const row = list.getByRole('row').filter({ hasText: PURPOSE });
    await row.waitFor();
    await page.getByText('1 ansøgning fundet').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    await row.getByRole('button', { name: new RegExp(`^Afgør ansøgning fra ${initiativeCode}`) }).click();
    const dialog = page.getByRole('dialog', { name: 'Afgør ansøgning' });
    await dialog.waitFor();
    await dialog.getByText(PURPOSE).waitFor();
    // A rejection needs a reason.
    await dialog.getByRole('radio', { name: 'Afslå' }).check();
    await dialog.getByRole('button', { name: 'Gem afgørelse' }).click();
    await dialog.getByText('Skriv en begrundelse til ansøgeren').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('radio', { name: 'Bevilg' }).check();
    await dialog.getByLabel('Begrundelse').fill('Passer til puljens formål');
    await dialog.getByRole('button', { name: 'Gem afgørelse' }).click();
    await page.getByText('Afgørelsen er gemt').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const [decided] = await t.dataSource.query(
      `SELECT a.status, a.reason, f.amount_ore::text AS ore, f.source, f.status AS "lineStatus"
         FROM pool_application a JOIN funding_line f ON f.application_id = a.id WHERE a.initiative_id = $1`,
      [initiativeId],
    );
    expect(decided).toEqual({ status: 'granted', reason: 'Passer til puljens formål', ore: '15000000', source: 'pool', lineStatus: 'confirmed' });
    // The pool shows the grant and what remains.
    const poolTable = page.getByRole('table', { name: `${POOL}: kapital, bevilget og tilbage pr. år` });
    await poolTable.getByRole('row', { name: new RegExp(String(Y)) }).filter({ hasText: kr('850.000') }).waitFor();

    // A new pool through the dialog.
    await page.getByRole('button', { name: 'Ny pulje' }).click();
    const poolDialog = page.getByRole('dialog', { name: 'Ny pulje' });
    await poolDialog.waitFor();
    await poolDialog.getByLabel('Navn').fill(NEW_POOL);
    await poolDialog.getByLabel('Regler for puljen').fill('Alle forvaltninger kan søge. Svar inden for fire uger.');
    const year = poolDialog.getByRole('group', { name: 'År 1' });
    await year.getByLabel('År', { exact: true }).fill(String(NEXT));
    await year.getByLabel('Kapital (kr.)').fill('2.000.000,00');
    expect(await wcagViolations(page)).toEqual([]);
    await poolDialog.getByRole('button', { name: 'Opret pulje' }).click();
    await page.getByText('Puljen er oprettet').waitFor();
    await page.getByRole('heading', { level: 3, name: NEW_POOL }).waitFor();
    const [pool] = await t.dataSource.query(
      `SELECT p.rules, y.year, y.capital_ore::text AS ore FROM funding_pool p JOIN funding_pool_year y ON y.pool_id = p.id WHERE p.name = $1`,
      [NEW_POOL],
    );
    expect(pool).toEqual({ rules: 'Alle forvaltninger kan søge. Svar inden for fire uger.', year: NEXT, ore: '200000000' });

    // The granted line is in the initiative's plan.
    await openFundingSection();
    const granted = plan().getByRole('row').filter({ hasText: `Pulje: ${POOL}` });
    await granted.waitFor();
    expect(await granted.textContent()).toMatch(kr('150.000'));
    expect(await granted.textContent()).toContain('Bekræftet');
    await page.getByRole('table', { name: /^Initiativets ansøgninger/ }).getByRole('row').filter({ hasText: 'Bevilget' }).waitFor();
  });

  it('shows /finansiering with the filters from the URL, totals, and export links that carry the filters', async () => {
    await signIn(financeEmail);
    const query = `fromYear=${Y}&toYear=${Y}&source=own_budget,pool`;
    await page.goto(`${t.baseUrl}/finansiering?${query}`);
    await page.getByRole('heading', { level: 1, name: 'Finansiering' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Finansiering/);
    await expect(page.getByLabel('År fra').textContent()).resolves.toContain(String(Y));
    await expect(page.getByLabel('Kilde', { exact: true }).textContent()).resolves.toMatch(/Eget budget.*Pulje/);
    await page.getByRole('status').filter({ hasText: `År: ${Y} · Forvaltning: alle · Fase: alle · Kilde: Eget budget, Pulje · Status: alle` }).waitFor();

    // Økonomi og Digitalisering pays 1.250.000,50 (own budget) + 150.000 (the grant) this year; next year's line is filtered out.
    const byDepartment = page.getByRole('table', { name: /^Finansiering i kroner pr\. betalende forvaltning/ });
    const okd = byDepartment.getByRole('row', { name: /^Økonomi og Digitalisering/ });
    await okd.waitFor();
    expect(await okd.textContent()).toMatch(kr('1.400.000,50'));
    expect(await byDepartment.getByRole('columnheader').allTextContents()).toEqual(['Forvaltning', String(Y), 'I alt']);
    expect(await byDepartment.getByRole('row').filter({ hasText: 'Social og Sundhed' }).count()).toBe(0);
    const bySource = page.getByRole('table', { name: /^Finansiering i kroner pr\. kilde/ });
    expect(await bySource.getByRole('row', { name: /^Pulje/ }).textContent()).toMatch(kr('150.000'));
    // The planned benefits of the same initiative next to the costs.
    const byYear = page.getByRole('table', { name: /^Finansiering og planlagte gevinster/ });
    const year = byYear.getByRole('row', { name: new RegExp(`^${Y}`) });
    expect(await year.textContent()).toMatch(kr('1.400.000,50'));
    expect(await year.textContent()).toMatch(kr('400.000'));

    await expect(page.getByRole('link', { name: 'Hent Excel' }).getAttribute('href')).resolves.toBe(`/api/v1/finance/export.xlsx?${query}`);
    await expect(page.getByRole('link', { name: 'Hent CSV' }).getAttribute('href')).resolves.toBe(`/api/v1/finance/export.csv?${query}`);
    const csv = await page.request.get(`${t.baseUrl}/api/v1/finance/export.csv?${query}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toMatch(/attachment/);
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    // A filter chosen on the page goes into the URL and the export links.
    await chooseOption(page, 'Status', 'Bekræftet');
    await page.keyboard.press('Escape');
    await page.waitForURL(/status=confirmed/);
    await expect(page.getByRole('link', { name: 'Hent CSV' }).getAttribute('href')).resolves.toBe(
      `/api/v1/finance/export.csv?${query}&status=confirmed`,
    );
  });
});
