import { type Benefit, type Decision, danishDay } from '@gevinst/domain';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { benefitInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { daysFromToday, danishShort, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

/** This year and the next two by the test run's clock (the API's): the case starts on 1 January this year. */
const Y = thisYear();
/** Amounts in the UI: a non-breaking space before "kr.". */
const kr = (text: string) => new RegExp(`${text.replace(/\./g, '\\.')}\\skr\\.`);

describeWithChromium('the simple business case on the initiative page', (chromiumPath) => {
  let t: TestApp;
  let org: OrganisationFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leadEmail: string;
  let lead: ApiClient;
  let director: ApiClient;
  let initiativeId: string;
  let money: Benefit;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    org = await createOrganisation(t.dataSource, { name: 'Casrup Kommune', codePrefix: 'BC' });
    const admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 400, discountRate: 0.035, horizonYears: 3 }).expect(200);
    const leadUser = await createUser(t.dataSource, org.organisation.id, ['project_lead'], { name: 'Pia Projektleder' });
    leadEmail = leadUser.email;
    lead = await ApiClient.signIn(t.server, leadUser);
    director = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);

    // The hand-calculated case of tests/api/business-case.test.ts: 100,000 kr. one-off this year, 10,000 kr. running
    // the next two; 60,000 kr. a year back (40,000–80,000 next year) and 100 freed hours next year.
    initiativeId = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id, { plannedStart: `${Y}-01-01` })).expect(201)).body.id;
    const line = (year: number, amount: number, category: 'acquisition' | 'operation') =>
      lead.post(`/api/v1/initiatives/${initiativeId}/funding-lines`).send(fundingLineInput(org.departments.OKD.id, { year, amount, category })).expect(201);
    await line(Y, 100_000, 'acquisition');
    await line(Y + 1, 10_000, 'operation');
    await line(Y + 2, 10_000, 'operation');
    money = (
      await lead
        .post(`/api/v1/initiatives/${initiativeId}/benefits`)
        .send(
          benefitInput({
            title: 'Færre fejl i bogføringen',
            type: 'economic',
            unit: 'DKK',
            years: [{ year: Y + 1, planned: 60_000, realised: null, plannedLow: 40_000, plannedHigh: 80_000 }, { year: Y + 2, planned: 60_000, realised: null }],
          }),
        )
        .expect(201)
    ).body;
    await lead.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput({ years: [{ year: Y + 1, planned: 100, realised: null }] })).expect(201);
    // A precondition in the benefit map, due in a month.
    await lead
      .post(`/api/v1/initiatives/${initiativeId}/benefit-map/nodes`)
      .send({ kind: 'change', title: 'Integration til økonomisystemet', dueDate: daysFromToday(30) })
      .expect(201);
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

  const section = () => page.getByRole('region', { name: 'Simpel business case' });

  /** Opens the initiative page and waits until the section (loaded with @defer on idle) shows its figures. */
  const openSection = async (): Promise<Locator> => {
    await signInWithPassword(page, t.baseUrl, leadEmail, TEST_PASSWORD);
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    await page.getByRole('heading', { level: 2, name: 'Simpel business case' }).waitFor();
    await section().getByRole('heading', { level: 3, name: 'Nøgletal pr. scenarie' }).waitFor();
    return section();
  };

  const scenarioCard = (scope: Locator, name: string) => scope.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name }) });

  it('shows NPV, payback and freed time per scenario in Danish numbers, with a table beside the chart', async () => {
    const bc = await openSection();
    expect(await bc.textContent()).toContain('Diskonteringsrente 3,5 % · horisont 3 år');
    // −100,000 + 50,000 / 1.035 + 50,000 / 1.035² = −5,015.29 (likely); pessimistic and optimistic from the benefit's low/high.
    expect(await scenarioCard(bc, 'Pessimistisk').textContent()).toMatch(kr('-24.339'));
    expect(await scenarioCard(bc, 'Forventet').textContent()).toMatch(kr('-5.015'));
    expect(await scenarioCard(bc, 'Optimistisk').textContent()).toMatch(kr('14.308'));
    expect(await scenarioCard(bc, 'Pessimistisk').textContent()).toContain('Ikke inden for horisonten');
    expect(await scenarioCard(bc, 'Forventet').textContent()).toContain(String(Y + 2));
    // 100 hours × 400 kr. a year after the base year, discounted, apart from cash.
    expect(await scenarioCard(bc, 'Forventet').textContent()).toMatch(kr('38.647'));
    await bc.getByText('Det er ikke penge, budgettet får tilbage', { exact: false }).waitFor();

    // The chart is described in words, and its numbers are in a table behind "Vis tabel".
    const figure = bc.getByRole('figure', { name: 'Kumuleret kontant nettobeløb pr. år' });
    await figure.waitFor();
    expect(await figure.getAttribute('aria-describedby')).toBeTruthy();
    await figure.getByRole('button', { name: /^Vis tabel/ }).click();
    const table = bc.getByRole('table', { name: 'Tabel: Kumuleret kontant nettobeløb pr. år' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['År', 'Pessimistisk', 'Forventet', 'Optimistisk']);
    const nextYear = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(Y + 1) }) });
    expect((await nextYear.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual(
      ['-70.000', '-50.000', '-30.000'].map((n) => `${n}\u00a0kr.`),
    );

    // Not yet approved at a gate; the map's open precondition with its due date.
    await bc.getByText('Business casen er ikke godkendt ved en fasegang endnu.', { exact: false }).waitFor();
    const precondition = bc.getByRole('listitem').filter({ hasText: 'Integration til økonomisystemet' });
    expect(await precondition.textContent()).toContain(`Frist ${danishShort(daysFromToday(30))}`);
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('puts the NPV as approved at the gate beside the NPV now, with the gate, its day and the difference', async () => {
    const gate: Decision = (
      await director.post(`/api/v1/initiatives/${initiativeId}/decisions`).send({ kind: 'approve_phase', toPhase: 'analysis', reason: 'Godkendt trods fund' }).expect(201)
    ).body;
    // After the gate, next year's benefit halves: the likely NPV falls from −5,015.29 to −34,000.79 kr.
    const benefits: Benefit[] = (await lead.get(`/api/v1/initiatives/${initiativeId}/benefits`).expect(200)).body;
    const current = benefits.find((b) => b.id === money.id)!;
    const halved = [{ year: Y + 1, planned: 30_000, realised: null, plannedLow: null, plannedHigh: null }, { year: Y + 2, planned: 60_000, realised: null }];
    await lead.put(`/api/v1/benefits/${money.id}/years`).send({ version: current.version, years: halved }).expect(200);

    const bc = await openSection();
    const compare = bc.getByRole('table', { name: /^Nutidsværdi som godkendt og nu/ });
    await compare.waitFor();
    expect(await compare.locator('caption').textContent()).toContain(`Godkendt ved fasegangen Idé → Analyse den ${danishShort(danishDay(new Date(gate.decidedAt)))}`);
    const likely = compare.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Forventet' }) });
    expect((await likely.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual(
      ['-5.015', '-34.001', '-28.986'].map((n) => `${n}\u00a0kr.`),
    );
    expect(await scenarioCard(bc, 'Forventet').textContent()).toMatch(kr('-34.001'));
    await page.waitForLoadState('networkidle');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
