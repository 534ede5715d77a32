import { benefitInput, goalInput } from '../factories/benefit.factory';
import { fundingLineInput } from '../factories/funding.factory';
import { steeringGroupInput } from '../factories/governance.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { riskInput } from '../factories/risk.factory';
import { ApiClient } from '../support/api-client';
import { daysFromToday, thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

interface VersionedCase {
  name: string;
  /** Creates the resource and returns its URL and the resource as the API answered it. */
  create: () => Promise<{ url: string; body: Record<string, unknown> }>;
  /** Fields sent again with the values they already have. */
  same: (body: Record<string, unknown>) => Record<string, unknown>;
  /** A real change. */
  change: Record<string, unknown>;
}

/**
 * A PATCH that changes nothing answers 200 with the resource as it is: the version stays (nobody else gets a 409 for
 * nothing) and the audit log gets no empty entry. Every PATCH route of the API is listed here; a real change still
 * bumps the version and is audited.
 */
describe('a PATCH that changes nothing', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let initiativeId: string;

  const auditRows = async (): Promise<number> => (await t.dataSource.query('SELECT count(*)::int AS n FROM audit_log'))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin', 'project_lead', 'finance', 'directorate']);
    initiativeId = (await admin.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id, { involvedDepartmentIds: [org.departments['OKD-IT'].id] })).expect(201)).body.id;
  });
  afterAll(() => t?.close());

  const created = async (url: string, body: object, at: string) => {
    const response = await admin.post(`/api/v1/${url}`).send(body).expect(201);
    return { url: `/api/v1/${at}/${response.body.id}`, body: response.body as Record<string, unknown> };
  };

  const cases: VersionedCase[] = [
    {
      name: 'initiative',
      create: async () => ({ url: `/api/v1/initiatives/${initiativeId}`, body: (await admin.get(`/api/v1/initiatives/${initiativeId}`).expect(200)).body }),
      same: (b) => ({ title: b.title, involvedDepartmentIds: [org.departments['OKD-IT'].id] }),
      change: { title: 'Et nyt navn' },
    },
    { name: 'benefit', create: () => created(`initiatives/${initiativeId}/benefits`, benefitInput(), 'benefits'), same: (b) => ({ title: b.title, unit: b.unit }), change: { title: 'Anden gevinst' } },
    { name: 'goal', create: () => created(`initiatives/${initiativeId}/goals`, goalInput(), 'goals'), same: (b) => ({ indicatorName: b.indicatorName }), change: { indicatorName: 'Ny indikator' } },
    {
      name: 'risk',
      create: () => created(`initiatives/${initiativeId}/risks`, riskInput(), 'risks'),
      same: (b) => ({ title: b.title, probability: b.probability, actions: (b.actions as { action: string; responsible: string | null; deadline: string | null; status: string }[]).map(({ action, responsible, deadline, status }) => ({ action, responsible, deadline, status })) }),
      change: { probability: 1 },
    },
    {
      name: 'funding line',
      create: () => created(`initiatives/${initiativeId}/funding-lines`, fundingLineInput(org.departments.OKD.id, { year: thisYear(), amount: 1000.5 }), 'funding-lines'),
      same: () => ({ amount: 1000.5, year: thisYear() }),
      change: { amount: 2000 },
    },
    {
      name: 'funding pool',
      create: () => created('funding-pools', { name: 'Puljen', rules: 'Højst to sider', years: [{ year: thisYear(), capital: 500000 }] }, 'funding-pools'),
      same: () => ({ name: 'Puljen', years: [{ year: thisYear(), capital: 500000 }] }),
      change: { name: 'Den nye pulje' },
    },
    {
      name: 'status report',
      create: () =>
        created(`initiatives/${initiativeId}/status-reports`, {
          periodStart: daysFromToday(-30),
          periodEnd: daysFromToday(0),
          overall: 'green',
          dimensions: { scope: 'green', time: 'amber', budget: 'green', benefits: 'green', risks: 'red' },
          summary: 'Robotten kører',
        }, 'status-reports'),
      same: () => ({ summary: 'Robotten kører', dimensions: { scope: 'green', time: 'amber', budget: 'green', benefits: 'green', risks: 'red' } }),
      change: { summary: 'Robotten er i drift' },
    },
    { name: 'strategic goal', create: () => created('strategic-goals', { title: 'Effektiv administration' }, 'strategic-goals'), same: () => ({ title: 'Effektiv administration' }), change: { title: 'Bedre service' } },
    { name: 'steering group', create: () => created('steering-groups', steeringGroupInput({ name: 'Digitaliseringsudvalget' }), 'steering-groups'), same: () => ({ name: 'Digitaliseringsudvalget', memberUserIds: [] }), change: { name: 'Udvalget' } },
    {
      name: 'portfolio review',
      create: async () => {
        const group = await created('steering-groups', steeringGroupInput(), 'steering-groups');
        return created('portfolio-reviews', { steeringGroupId: group.body.id, title: 'Porteføljemøde', heldOn: daysFromToday(14) }, 'portfolio-reviews');
      },
      same: () => ({ title: 'Porteføljemøde', heldOn: daysFromToday(14) }),
      change: { title: 'Ekstra møde' },
    },
    { name: 'user', create: () => created('users', { email: 'uaendret@test.gevinst.dk', name: 'Uændret', roles: ['finance'] }, 'users'), same: () => ({ name: 'Uændret', roles: ['finance'] }), change: { name: 'Ændret' } },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s: keeps the version and writes no audit row; a real change does both', async (_, c) => {
    const { url, body } = await c.create();
    const before = body as { version: number };
    const audited = await auditRows();

    for (const patch of [{}, c.same(body)]) {
      const unchanged = (await admin.patch(url).send({ version: before.version, ...patch }).expect(200)).body;
      expect(unchanged.version).toBe(before.version);
    }
    expect(await auditRows()).toBe(audited);
    // The version still guards: a stale one is refused even when nothing would change.
    await admin.patch(url).send({ version: before.version + 1 }).expect(409);

    const changed = (await admin.patch(url).send({ version: before.version, ...c.change }).expect(200)).body;
    expect(changed.version).toBe(before.version + 1);
    expect(await auditRows()).toBeGreaterThan(audited);
  });

  it('evaluation points and organisation settings (no version) write no audit row for the same values', async () => {
    const benefitId = (await admin.post(`/api/v1/initiatives/${initiativeId}/benefits`).send(benefitInput()).expect(201)).body.id;
    const [point] = (await admin.post(`/api/v1/benefits/${benefitId}/evaluation-points`).send({ dueDate: daysFromToday(60), label: 'Halvår' }).expect(201)).body;
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 412.5 }).expect(200);
    const audited = await auditRows();
    await admin.patch(`/api/v1/evaluation-points/${point.id}`).send({ dueDate: daysFromToday(60), label: 'Halvår' }).expect(200);
    await admin.patch(`/api/v1/evaluation-points/${point.id}`).send({ label: 'Halvår' }).expect(200);
    await admin.patch('/api/v1/organisation/settings').send({ hourlyRateDkk: 412.5 }).expect(200);
    expect(await auditRows()).toBe(audited);
    await admin.patch(`/api/v1/evaluation-points/${point.id}`).send({ label: 'Efter et halvt år' }).expect(200);
    expect(await auditRows()).toBeGreaterThan(audited);
  });
});
