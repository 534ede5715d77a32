import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { danishShort, testToday, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const TOP = 'Direktionen';
const LOCAL = 'Digitaliseringsstyregruppen';
const MEETING = 'Porteføljemøde i direktionen';
const REASON = 'Analysen kan begynde: business case og gevinster skal beskrives';
/** Amounts in the UI: a non-breaking space before "kr.". */
const kr = (text: string) => new RegExp(`${text.replace(/\./g, '\\.')}\\skr\\.`);

describeWithChromium('steering, portfolio reviews, decisions and prioritisation in the browser', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminEmail: string;
  let directorEmail: string;
  let admin: ApiClient;
  let lead: ApiClient;
  /** Asks for the gate to analyse: on the meeting's agenda, approved there, then scored in the browser. */
  const gated = { id: '', code: '' };
  /** Scored through the API, with a lower score: below the cut-off line. */
  const other = { id: '', code: '' };
  /** In gennemførelse without a status report: the meeting warns about it. */
  const silent = { id: '', code: '' };

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Styrerup Kommune', codePrefix: 'STY' });
    const adminUser = await createUser(t.dataSource, org.organisation.id, ['admin'], { name: 'Anne Administrator' });
    const director = await createUser(t.dataSource, org.organisation.id, ['directorate'], { name: 'Dorte Direktør' });
    const leadUser = await createUser(t.dataSource, org.organisation.id, ['project_lead'], { name: 'Pia Projektleder' });
    adminEmail = adminUser.email;
    directorEmail = director.email;
    admin = await ApiClient.signIn(t.server, adminUser);
    lead = await ApiClient.signIn(t.server, leadUser);
    const register = async (target: { id: string; code: string }, title: string) => {
      const body = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id, { title })).expect(201)).body;
      target.id = body.id;
      target.code = body.code;
    };
    await register(gated, 'Digital post til borgerne');
    await register(other, 'Chatbot på hjemmesiden');
    await register(silent, 'Robot til lønbehandling');
    await t.dataSource.query(`UPDATE initiative SET phase = 'implementation' WHERE id = $1`, [silent.id]);
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

  const chooseOption = async (scope: Locator | Page, label: string | RegExp, option: string | RegExp) => {
    await scope.getByLabel(label, { exact: typeof label === 'string' }).click();
    await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  };

  const axeClean = async () => {
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  };

  const groupId = async (name: string): Promise<string> =>
    (await t.dataSource.query('SELECT id FROM steering_group WHERE organisation_id = $1 AND name = $2', [org.organisation.id, name]))[0].id;

  it('lets admin build the steering group chain from the directorate down', async () => {
    await signIn(adminEmail);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Styring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Porteføljemøder' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Porteføljemøder/);
    await page.getByRole('navigation', { name: 'Styring' }).getByRole('link', { name: 'Styregrupper' }).click();
    await page.getByRole('heading', { level: 1, name: 'Styregrupper' }).waitFor();
    await page.getByText('Der er ingen styregrupper endnu.').waitFor();
    await axeClean();

    // The directorate's group, chaired by the director.
    await page.getByRole('button', { name: 'Ny styregruppe' }).click();
    let dialog = page.getByRole('dialog', { name: 'Ny styregruppe' });
    await dialog.waitFor();
    await dialog.getByLabel('Navn').fill(TOP);
    await chooseOption(dialog, 'Niveau', 'Direktion');
    await chooseOption(dialog, 'Formand', 'Dorte Direktør');
    await dialog.getByText('En gruppe på direktionsniveau refererer ikke til nogen.').waitFor();
    await axeClean();
    await dialog.getByRole('button', { name: 'Opret styregruppe' }).click();
    await page.getByText('Styregruppen er oprettet').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: TOP }).waitFor();

    // A local group reporting to it; the same name again is refused with the API's rule under the field.
    await page.getByRole('button', { name: 'Ny styregruppe' }).click();
    dialog = page.getByRole('dialog', { name: 'Ny styregruppe' });
    await dialog.getByLabel('Navn').fill(TOP);
    await chooseOption(dialog, 'Niveau', 'Forvaltning');
    await chooseOption(dialog, 'Refererer til', `${TOP} (Direktion)`);
    await chooseOption(dialog, 'Medlemmer', 'Pia Projektleder');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Opret styregruppe' }).click();
    await dialog.getByText('Navnet bruges allerede af en anden styregruppe').waitFor();
    await dialog.getByText('Styregruppen blev ikke gemt. Ret de markerede felter, og prøv igen.').waitFor();
    await axeClean();
    await dialog.getByLabel('Navn').fill(LOCAL);
    await dialog.getByRole('button', { name: 'Opret styregruppe' }).click();
    await page.getByText('Styregruppen er oprettet').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // Shown as a tree: the local group is nested under the directorate's.
    const nested = page.getByRole('list', { name: `Grupper, der refererer til ${TOP}` });
    await nested.getByRole('heading', { level: 2, name: LOCAL }).waitFor();
    const card = page.getByRole('article', { name: LOCAL });
    expect(await card.textContent()).toContain('Pia Projektleder');
    expect(await page.getByRole('article', { name: TOP }).textContent()).toContain('Dorte Direktør');
    await axeClean();
    const [stored] = await t.dataSource.query(
      `SELECT c.level, p.name AS parent FROM steering_group c JOIN steering_group p ON p.id = c.parent_id WHERE c.name = $1`,
      [LOCAL],
    );
    expect(stored).toEqual({ level: 'department', parent: TOP });

    // Deleting the directorate's group is refused while a group reports to it, in Danish.
    await page.getByRole('button', { name: `Slet ${TOP}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Slet styregruppe' });
    await confirm.getByRole('button', { name: 'Slet' }).click();
    await page.getByText(`${TOP} blev ikke slettet. 1 gruppe refererer til gruppen. Flyt eller slet dem først.`).waitFor();
  });

  it('lets a director call a meeting with the agenda built from the gate request and record the approval there', async () => {
    // The project lead's initiative is steered by the local group and asks for the gate to analyse; another one in
    // gennemførelse owes a status report.
    const local = await groupId(LOCAL);
    for (const id of [gated.id, silent.id]) {
      await admin.put(`/api/v1/initiatives/${id}/governance`).send({ version: 1, steeringGroupId: local }).expect(200);
    }
    await lead.post(`/api/v1/initiatives/${gated.id}/gate-request`).send({ toPhase: 'analysis', note: 'Klar til analyse' }).expect(200);

    await signIn(directorEmail);
    await page.goto(`${t.baseUrl}/styring`);
    await page.getByRole('heading', { level: 1, name: 'Porteføljemøder' }).waitFor();
    await page.getByText('Der er ingen porteføljemøder endnu.').waitFor();
    await axeClean();

    await page.getByRole('button', { name: 'Nyt porteføljemøde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nyt porteføljemøde' });
    await dialog.waitFor();
    await chooseOption(dialog, 'Styregruppe', `${TOP} (Direktion)`);
    await dialog.getByLabel('Titel').fill(MEETING);
    // The meeting is held today by default, the API's today.
    await expect(dialog.getByLabel('Dato', { exact: true }).inputValue()).resolves.toBe(danishShort(testToday()));
    await axeClean();
    await dialog.getByRole('button', { name: 'Opret møde' }).click();
    await page.getByRole('heading', { level: 1, name: MEETING }).waitFor();
    await page.waitForURL(/\/styring\/moeder\/[0-9a-f-]{36}$/);
    const reviewId = page.url().split('/').at(-1) as string;

    // The agenda: the initiative with its reason as text.
    const item = page.getByRole('article', { name: new RegExp(`^${gated.code}`) });
    await item.waitFor();
    await item.getByRole('list', { name: 'På dagsordenen fordi:' }).getByText('Anmodning om fase-gate').waitFor();
    expect(await item.textContent()).toContain('Fase: Idé');
    // The missing report is a warning with a link to the initiative.
    const missing = page.getByRole('region', { name: 'Manglende statusrapporter' });
    await missing.getByRole('link', { name: new RegExp(silent.code) }).waitFor();
    // The minutes open in a new tab, and say so.
    const minutes = page.getByRole('link', { name: 'Udskriv referat (åbner i et nyt vindue)' });
    await expect(minutes.getAttribute('href')).resolves.toBe(`/api/v1/portfolio-reviews/${reviewId}/minutes.html`);
    await expect(minutes.getAttribute('target')).resolves.toBe('_blank');
    await axeClean();

    // "Registrér beslutning": approving the requested gate is preselected, with the next phase.
    await item.getByRole('button', { name: new RegExp(`^Registrér beslutning for ${gated.code}`) }).click();
    const decision = page.getByRole('dialog', { name: 'Registrér beslutning' });
    await decision.waitFor();
    await expect(decision.getByRole('radio', { name: 'Godkend fase' }).isChecked()).resolves.toBe(true);
    await expect(decision.getByLabel('Til fase').textContent()).resolves.toContain('Analyse');
    // Stopping needs a reason: the dialog says so before anything is sent.
    await decision.getByRole('radio', { name: 'Stop' }).check();
    await decision.getByRole('button', { name: 'Registrér beslutning' }).click();
    await decision.getByText('Skriv en begrundelse for beslutningen').waitFor();
    await axeClean();
    await decision.getByRole('radio', { name: 'Godkend fase' }).check();
    await decision.getByLabel('Begrundelse').fill(REASON);
    await decision.getByRole('button', { name: 'Registrér beslutning' }).click();
    await page.getByText('Beslutningen er registreret').waitFor();
    await decision.waitFor({ state: 'detached' });
    await item.getByText('Godkend fase: Idé → Analyse').waitFor();
    expect(await item.textContent()).toContain(`Besluttet af Dorte Direktør`);
    expect(await item.textContent()).toContain(REASON);
    const [moved] = await t.dataSource.query('SELECT phase FROM initiative WHERE id = $1', [gated.id]);
    expect(moved.phase).toBe('analysis');
    const [recorded] = await t.dataSource.query('SELECT kind, to_phase, review_id, reason FROM decision WHERE initiative_id = $1', [gated.id]);
    expect(recorded).toEqual({ kind: 'approve_phase', to_phase: 'analysis', review_id: reviewId, reason: REASON });

    // Notes and "Markér som afholdt".
    await page.getByLabel('Noter', { exact: true }).fill('Direktionen følger op i næste kvartal.');
    await page.getByRole('button', { name: 'Gem noter' }).click();
    await page.getByText('Noterne er gemt').waitFor();
    await page.getByRole('button', { name: 'Markér som afholdt' }).click();
    await page.getByText('Mødet er markeret som afholdt').waitFor();
    const [held] = await t.dataSource.query('SELECT status, notes FROM portfolio_review WHERE id = $1', [reviewId]);
    expect(held).toEqual({ status: 'held', notes: 'Direktionen følger op i næste kvartal.' });
    const printed = await page.request.get(`${t.baseUrl}/api/v1/portfolio-reviews/${reviewId}/minutes.html`);
    expect(printed.status()).toBe(200);
    expect(await printed.text()).toContain(REASON);
    await axeClean();

    // The organisation's decision log, filtered by kind in the URL.
    await page.getByRole('navigation', { name: 'Styring' }).getByRole('link', { name: 'Beslutninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslutninger' }).waitFor();
    const log = page.getByRole('table', { name: 'Beslutninger, nyeste først' });
    const row = log.getByRole('row').filter({ hasText: gated.code });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Godkend fase.*Idé → Analyse.*Direktionen.*Dorte Direktør/);
    await page.getByText('1 beslutning fundet').waitFor();
    await axeClean();
    await chooseOption(page, 'Beslutning', 'Stop');
    await page.keyboard.press('Escape');
    await page.waitForURL(/kind=stop/);
    await page.getByText('Der er ingen beslutninger, der passer til filtrene.').waitFor();
    await page.goto(`${t.baseUrl}/styring/beslutninger?kind=approve_phase&steeringGroupId=${await groupId(TOP)}`);
    await expect(page.getByLabel('Beslutning', { exact: true }).textContent()).resolves.toContain('Godkend fase');
    await log.getByRole('row').filter({ hasText: gated.code }).waitFor();
  });

  it('lets admin set weighted criteria (a wrong total is refused in Danish), score an initiative and see the cut-off line', async () => {
    // Costs this year: 400.000 kr. for the gated initiative, 300.000 kr. for the other one.
    await admin.post(`/api/v1/initiatives/${gated.id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id, { year: thisYear(), amount: 400_000 })).expect(201);
    await admin.post(`/api/v1/initiatives/${other.id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id, { year: thisYear(), amount: 300_000 })).expect(201);

    await signIn(adminEmail);
    await page.goto(`${t.baseUrl}/styring/prioritering?available=500000`);
    await page.getByRole('heading', { level: 1, name: 'Prioritering' }).waitFor();
    await expect(page.getByLabel('Tilgængelig finansiering (kr.)').inputValue()).resolves.toBe('500.000');
    await page.getByText('Der er ingen kriterier endnu.').waitFor();
    await axeClean();

    await page.getByRole('button', { name: 'Redigér kriterier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kriterier og vægte' });
    await dialog.waitFor();
    const first = dialog.getByRole('group', { name: 'Kriterium 1' });
    await first.getByLabel('Navn').fill('Strategisk sigte');
    await first.getByLabel('Vægt (%)').fill('50');
    await dialog.getByRole('button', { name: 'Tilføj kriterium' }).click();
    const second = dialog.getByRole('group', { name: 'Kriterium 2' });
    await second.getByLabel('Navn').fill('Gevinstpotentiale');
    await second.getByLabel('Vægt (%)').fill('40');
    await dialog.getByText('I alt: 90 af 100. Vægtene skal summe til 100.').waitFor();
    await dialog.getByRole('button', { name: 'Gem kriterier' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Vægtene skal summe til 100 (i alt 90)' }).waitFor();
    await axeClean();
    expect(await t.dataSource.query('SELECT 1 FROM priority_criterion WHERE organisation_id = $1', [org.organisation.id])).toEqual([]);
    await second.getByLabel('Vægt (%)').fill('50');
    await dialog.getByText('I alt: 100 af 100').waitFor();
    await dialog.getByRole('button', { name: 'Gem kriterier' }).click();
    await page.getByText('Kriterierne er gemt').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const criteriaTable = page.getByRole('table', { name: /^Kriterierne og deres vægt/ });
    await criteriaTable.getByRole('row', { name: /Gevinstpotentiale/ }).waitFor();

    // The other initiative is scored through the API (lower); the gated one, past idé now, waits for a score.
    const criteria: { id: string; name: string }[] = (await admin.get('/api/v1/priority-criteria').expect(200)).body;
    await admin
      .put(`/api/v1/initiatives/${other.id}/priority-scores`)
      .send({ scores: criteria.map((c) => ({ criterionId: c.id, score: 2 })) })
      .expect(200);
    await page.reload();
    const unscored = page.getByRole('region', { name: 'Mangler score' });
    await unscored.getByRole('link', { name: new RegExp(gated.code) }).waitFor();
    await unscored.getByRole('button', { name: new RegExp(`^Scor ${gated.code}`) }).click();
    const scoring = page.getByRole('dialog', { name: 'Scor initiativ' });
    await scoring.waitFor();
    await chooseOption(scoring, /^Strategisk sigte/, '5 – i meget høj grad');
    await chooseOption(scoring, /^Gevinstpotentiale/, '4 – meget');
    await scoring.getByText('Prioritetsscore: 90 af 100').waitFor();
    await axeClean();
    await scoring.getByRole('button', { name: 'Gem score' }).click();
    await page.getByText('Scoren er gemt').waitFor();
    await scoring.waitFor({ state: 'detached' });

    // Ranked: the gated initiative (90) above the line, the other (40) below it; the line says what is available.
    const ranking = page.getByRole('table', { name: /^Initiativer efter prioritet/ });
    const cutoff = ranking.getByRole('rowheader', { name: /Tilgængelig finansiering/ });
    await cutoff.waitFor();
    expect(await cutoff.textContent()).toMatch(kr('Tilgængelig finansiering: 500.000'));
    const rows = await ranking.getByRole('row').allTextContents();
    const at = (text: string | RegExp) => rows.findIndex((row) => (typeof text === 'string' ? row.includes(text) : text.test(row)));
    expect(at(gated.code)).toBeGreaterThan(0);
    expect(at(gated.code)).toBeLessThan(at(/Tilgængelig finansiering/));
    expect(at(/Tilgængelig finansiering/)).toBeLessThan(at(other.code));
    expect(rows[at(gated.code)]).toMatch(kr('400.000'));
    expect(rows[at(other.code)]).toMatch(kr('700.000'));
    await page.getByRole('status').filter({ hasText: /1 initiativ af 2 kan finansieres/ }).waitFor();
    await axeClean();

    // A different amount in the filter goes into the URL and moves the line.
    await page.getByLabel('Tilgængelig finansiering (kr.)').fill('1.000.000');
    await page.waitForURL(/available=1000000/);
    await page.getByRole('status').filter({ hasText: /Alle 2 initiativer kan finansieres/ }).waitFor();

    // The risk appetite: one area stated.
    await page.getByRole('button', { name: 'Redigér risikovillighed' }).click();
    const appetite = page.getByRole('dialog', { name: 'Risikovillighed' });
    await appetite.waitFor();
    const technical = appetite.getByRole('group', { name: 'Teknisk' });
    await chooseOption(technical, 'Risikovillighed', 'Åben');
    await technical.getByLabel('Udsagn').fill('Vi afprøver ny teknologi i pilotprojekter.');
    await axeClean();
    await appetite.getByRole('button', { name: 'Gem risikovillighed' }).click();
    await page.getByText('Risikovilligheden er gemt').waitFor();
    const [stated] = await t.dataSource.query('SELECT category, appetite, statement FROM risk_appetite WHERE organisation_id = $1', [org.organisation.id]);
    expect(stated).toEqual({ category: 'technical', appetite: 'open', statement: 'Vi afprøver ny teknologi i pilotprojekter.' });
    await axeClean();
  });

  it('shows the advice catalogue under "Gode råd", accessible', async () => {
    await signIn(directorEmail);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Gode råd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gode råd' }).waitFor();
    await page.waitForURL(/\/raad$/);
    await axeClean();
  });
});
