import type { BenefitSummary, InitiativeSummary, MyBenefit, Page, PortfolioBenefitTotals } from '@gevinst/domain';
import { seedDemoOrganisation } from '../../apps/api/src/database/seed/demo-seed';
import { DEMO_PASSWORD } from '../../apps/api/src/database/seed/demo-users';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

const danishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

describe('demo seed: goals, benefits and follow-up on the demo initiatives', () => {
  let t: TestApp;
  let owner: ApiClient;
  let initiatives: InitiativeSummary[];

  beforeAll(async () => {
    t = await startTestApp();
    expect(await seedDemoOrganisation(t.dataSource)).toBe(true);
    const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'gevinstejer@demo.gevinst.dk' });
    owner = await ApiClient.signIn(t.server, user, DEMO_PASSWORD);
    initiatives = ((await owner.get('/api/v1/initiatives?pageSize=100').expect(200)).body as Page<InitiativeSummary>).items;
  });
  afterAll(() => t?.close());

  const initiative = (title: string) => {
    const found = initiatives.find((i) => i.title === title);
    if (!found) throw new Error(`no demo initiative ${title}`);
    return found;
  };
  const summaryOf = async (title: string): Promise<BenefitSummary> =>
    (await owner.get(`/api/v1/initiatives/${initiative(title).id}/benefit-summary`).expect(200)).body;

  it('seeds only an empty database', async () => {
    expect(await seedDemoOrganisation(t.dataSource)).toBe(false);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM strategic_goal');
    expect(n).toBe(3);
  });

  it('shows the demo benefit owner their benefits with overdue evaluation points', async () => {
    const mine: MyBenefit[] = (await owner.get('/api/v1/me/benefits').expect(200)).body;
    expect(mine.length).toBeGreaterThanOrEqual(5);
    const overdue = mine.filter((b) => b.overdueCount > 0);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const today = danishToday();
    for (const benefit of overdue) {
      expect(benefit.openPoints.filter((p) => p.overdue).every((p) => p.dueDate < today)).toBe(true);
    }
    const robot = mine.find((b) => b.title === 'Frigjort tid til borgerne på dag- og botilbud');
    expect(robot).toMatchObject({ overdueCount: 2, latestMeasurement: { value: 615 } });
    expect(robot?.openPoints.some((p) => !p.overdue)).toBe(true);
  });

  it('has Rudersdal’s goal 76 % achieved (38 % of 50 % from a 0 % baseline)', async () => {
    const summary = await summaryOf('Softwarerobot til bogføring af regninger på dag- og botilbud');
    expect(summary.goals).toHaveLength(1);
    expect(summary.goals[0]).toMatchObject({ goal: { baselineValue: 0, targetValue: 50, unit: '%' }, latestMeasurement: { value: 38 } });
    expect(summary.goals[0].achievementPercent).toBeCloseTo(76, 10);
    expect(summary.nonQuantifiedCount).toBe(1);
  });

  it('has Ballerup’s task force projects adding up to 7,300 hours realised in their first year', async () => {
    const summary = await summaryOf('Taskforce for digitale arbejdsgange');
    const lastYear = Number(danishToday().slice(0, 4)) - 1;
    expect(summary.totals.find((x) => x.unit === 'hours' && x.year === lastYear)).toMatchObject({ realised: 7300 });
    expect(summary.goals[0].achievementPercent).toBeCloseTo(73, 10);
    const totals: PortfolioBenefitTotals = (await owner.get(`/api/v1/benefit-totals?fromYear=${lastYear}&toYear=${lastYear}`).expect(200)).body;
    expect(totals.byUnit.find((x) => x.unit === 'hours')?.realised).toBe(7300 + 380);
  });

  it('exports the demo plan', async () => {
    const response = await owner.get(`/api/v1/initiatives/${initiative('Taskforce for digitale arbejdsgange').id}/benefit-plan.xlsx`).expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="gevinstrealiseringsplan-DEM-2025-\d{3}\.xlsx"$/);
  });
});
