import * as ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { danishShort, daysFromToday, testToday } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const NEW_RISK = 'Nøglemedarbejder forlader projektet';
/** Made through the API: a low risk in another cell, which the cell filters must leave out. */
const OTHER_RISK = 'Uklare krav til brevskabeloner';
/** Made through the API with a risk owner who is not the project lead. */
const OWNED_RISK = 'Leverandøren leverer integrationen for sent';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A risk log as a user fills in the template: the sheet "Risikolog" with its headings, one row per risk. */
async function riskLog(rows: Record<string, ExcelJS.CellValue>[]): Promise<Buffer> {
  const headings = ['Nr.', 'Titel', 'Kategori', 'Sandsynlighed (1-5)', 'Konsekvens (1-5)', 'Håndteres af', 'Status', 'Identificeret'];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Risikolog');
  sheet.addRow(headings);
  for (const row of rows) sheet.addRow(headings.map((h) => row[h] ?? null));
  workbook.addWorksheet('Handlinger').addRow(['Risiko nr.', 'Handling', 'Ansvarlig', 'Frist', 'Status']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describeWithChromium('the risk register in the browser', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leadEmail: string;
  let ownerEmail: string;
  let initiativeId: string;
  /** An initiative with an empty log, for the import. */
  let importTargetId: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Risikerup Kommune', codePrefix: 'RSK' });
    const lead = await createUser(t.dataSource, org.organisation.id, ['project_lead'], { name: 'Rikke Projektleder' });
    leadEmail = lead.email;
    // The project lead registers the initiative (and so leads it) and one risk through the API.
    const api = await ApiClient.signIn(t.server, lead);
    initiativeId = (await api.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    await api
      .post(`/api/v1/initiatives/${initiativeId}/risks`)
      .send(riskInput({ title: OTHER_RISK, category: 'organisational', probability: 2, consequence: 2, handler: 'municipality' }))
      .expect(201);
    importTargetId = (await api.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    // A risk owner from the department, not a project lead: may update status, actions and the review date only.
    const owner = await createUser(t.dataSource, org.organisation.id, ['benefit_owner'], { name: 'Ole Risikoejer' });
    ownerEmail = owner.email;
    await api
      .post(`/api/v1/initiatives/${initiativeId}/risks`)
      .send(riskInput({ title: OWNED_RISK, probability: 1, consequence: 3, ownerUserId: owner.id }))
      .expect(201);
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
  });
  afterEach(() => context?.close());

  /** Signs in through the login page, as a person would. */
  const signIn = (email: string) => signInWithPassword(page, t.baseUrl, email, TEST_PASSWORD);

  const openRiskSection = async (id = initiativeId) => {
    await page.goto(`${t.baseUrl}/initiativer/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Risici' }).waitFor();
    // The section loads with @defer (on idle), then its log.
    await page.getByRole('link', { name: 'Eksportér til Excel' }).waitFor();
  };

  const chooseOption = async (scope: ReturnType<Page['getByRole']>, label: string, option: string) => {
    await scope.getByLabel(label, { exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('lets the project lead register a risk with an action, and finds it in the log and the heat map', async () => {
    await signIn(leadEmail);
    await openRiskSection();
    await page.getByRole('table', { name: 'Før tiltag' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ny risiko' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny risiko' });
    await dialog.waitFor();
    await dialog.getByLabel('Titel', { exact: true }).fill(NEW_RISK);
    await dialog.getByLabel('Årsag').fill('Projektet hviler på én person med systemkendskab');
    await dialog.getByLabel('Hændelse').fill('Medarbejderen fratræder midt i implementeringen');
    await dialog.getByLabel('Konsekvens for projektet').fill('Forsinkelse på tre måneder');
    await chooseOption(dialog, 'Kategori', 'Organisatorisk');
    await chooseOption(dialog, 'Sandsynlighed', '4 – Høj');
    await chooseOption(dialog, 'Konsekvens', '5 – Meget høj');
    // The score and its band show as soon as both ratings are chosen.
    await dialog.getByRole('status').filter({ hasText: 'Score før tiltag' }).filter({ hasText: /20\s*Høj/ }).waitFor();
    await chooseOption(dialog, 'Sandsynlighed efter tiltag', '2 – Lav');
    await chooseOption(dialog, 'Konsekvens efter tiltag', '3 – Middel');
    await chooseOption(dialog, 'Håndteres af', 'Kommunen');
    await chooseOption(dialog, 'Risikoejer', 'Rikke Projektleder (mig selv)');
    await dialog.getByRole('button', { name: 'Tilføj tiltag' }).click();
    const action = dialog.getByRole('group', { name: /^Tiltag 1/ });
    await action.getByLabel('Tiltag', { exact: true }).fill('Oplær en kollega som back-up');
    await action.getByLabel('Ansvarlig', { exact: true }).fill('Teamleder');
    const deadline = daysFromToday(90);
    await action.getByLabel('Frist', { exact: true }).fill(danishShort(deadline));
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Opret risiko' }).click();
    await page.getByText('Risikoen er oprettet').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const [stored] = await t.dataSource.query(
      `SELECT r.probability, r.consequence, r.residual_probability AS "residualProbability", r.handler, r.category,
              a.action, a.responsible, a.deadline::text AS deadline, a.status
         FROM risk r JOIN risk_action a ON a.risk_id = r.id WHERE r.title = $1`,
      [NEW_RISK],
    );
    expect(stored).toEqual({
      probability: 4,
      consequence: 5,
      residualProbability: 2,
      handler: 'municipality',
      category: 'organisational',
      action: 'Oplær en kollega som back-up',
      responsible: 'Teamleder',
      deadline,
      status: 'planned',
    });

    const log = page.getByRole('table', { name: 'Risici på initiativet' });
    const row = log.getByRole('row').filter({ hasText: NEW_RISK });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/20\s*Høj/);
    expect(await row.textContent()).toContain('Organisatorisk');
    await log.getByRole('row').filter({ hasText: OTHER_RISK }).waitFor();

    // The heat map cell filters the log to its risks.
    const cell = page.getByRole('table', { name: 'Før tiltag' }).getByRole('button', { name: 'Sandsynlighed 4, konsekvens 5: 1 risiko' });
    await cell.click();
    // The filter's statement first: it appears once the click has been handled, then the cell says it is pressed.
    await page.getByText('Viser 1 risiko i cellen Sandsynlighed 4, konsekvens 5 (før tiltag).').waitFor();
    await expect(cell.getAttribute('aria-pressed')).resolves.toBe('true');
    await log.getByRole('row').filter({ hasText: OTHER_RISK }).waitFor({ state: 'detached' });
    expect(await log.getByRole('row').filter({ hasText: NEW_RISK }).count()).toBe(1);
    // After mitigation it sits at 2 × 3.
    await page.getByRole('table', { name: 'Efter tiltag' }).getByRole('button', { name: 'Sandsynlighed 2, konsekvens 3: 1 risiko' }).waitFor();
    await page.getByRole('button', { name: 'Vis alle risici' }).click();
    await log.getByRole('row').filter({ hasText: OTHER_RISK }).waitFor();

    // The import dialog checks the file in the browser before sending it.
    await page.getByRole('button', { name: 'Importér fra Excel' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Importér risici fra Excel' });
    await importDialog.waitFor();
    await importDialog.getByRole('radio', { name: 'Erstat hele loggen' }).check();
    await importDialog.getByText('Alle nuværende risici på initiativet slettes').waitFor();
    await importDialog.getByLabel('Excel-fil (.xlsx)').setInputFiles({ name: 'risici.csv', mimeType: 'text/csv', buffer: Buffer.from('Nr;Titel\n1;Test') });
    await importDialog.getByRole('button', { name: 'Kontrollér filen' }).click();
    await importDialog.getByText('Filen er ikke en Excel-fil (.xlsx).').waitFor();
    await expect(importDialog.getByRole('button', { name: /^Importér/ }).isDisabled()).resolves.toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
    await importDialog.getByRole('button', { name: 'Annullér' }).click();
  });

  it('imports an Excel risk log after a preview that shows row errors, and refuses a file that is not a workbook', async () => {
    await signIn(leadEmail);
    await openRiskSection(importTargetId);
    await page.getByText('Der er ikke registreret risici for initiativet endnu.').waitFor();
    await page.getByRole('button', { name: 'Importér fra Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importér risici fra Excel' });
    await dialog.waitFor();
    const file = dialog.getByLabel('Excel-fil (.xlsx)');
    const check = dialog.getByRole('button', { name: 'Kontrollér filen' });
    const importButton = dialog.getByRole('button', { name: 'Importér', exact: true });

    // A file named .xlsx that is not a workbook: the API refuses it, in Danish here.
    await file.setInputFiles({ name: 'risici.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from('Nr;Titel\n1;Ikke en projektmappe') });
    await check.click();
    await dialog.getByRole('alert').filter({ hasText: 'Filen er ikke en Excel-fil (.xlsx)' }).waitFor();

    // A row with a probability of 7: the preview lists the error and the import stays disabled.
    const good = { 'Nr.': 1, Titel: 'Borgerne tager ikke selvbetjeningen til sig', Kategori: 'Organisatorisk', 'Sandsynlighed (1-5)': 3, 'Konsekvens (1-5)': 4, 'Håndteres af': 'Kommunen', Status: 'Åben', Identificeret: new Date(`${daysFromToday(-30)}T00:00:00Z`) };
    const bad = { ...good, 'Nr.': 2, Titel: 'Serveren bryder sammen', 'Sandsynlighed (1-5)': 7 };
    await file.setInputFiles({ name: 'risici.xlsx', mimeType: XLSX_TYPE, buffer: await riskLog([good, bad]) });
    await check.click();
    const errors = dialog.getByRole('table', { name: /^Fejl i filen/ });
    await errors.waitFor();
    expect(await errors.getByRole('row').filter({ hasText: 'Risikolog' }).count()).toBe(1);
    expect(await errors.textContent()).toContain('3');
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    // Corrected: the preview shows both risks and the import writes them.
    await file.setInputFiles({ name: 'risici.xlsx', mimeType: XLSX_TYPE, buffer: await riskLog([good, { ...bad, 'Sandsynlighed (1-5)': 2 }]) });
    await check.click();
    await dialog.getByText('Filen indeholder 2 risici og ingen fejl.').waitFor();
    await dialog.getByRole('table', { name: /^Risici i filen/ }).getByRole('row').filter({ hasText: 'Serveren bryder sammen' }).waitFor();
    await importButton.click();
    await page.getByText('2 risici er importeret').waitFor();
    const log = page.getByRole('table', { name: 'Risici på initiativet' });
    await log.getByRole('row').filter({ hasText: 'Borgerne tager ikke selvbetjeningen til sig' }).waitFor();
    await log.getByRole('row').filter({ hasText: 'Serveren bryder sammen' }).waitFor();
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM risk WHERE initiative_id = $1', [importTargetId]);
    expect(n).toBe(2);
  });

  it('lets the risk owner update status and review date, with the other fields read-only', async () => {
    await signIn(ownerEmail);
    await openRiskSection();
    // Only the project lead may add risks.
    expect(await page.getByRole('button', { name: 'Ny risiko' }).count()).toBe(0);
    await page.getByRole('button', { name: OWNED_RISK }).click();
    const dialog = page.getByRole('dialog', { name: /^Redigér risiko \d+$/ });
    await dialog.waitFor();
    await dialog.getByText('Som risikoejer holder du status, tiltag og gennemgangsdato ajour.').waitFor();
    await expect(dialog.getByLabel('Titel', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(dialog.getByLabel('Sandsynlighed', { exact: true }).getAttribute('aria-disabled')).resolves.toBe('true');
    // The factory's action is due in a month.
    const deadline = daysFromToday(30);
    await expect(dialog.getByRole('group', { name: /^Tiltag 1/ }).getByLabel('Frist', { exact: true }).inputValue()).resolves.toBe(danishShort(deadline));
    await chooseOption(dialog.getByRole('region', { name: 'Ansvar og status' }), 'Status', 'Under håndtering');
    await dialog.getByRole('button', { name: 'Gennemgået i dag' }).click();
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Risikoen er gemt').waitFor();
    const [stored] = await t.dataSource.query(
      `SELECT r.status, r.last_reviewed_on::text AS "lastReviewedOn", r.probability, a.action, a.deadline::text AS deadline
         FROM risk r JOIN risk_action a ON a.risk_id = r.id WHERE r.title = $1`,
      [OWNED_RISK],
    );
    // "Gennemgået i dag" is the API's today; the action went back unchanged, deadline included.
    expect(stored).toEqual({
      status: 'in_progress',
      lastReviewedOn: testToday(),
      probability: 1,
      action: 'Aftal testmiljø med leverandøren',
      deadline,
    });
  });

  it('shows the risk on /risici with the filters from the URL, and filters by heat-map cell', async () => {
    await signIn(leadEmail);
    await openRiskSection();
    await page.getByRole('navigation').getByRole('link', { name: 'Risici' }).click();
    await page.getByRole('heading', { level: 1, name: 'Risici' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Risici/);

    await page.goto(`${t.baseUrl}/risici?band=high&category=organisational`);
    await page.getByRole('heading', { level: 1, name: 'Risici' }).waitFor();
    const list = page.getByRole('table', { name: 'Risici', exact: true });
    const row = list.getByRole('row').filter({ hasText: NEW_RISK });
    await row.waitFor();
    // Each row links to its initiative.
    await row.getByRole('link').waitFor();
    expect(await list.getByRole('row').filter({ hasText: OTHER_RISK }).count()).toBe(0);
    await expect(page.getByLabel('Niveau').textContent()).resolves.toContain('Høj');
    await page.getByText('1 risiko fundet').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    // Without the band filter both risks show; the cell link keeps only its own.
    await page.goto(`${t.baseUrl}/risici`);
    await list.getByRole('row').filter({ hasText: OTHER_RISK }).waitFor();
    await page.getByRole('table', { name: 'Før tiltag' }).getByRole('link', { name: 'Sandsynlighed 4, konsekvens 5: 1 risiko' }).click();
    await page.waitForURL(/probability=4/);
    expect(page.url()).toMatch(/consequence=5/);
    expect(page.url()).toMatch(/matrix=before/);
    await page.getByText('Viser kun risici i cellen Sandsynlighed 4, konsekvens 5 (før tiltag).').waitFor();
    await list.getByRole('row').filter({ hasText: OTHER_RISK }).waitFor({ state: 'detached' });
    await list.getByRole('row').filter({ hasText: NEW_RISK }).waitFor();
    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`/initiativer/${initiativeId}$`));
  });
});
