import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoOrganisation } from '../../apps/api/src/demo/demo-seed';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-users';
import { wcagViolations } from '../support/axe';
import { danishContext, describeWithChromium, launchChromium, signInWithPassword } from '../support/browser';
import { testClock } from '../support/clock';
import { pdfInfo } from '../support/pdf';
import { startTestApp, TestApp } from '../support/test-app';
import { webDistPath } from '../support/web-dist';

const RUDERSDAL = 'Softwarerobot til bogføring af regninger på dag- og botilbud';

describeWithChromium('the benefit map and the benefit card in the browser (demo data)', (chromiumPath) => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { WEB_DIST_PATH: webDistPath() } });
    await seedDemoOrganisation(t.dataSource, testClock());
    [{ id: initiativeId }] = await t.dataSource.query('SELECT id FROM initiative WHERE title = $1', [RUDERSDAL]);
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(async () => {
    context = await danishContext(browser, { acceptDownloads: true });
    page = await context.newPage();
    await signInWithPassword(page, t.baseUrl, 'projektleder@demo.gevinst.dk', DEMO_PASSWORD);
  });
  afterEach(() => context?.close());

  const linksFrom = async (title: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT COALESCE(tn.title, tb.title) AS title FROM benefit_map_link l JOIN benefit_map_node n ON n.id = l.from_node_id
         LEFT JOIN benefit_map_node tn ON tn.id = l.to_node_id LEFT JOIN benefit tb ON tb.id = l.to_benefit_id
         WHERE n.initiative_id = $1 AND n.title = $2 ORDER BY 1`,
        [initiativeId, title],
      )
    ).map((row: { title: string }) => row.title);

  it('builds a small map by keyboard only: a delivery, a change and the link between them; axe finds nothing', async () => {
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    await page.getByRole('link', { name: 'Gevinstdiagram' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gevinstdiagram' }).waitFor();
    await page.getByRole('heading', { name: 'Diagrammet som liste' }).waitFor();
    const status = page.getByRole('status').filter({ hasText: /./ });

    // A delivery: type the title and press Enter.
    await page.getByLabel('Titel', { exact: true }).focus();
    await page.keyboard.type('Robot sat i drift');
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Leverance »Robot sat i drift« er tilføjet' }).waitFor();

    // A change: choose the type with the arrow key, tab to the title.
    await page.getByLabel('Type', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bogholderne bruger den nye rutine');
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Forandring »Bogholderne bruger den nye rutine« er tilføjet' }).waitFor();

    // The link: type-ahead in the two lists, tab to "Forbind" and press Enter.
    await page.getByLabel('Fra', { exact: true }).focus();
    await page.keyboard.type('Leverance: Robot');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Forandring: Bogholderne');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await status.filter({ hasText: '»Robot sat i drift« fører nu til »Bogholderne bruger den nye rutine«' }).waitFor();
    expect(await linksFrom('Robot sat i drift')).toEqual(['Bogholderne bruger den nye rutine']);

    // The drawing and its text equivalent say the same.
    const drawing = page.getByRole('img', { name: /^Gevinstdiagram med \d+ elementer og \d+ forbindelser/ });
    await drawing.waitFor();
    expect(await drawing.locator('.node--delivery').count()).toBeGreaterThanOrEqual(1);
    const item = page.getByRole('listitem').filter({ hasText: 'Robot sat i drift' }).first();
    expect(await item.textContent()).toContain('Fører til:');
    expect(await wcagViolations(page)).toEqual([]);

    // Zoom by keyboard, then remove the link again.
    await page.getByRole('button', { name: 'Zoom ind' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('125 %').waitFor();
    await page.getByRole('button', { name: 'Fjern forbindelsen fra Robot sat i drift til Bogholderne bruger den nye rutine' }).focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Forbindelsen fra »Robot sat i drift« til »Bogholderne bruger den nye rutine« er fjernet' }).waitFor();
    expect(await linksFrom('Robot sat i drift')).toEqual([]);
  });

  it('downloads the one-page benefit card from the initiative page', async () => {
    await page.goto(`${t.baseUrl}/initiativer/${initiativeId}`);
    const link = page.getByRole('link', { name: 'Hent gevinstkort (PDF)' });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^gevinstkort-.+\.pdf$/);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // poppler-utils come with the test setup (.ci/run); without them this fails naming pdfinfo.
    expect(pdfInfo(pdf)['Pages']).toBe('1');
  });
});
