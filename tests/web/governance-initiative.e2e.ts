import { addDays, addMonths } from '@gevinst/domain';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { steeringGroupInput } from '../factories/governance.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { danishShort, testToday } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const GROUP = 'Direktionens styregruppe';
const REASON = 'Målene fastlægges i første sprint; vi accepterer risikoen';
const SUMMARY = 'Robotten kører i pilotafdelingen, og de første sager er behandlet';
/** This month by the test run's clock (the API's): a new report's default period. */
const MONTH_START = `${testToday().slice(0, 7)}-01`;
const MONTH_END = addDays(addMonths(MONTH_START, 1), -1);
const PERIOD = `${danishShort(MONTH_START)}–${danishShort(MONTH_END)}`;

describeWithChromium('governance on the initiative page in the browser', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leadEmail: string;
  let directorEmail: string;
  let leadApi: ApiClient;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Styrerup Kommune', codePrefix: 'STY' });
    const lead = await createUser(t.dataSource, org.organisation.id, ['project_lead'], { name: 'Pia Projektleder' });
    const director = await createUser(t.dataSource, org.organisation.id, ['directorate'], { name: 'Dorte Direktør' });
    leadEmail = lead.email;
    directorEmail = director.email;
    // Admin keeps the steering groups: a directorate-level group the initiative can report to.
    const admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    await admin.post('/api/v1/steering-groups').send(steeringGroupInput({ name: GROUP, level: 'directorate', chairUserId: director.id })).expect(201);
    // The project lead registers the initiative (idé); the directorate passes the first gate, so it is in analyse,
    // where the health check's rules apply (no goal yet: MAAL-1).
    leadApi = await ApiClient.signIn(t.server, lead);
    initiativeId = (await leadApi.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
    const directorApi = await ApiClient.signIn(t.server, director);
    await directorApi.post(`/api/v1/initiatives/${initiativeId}/decisions`).send({ kind: 'approve_phase', toPhase: 'analysis', reason: 'Idéen er god' }).expect(201);
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

  /** The "Styring" card of the initiative page, once the section (loaded with @defer on idle) and its data are in. */
  const section = () => page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: 'Styring' }) });

  const openGovernanceSection = async () => {
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    await page.getByRole('heading', { level: 2, name: 'Styring' }).waitFor();
    await section().getByRole('heading', { level: 3, name: 'Sundhedstjek' }).waitFor();
    await section().getByText(/regler? fra KL's råd gælder/).waitFor();
    await section().getByRole('table', { name: /^Beslutninger om initiativet/ }).waitFor();
    await page.waitForLoadState('networkidle');
  };

  const chooseOption = async (scope: Locator, label: string, option: string | RegExp) => {
    await scope.getByLabel(label, { exact: true }).click();
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  };

  const currentStep = () => section().getByRole('list', { name: 'Fase og fase-gate' }).locator('li[aria-current="step"]');

  it('lets the project lead set who steers it, see the findings linked to the advice, and request a gate with its checklist', async () => {
    await signIn(leadEmail);
    await openGovernanceSection();
    // The phase as steps: analyse is current, idé is passed.
    expect(await currentStep().textContent()).toContain('Analyse');
    expect(await section().getByRole('listitem').filter({ hasText: 'Idé' }).first().textContent()).toContain('Gennemført');
    // The health check: grouped by theme, severity in words, what to do, and a link into the advice catalogue.
    const goals = section().getByRole('region', { name: 'Mål' });
    const finding = goals.getByRole('listitem').filter({ hasText: 'MAAL-1' });
    expect(await finding.textContent()).toMatch(/Fejl|Advarsel/);
    expect(await finding.textContent()).toContain('Det kan I gøre:');
    expect(await finding.getByRole('link', { name: 'Læs rådet bag MAAL-1' }).getAttribute('href')).toBe('/raad/maal#maal.klare-maal');
    expect(await wcagViolations(page)).toEqual([]);

    // Steering group and project owner through the dialog.
    await section().getByRole('button', { name: 'Redigér styregruppe og projektejer' }).click();
    const governance = page.getByRole('dialog', { name: 'Styregruppe og projektejer' });
    await governance.waitFor();
    await chooseOption(governance, 'Styregruppe', `${GROUP} (Direktion)`);
    await chooseOption(governance, 'Projektejer', 'Pia Projektleder (mig selv)');
    expect(await wcagViolations(page)).toEqual([]);
    await governance.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Styringen er gemt').waitFor();
    await governance.waitFor({ state: 'detached' });
    const facts = section().getByRole('region', { name: 'Styregruppe og projektejer' });
    await facts.getByText(`${GROUP} (Direktion)`).waitFor();
    expect(await facts.textContent()).toContain('Pia Projektleder');

    // The gate: the checklist shows before anything is sent.
    await section().getByRole('button', { name: 'Anmod om fase-gate' }).click();
    const gate = page.getByRole('dialog', { name: 'Anmod om fase-gate' });
    await gate.waitFor();
    const checklist = gate.getByRole('region', { name: 'Tjekliste for fase-gaten' });
    await checklist.waitFor();
    expect(await checklist.textContent()).toContain('MAAL-1');
    expect(await gate.textContent()).toMatch(/fra\s+Analyse\s+til\s+Gennemførelse/);
    await gate.getByLabel('Note til styregruppen').fill('Analysen er færdig');
    expect(await wcagViolations(page)).toEqual([]);
    await gate.getByRole('button', { name: 'Send anmodning' }).click();
    await page.getByText('Anmodningen om fase-gate er sendt til styregruppen').waitFor();
    await gate.waitFor({ state: 'detached' });
    const pending = section().getByRole('group', { name: 'Anmodning om fase-gate til Gennemførelse' });
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Pia Projektleder');
    expect(await pending.textContent()).toContain('Analysen er færdig');
    expect(await pending.getByRole('list', { name: 'Åbne fund i tjeklisten' }).textContent()).toContain('MAAL-1');
    expect(await section().getByRole('button', { name: 'Anmod om fase-gate' }).count()).toBe(0);
    const [stored] = await t.dataSource.query('SELECT requested_phase AS phase, request_note AS note FROM initiative_governance WHERE initiative_id = $1', [
      initiativeId,
    ]);
    expect(stored).toEqual({ phase: 'implementation', note: 'Analysen er færdig' });
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);

    // The finding's link opens the advice it cites in the catalogue.
    await section().getByRole('link', { name: 'Læs rådet bag MAAL-1' }).click();
    await page.waitForURL((url) => url.pathname === '/raad/maal' && url.hash === '#maal.klare-maal');
    await page.getByRole('heading', { level: 1, name: 'Mål' }).waitFor();
  });

  it('lets the directorate approve the phase with a reason for the open findings, and the phase moves on', async () => {
    await signIn(directorEmail);
    await openGovernanceSection();
    // A director may not request gates or edit who steers it, but decides.
    expect(await section().getByRole('button', { name: 'Anmod om fase-gate' }).count()).toBe(0);
    expect(await section().getByRole('button', { name: 'Redigér styregruppe og projektejer' }).count()).toBe(0);
    await section().getByRole('button', { name: 'Registrér beslutning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrér beslutning' });
    await dialog.waitFor();
    // The pending gate request suggests approving it, to the next phase only, with the open findings listed.
    await expect(dialog.getByLabel('Beslutning', { exact: true }).textContent()).resolves.toContain('Godkend fase');
    await expect(dialog.getByLabel('Ny fase', { exact: true }).textContent()).resolves.toContain('Gennemførelse');
    const findings = dialog.getByRole('region', { name: /^Åbne fund i tjeklisten/ });
    await findings.waitFor();
    expect(await findings.textContent()).toContain('MAAL-1');
    // Without a reason it is not sent: the field says so.
    await dialog.getByRole('button', { name: 'Registrér beslutning' }).click();
    await dialog.getByText('Skriv en begrundelse', { exact: true }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM decision WHERE initiative_id = $1', [initiativeId]);
    expect(count).toBe(1);

    await dialog.getByLabel('Begrundelse').fill(REASON);
    await dialog.getByRole('button', { name: 'Registrér beslutning' }).click();
    await page.getByText('Beslutningen er registreret').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // The phase moves on: in the steps, in the page's key facts, and in the log (who, what, from → to, why).
    await currentStep().filter({ hasText: 'Gennemførelse' }).waitFor();
    await page.getByRole('region', { name: 'Nøgleoplysninger' }).getByText('Gennemførelse', { exact: true }).waitFor();
    const log = section().getByRole('table', { name: /^Beslutninger om initiativet/ });
    const row = log.getByRole('row').filter({ hasText: REASON });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Godkend fase');
    expect(text).toMatch(/Analyse\s*→\s*til\s*Gennemførelse/);
    expect(text).toContain('Dorte Direktør');
    expect(text).toContain('MAAL-1');
    expect(await section().getByRole('group', { name: /^Anmodning om fase-gate/ }).count()).toBe(0);
    const [initiative] = await t.dataSource.query('SELECT phase FROM initiative WHERE id = $1', [initiativeId]);
    expect(initiative.phase).toBe('implementation');
    const [decision] = await t.dataSource.query(
      `SELECT kind, from_phase AS "from", to_phase AS "to", reason FROM decision WHERE initiative_id = $1 ORDER BY decided_at DESC LIMIT 1`,
      [initiativeId],
    );
    expect(decision).toEqual({ kind: 'approve_phase', from: 'analysis', to: 'implementation', reason: REASON });
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('lets the project lead write a status report, submit it and see it frozen with its figures', async () => {
    await signIn(leadEmail);
    await openGovernanceSection();
    await section().getByRole('button', { name: 'Ny statusrapport' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny statusrapport' });
    await dialog.waitFor();
    // The period defaults to this month, the API's.
    await expect(dialog.getByLabel('Periode fra').inputValue()).resolves.toBe(danishShort(MONTH_START));
    await expect(dialog.getByLabel('Periode til').inputValue()).resolves.toBe(danishShort(MONTH_END));
    // Nothing chosen: every status says so, and nothing is sent.
    await dialog.getByLabel('Resumé').fill(SUMMARY);
    await dialog.getByRole('button', { name: 'Gem kladde' }).click();
    await dialog.getByText('Vælg en status').first().waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('radiogroup', { name: 'Samlet status' }).getByRole('radio', { name: 'Gul' }).check();
    for (const dimension of ['Omfang', 'Tid', 'Økonomi', 'Gevinster']) {
      await dialog.getByRole('radiogroup', { name: dimension, exact: true }).getByRole('radio', { name: 'Grøn' }).check();
    }
    await dialog.getByRole('radiogroup', { name: 'Risici', exact: true }).getByRole('radio', { name: 'Rød' }).check();
    await dialog.getByLabel('Næste skridt').fill('Udrulning til to afdelinger mere');
    await dialog.getByLabel('Ønske om beslutning').fill('Skal robotten også bruges i Borgerservice?');
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByText('Statusrapporten er oprettet som kladde').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const report = section().getByRole('article', { name: `Statusrapport ${PERIOD}` });
    await report.waitFor();
    // RAG as words, not colour alone.
    const statuses = report.getByRole('list', { name: `Status for ${PERIOD}` });
    expect(await statuses.textContent()).toMatch(/Samlet:\s*Gul/);
    expect(await statuses.textContent()).toMatch(/Risici:\s*Rød/);
    expect(await report.textContent()).toContain('Kladde');

    await report.getByRole('button', { name: `Indsend statusrapport ${PERIOD}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Indsend statusrapporten?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Derefter kan den ikke ændres eller slettes');
    expect(await wcagViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Indsend' }).click();
    await page.getByText('Statusrapporten er indsendt og frosset').waitFor();
    await report.getByRole('heading', { level: 5, name: 'Nøgletal ved indsendelsen' }).waitFor();
    const frozen = (await report.textContent()) ?? '';
    expect(frozen).toContain('Indsendt');
    expect(frozen).toContain('Rapporten og nøgletallene er frosset');
    expect(frozen).toMatch(/Fase\s*Gennemførelse/);
    expect(frozen).toMatch(/Åbne høje risici\s*0/);
    expect(frozen).toMatch(/Målopfyldelse\s*Ikke målt/);
    expect(await report.getByRole('button').count()).toBe(0);

    const [stored] = await t.dataSource.query(
      `SELECT status, overall, risks_rag AS risks, figures->>'phase' AS phase, version FROM status_report WHERE initiative_id = $1`,
      [initiativeId],
    );
    expect(stored).toMatchObject({ status: 'submitted', overall: 'amber', risks: 'red', phase: 'implementation' });
    // Frozen: the API refuses a change, and nothing changes.
    const [{ id }] = await t.dataSource.query('SELECT id FROM status_report WHERE initiative_id = $1', [initiativeId]);
    await leadApi.patch(`/api/v1/status-reports/${id}`).send({ version: stored.version, summary: 'Ændret' }).expect(422);
    const [{ summary }] = await t.dataSource.query('SELECT summary FROM status_report WHERE id = $1', [id]);
    expect(summary).toBe(SUMMARY);
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
