import type { PortfolioOverview } from '@gevinst/domain';
import * as ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium } from '../support/browser';
import { danishShort, daysFromToday, testToday, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const TITLE = 'Selvbetjening til ansøgning om parkeringslicens';
const GOAL = 'Kortere sagsbehandlingstid for parkeringslicenser';
const BENEFIT = 'Sparet sagsbehandling i Borgerservice';
const RISK = 'Borgerne bruger ikke selvbetjeningen';
const REASON = 'Idéen er klar til analyse: gevinsten er beregnet, og den høje risiko er kendt';
const PLANNED = 400_000;
const REALISED = 125_000;

/** The app's Danish formats; whitespace compared loosely (Intl puts a non-breaking space before "kr."). */
const kroner = (value: number) => new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 }).format(Math.round(value));
const count = (value: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(value);
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The whole loop in one organisation, each step in the browser as the persona would do it: the project lead registers
 * an initiative with a goal, a benefit and a risk; the benefit owner logs a before and an after measurement and the
 * realised amount; the directorate sees the dashboard move and approves the phase; finance exports the plan.
 */
describeWithChromium('the whole loop as the personas do it (browser journey)', (chromiumPath) => {
  const Y = thisYear();
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let admin: ApiClient;
  let director: ApiClient;
  const emails = { lead: '', owner: '', director: '', finance: '' };
  let ownerId: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Rejserup Kommune', codePrefix: 'REJ' });
    const id = org.organisation.id;
    emails.lead = (await createUser(t.dataSource, id, ['project_lead'], { name: 'Pia Projektleder' })).email;
    const owner = await createUser(t.dataSource, id, ['benefit_owner'], { name: 'Gitte Gevinstejer' });
    ownerId = owner.id;
    emails.owner = owner.email;
    const directorUser = await createUser(t.dataSource, id, ['directorate'], { name: 'Dorte Direktør' });
    emails.director = directorUser.email;
    emails.finance = (await createUser(t.dataSource, id, ['finance'], { name: 'Øjvind Økonomi' })).email;
    director = await ApiClient.signIn(t.server, directorUser);
    admin = await ApiClient.as(t.server, t.dataSource, id, ['admin']);

    // Something in the portfolio already, so the dashboard's "before" is not all zeros.
    const other = await ApiClient.as(t.server, t.dataSource, id, ['project_lead']);
    const existing = (await other.post('/api/v1/initiatives').send(initiativeInput(org.departments.SOS.id, { title: 'Sensorer i plejeboligerne' })).expect(201)).body.id;
    await other.post(`/api/v1/initiatives/${existing}/risks`).send(riskInput({ probability: 5, consequence: 4 })).expect(201);
    await other
      .post(`/api/v1/initiatives/${existing}/benefits`)
      .send(benefitInput({ type: 'economic', unit: 'DKK', years: [{ year: Y, planned: 60_000, realised: 10_000 }] }))
      .expect(201);
    browser = await launchChromium(chromiumPath);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  /** A fresh browser context per persona, signed in through the login page. */
  const signInAs = async (email: string) => {
    await context?.close();
    context = await danishContext(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${t.baseUrl}/log-ind`);
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  };

  const chooseOption = async (scope: Locator | Page, label: string, option: string | RegExp) => {
    await scope.getByLabel(label, { exact: true }).click();
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  };

  /** A dialog's save: the snack bar confirms it and the dialog closes. */
  const save = async (dialog: Locator, button: string, confirmation: string) => {
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await page.getByText(confirmation).first().waitFor();
    await dialog.waitFor({ state: 'detached' });
  };

  const overview = async (): Promise<PortfolioOverview> => (await director.get(`/api/v1/portfolio/overview?year=${Y}`).expect(200)).body;
  const figure = (heading: string): Locator => page.locator('li.figure', { has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });
  const figureValue = async (heading: string) => plain(await figure(heading).locator('.figure__value').textContent());

  it('registers, follows up, decides and exports through the UI', async () => {
    const before = await overview();
    let initiativeId = '';
    let code = '';

    // 1. The project lead registers the idea, then adds a goal, a DKK benefit with this year's profile, and a high risk.
    await signInAs(emails.lead);
    await page.goto(`${t.baseUrl}/initiativer/ny`);
    await page.getByRole('heading', { level: 1, name: 'Registrér idé' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Formål og problem').fill('Borgerne ringer og mailer om licenser, som sagsbehandlerne taster manuelt.');
    await chooseOption(page, 'Ledende forvaltning', 'IT og Digitalisering');
    await page.getByRole('radio', { name: 'Lille' }).check();
    await page.getByLabel('Planlagt start').fill(`01.02.${Y}`);
    await page.getByLabel('Planlagt slut').fill(`31.12.${Y + 1}`);
    await page.getByRole('button', { name: 'Registrér' }).click();
    await page.waitForURL(/\/initiativer\/[0-9a-f-]{36}$/);
    initiativeId = page.url().split('/').pop() as string;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    [{ code }] = await t.dataSource.query('SELECT code FROM initiative WHERE id = $1', [initiativeId]);
    await page.getByText(code).first().waitFor();

    // The goal: baseline 20 days, target 5 days, lower is better.
    await page.getByRole('button', { name: 'Nyt mål' }).click();
    const goalDialog = page.getByRole('dialog', { name: 'Nyt mål' });
    await goalDialog.waitFor();
    await goalDialog.getByLabel('Titel', { exact: true }).fill(GOAL);
    await goalDialog.getByLabel('Indikator', { exact: true }).fill('Sagsbehandlingstid');
    await goalDialog.getByLabel('Enhed', { exact: true }).fill('dage');
    await goalDialog.getByRole('radio', { name: 'Lavere er bedre' }).check();
    await goalDialog.getByLabel('Baseline', { exact: true }).fill('20');
    await goalDialog.getByLabel('Dato for baseline', { exact: true }).fill(`01.01.${Y}`);
    await goalDialog.getByLabel('Mål', { exact: true }).fill('5');
    await goalDialog.getByLabel('Dato for mål', { exact: true }).fill(`31.12.${Y + 1}`);
    await save(goalDialog, 'Opret mål', 'Målet er oprettet');
    const goalCard = page.getByRole('article', { name: `Mål: ${GOAL}` });
    await goalCard.waitFor();

    // The benefit under the goal: economic (so DKK), quantified, received by Social og Sundhed.
    await page.getByRole('button', { name: 'Ny gevinst' }).click();
    const benefitDialog = page.getByRole('dialog', { name: 'Ny gevinst' });
    await benefitDialog.waitFor();
    await benefitDialog.getByLabel('Titel', { exact: true }).fill(BENEFIT);
    await chooseOption(benefitDialog, 'Type', 'Økonomisk');
    await benefitDialog.getByText('Typen bestemmer enheden.').waitFor();
    await chooseOption(benefitDialog, 'Mål, gevinsten understøtter', GOAL);
    await chooseOption(benefitDialog, 'Modtagende forvaltning', 'Social og Sundhed');
    await benefitDialog.getByLabel('Målemetode').fill('Timer pr. sag før og efter, gange timepris');
    await save(benefitDialog, 'Opret gevinst', 'Gevinsten er oprettet');
    const benefit = page.getByRole('article', { name: BENEFIT });
    await benefit.getByText('Gevinsten er ikke fordelt over år endnu.').waitFor();

    // This year's profile.
    await benefit.getByRole('button', { name: `Redigér årsprofil: ${BENEFIT}` }).click();
    const yearsDialog = page.getByRole('dialog', { name: 'Redigér årsprofil' });
    await yearsDialog.waitFor();
    await yearsDialog.getByRole('button', { name: 'Tilføj år' }).click();
    await expect(yearsDialog.getByLabel('År, række 1').inputValue()).resolves.toBe(String(Y));
    await yearsDialog.getByLabel(`Planlagt ${Y}`).fill(String(PLANNED));
    await save(yearsDialog, 'Gem årsprofil', 'Årsprofilen er gemt');
    const profile = benefit.getByRole('table', { name: `Årsprofil: ${BENEFIT}` });
    expect(plain(await profile.getByRole('row', { name: new RegExp(`^${Y}`) }).innerText())).toContain(plain(kroner(PLANNED)));

    // A benefit described in words: no unit asked for, no amounts.
    await page.getByRole('button', { name: 'Ny gevinst' }).click();
    const wordsDialog = page.getByRole('dialog', { name: 'Ny gevinst' });
    await wordsDialog.getByLabel('Titel', { exact: true }).fill('Gladere medarbejdere');
    await chooseOption(wordsDialog, 'Type', 'Kvalitet');
    await wordsDialog.getByLabel('Kvantificeret').uncheck();
    await wordsDialog.getByText('Ikke nødvendig, når gevinsten ikke er kvantificeret.').waitFor();
    await save(wordsDialog, 'Opret gevinst', 'Gevinsten er oprettet');
    await page.getByRole('article', { name: 'Gladere medarbejdere' }).getByText('Ikke kvantificeret (beskrives med ord)').waitFor();

    // The risk: P4 × K5 = 20, high.
    await page.getByRole('link', { name: 'Eksportér til Excel' }).waitFor();
    await page.getByRole('button', { name: 'Ny risiko' }).click();
    const riskDialog = page.getByRole('dialog', { name: 'Ny risiko' });
    await riskDialog.waitFor();
    await riskDialog.getByLabel('Titel', { exact: true }).fill(RISK);
    await chooseOption(riskDialog, 'Kategori', 'Organisatorisk');
    await chooseOption(riskDialog, 'Sandsynlighed', '4 – Høj');
    await chooseOption(riskDialog, 'Konsekvens', '5 – Meget høj');
    await riskDialog.getByRole('status').filter({ hasText: 'Score før tiltag' }).filter({ hasText: /20\s*Høj/ }).waitFor();
    await chooseOption(riskDialog, 'Håndteres af', 'Kommunen');
    await save(riskDialog, 'Opret risiko', 'Risikoen er oprettet');
    const riskRow = page.getByRole('table', { name: 'Risici på initiativet' }).getByRole('row').filter({ hasText: RISK });
    await riskRow.waitFor();
    expect(await riskRow.textContent()).toMatch(/20\s*Høj/);

    // Only admins can list other users in the owner picker: the portfolio office assigns the benefit owner (setup via the API).
    const [stored] = (await admin.get(`/api/v1/initiatives/${initiativeId}/benefits`).expect(200)).body as { id: string; version: number; title: string }[];
    expect(stored.title).toBe(BENEFIT);
    await admin.patch(`/api/v1/benefits/${stored.id}`).send({ version: stored.version, ownerUserId: ownerId }).expect(200);

    // 2. The benefit owner finds the benefit under "Mine gevinster" and logs a before and an after measurement.
    await signInAs(emails.owner);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine gevinster' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine gevinster' }).waitFor();
    const card = page.getByRole('article', { name: BENEFIT });
    await card.getByText(`${code} ${TITLE}`).waitFor();
    await card.getByText('Ingen målinger endnu').waitFor();
    // Before: a month ago; after: today, the API's (the dialog would pre-fill it; typed here as a person might).
    for (const [kind, date, value] of [
      ['Før', danishShort(daysFromToday(-30)), '310000'],
      ['Efter', danishShort(testToday()), '185000'],
    ]) {
      await card.getByRole('button', { name: `Registrér måling: ${BENEFIT}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Registrér måling' });
      await dialog.waitFor();
      await dialog.getByRole('radio', { name: kind, exact: true }).check();
      await dialog.getByLabel('Dato', { exact: true }).fill(date);
      await dialog.getByLabel(/^Værdi/).fill(value);
      await dialog.getByLabel('Kommentar').fill(`${kind}-måling fra journey-testen`);
      await save(dialog, 'Gem måling', 'Målingen er registreret');
    }
    const measured = await t.dataSource.query(
      `SELECT kind, value::float AS value FROM measurement WHERE benefit_id = $1 ORDER BY measured_on`,
      [stored.id],
    );
    expect(measured).toEqual([
      { kind: 'before', value: 310_000 },
      { kind: 'after', value: 185_000 },
    ]);
    await card.getByText('Ingen målinger endnu').waitFor({ state: 'detached' });

    // ... and the realised amount for the year on the initiative page (only the realised column is theirs).
    await card.getByRole('link', { name: new RegExp(code) }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const ownBenefit = page.getByRole('article', { name: BENEFIT });
    await ownBenefit.getByRole('button', { name: `Redigér årsprofil: ${BENEFIT}` }).click();
    const realisedDialog = page.getByRole('dialog', { name: 'Redigér årsprofil' });
    await realisedDialog.getByText('Som gevinstejer registrerer du det realiserede.', { exact: false }).waitFor();
    await expect(realisedDialog.getByLabel(`Planlagt ${Y}`).isDisabled()).resolves.toBe(true);
    await realisedDialog.getByLabel(`Realiseret ${Y}`).fill(String(REALISED));
    await save(realisedDialog, 'Gem årsprofil', 'Årsprofilen er gemt');
    const realisedRow = ownBenefit.getByRole('table', { name: `Årsprofil: ${BENEFIT}` }).getByRole('row', { name: new RegExp(`^${Y}`) });
    await realisedRow.filter({ hasText: /125\.000/ }).waitFor();

    // 3. The directorate sees the figures move on the dashboard ...
    const after = await overview();
    expect(after.initiatives).toBe(before.initiatives + 1);
    expect(after.openHighRisks).toBe(before.openHighRisks + 1);
    expect(after.benefits.year.dkk.planned).toBe(before.benefits.year.dkk.planned + PLANNED);
    expect(after.benefits.year.dkk.realised).toBe(before.benefits.year.dkk.realised + REALISED);
    await signInAs(emails.director);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Overblik' }).click();
    await page.waitForURL(/\/overblik/);
    await page.getByRole('heading', { level: 2, name: `Nøgletal for ${Y}` }).waitFor();
    expect(await figureValue('Initiativer')).toBe(count(before.initiatives + 1));
    expect(await figureValue('Åbne høje risici')).toBe(count(before.openHighRisks + 1));
    expect(plain(await figure('Initiativer').getByRole('button', { name: /^Idé: / }).textContent())).toContain(`Idé: ${count(after.initiatives)}`);
    const dkkRow = figure('Økonomiske gevinster (kr.)').getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(Y), exact: true }) });
    expect(plain(await dkkRow.innerText())).toContain(
      `${plain(kroner(before.benefits.year.dkk.planned + PLANNED))} ${plain(kroner(before.benefits.year.dkk.realised + REALISED))}`,
    );
    // The drill-down behind "open high risks" now names the new initiative.
    await figure('Åbne høje risici').getByRole('button', { name: /^Vis listen/ }).click();
    const drill = page.getByRole('dialog', { name: 'Initiativer med åbne høje risici' });
    await drill.getByRole('link', { name: TITLE }).waitFor();
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    // ... then opens the initiative and approves idé → analyse in "Styring".
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    const governance = page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: 'Styring' }) });
    await governance.getByText('Der er ikke registreret beslutninger om initiativet endnu.').waitFor();
    await governance.getByRole('button', { name: 'Registrér beslutning' }).click();
    const decision = page.getByRole('dialog', { name: 'Registrér beslutning' });
    await decision.waitFor();
    await chooseOption(decision, 'Beslutning', 'Godkend fase');
    await expect(decision.getByLabel('Ny fase', { exact: true }).textContent()).resolves.toContain('Analyse');
    await decision.getByLabel('Begrundelse').fill(REASON);
    await save(decision, 'Registrér beslutning', 'Beslutningen er registreret');
    await page.getByRole('region', { name: 'Nøgleoplysninger' }).getByText('Analyse', { exact: true }).waitFor();
    const logged = governance.getByRole('table', { name: /^Beslutninger om initiativet/ }).getByRole('row').filter({ hasText: REASON });
    await logged.waitFor();
    expect(plain(await logged.textContent())).toContain('Dorte Direktør');
    const [{ phase }] = await t.dataSource.query('SELECT phase FROM initiative WHERE id = $1', [initiativeId]);
    expect(phase).toBe('analysis');
    await page.getByRole('article', { name: BENEFIT }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    // 4. Finance adds a confirmed line for the initiative and downloads the funding plan from /finansiering.
    await signInAs(emails.finance);
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    await page.getByRole('heading', { level: 3, name: 'Hvem betaler, og hvem får gevinsten' }).waitFor();
    await page.getByRole('button', { name: 'Tilføj finansieringslinje' }).click();
    const line = page.getByRole('dialog', { name: 'Ny finansieringslinje' });
    await line.waitFor();
    await line.getByLabel('År', { exact: true }).fill(String(Y));
    await chooseOption(line, 'Kategori', 'Anskaffelse');
    await line.getByLabel('Beløb (kr.)').fill('275.000');
    await chooseOption(line, 'Betalende forvaltning', 'IT og Digitalisering');
    await save(line, 'Tilføj linje', 'Linjen er tilføjet');
    await page.getByRole('table', { name: /^Finansieringsplan pr\. år/ }).getByRole('row').filter({ hasText: 'Bekræftet' }).waitFor();

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Finansiering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Finansiering' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    expect(cells).toContain(code);
    expect(cells.some((text) => text.includes(TITLE))).toBe(true);
  }, 180_000);
});
