import { ROLES } from '@gevinst/domain';
import { benefitInput, goalInput } from '../../factories/benefit.factory';
import { fundingLineInput } from '../../factories/funding.factory';
import { initiativeInput } from '../../factories/initiative.factory';
import type { OrganisationFixture } from '../../factories/organisation.factory';
import { riskInput } from '../../factories/risk.factory';
import { ApiClient, createUser } from '../api-client';
import { daysFromToday, thisYear } from '../clock';
import type { TestApp } from '../test-app';
import type { IdBook } from './sample-body';

/** The table behind each path slot, to read the object's current version. */
const SLOT_TABLES: Record<string, string> = {
  'initiatives/{id}': 'initiative',
  'strategic-goals/{id}': 'strategic_goal',
  'steering-groups/{id}': 'steering_group',
  'goals/{id}': 'goal',
  'benefits/{id}': 'benefit',
  'evaluation-points/{id}': 'evaluation_point',
  'risks/{id}': 'risk',
  'funding-pools/{id}': 'funding_pool',
  'funding-lines/{id}': 'funding_line',
  'pool-applications/{id}': 'pool_application',
  'status-reports/{id}': 'status_report',
  'portfolio-reviews/{id}': 'portfolio_review',
  'agenda/{itemId}': 'review_item',
  'users/{id}': 'app_user',
  'benefit-map-nodes/{id}': 'benefit_map_node',
};

type Body = Record<string, unknown>;

/**
 * An organisation with one of everything, created through the API as a user holding every role: an initiative
 * (steered, scored, with a decision and a pending gate request) with a goal, a benefit, measurements, an evaluation
 * point, a risk, a funding line, a pool application and a status report; a portfolio review with an agenda item.
 * Returns the ids by path slot, each with its version as stored now.
 */
export async function seedOrganisation(t: TestApp, fixture: OrganisationFixture): Promise<{ book: IdBook; client: ApiClient }> {
  const client = await ApiClient.as(t.server, t.dataSource, fixture.organisation.id, [...ROLES]);
  const send = async (method: 'post' | 'put', path: string, body: object, status = method === 'post' ? 201 : 200): Promise<Body> => {
    const response = await client[method](`/api/v1${path}`).send(body);
    if (response.status !== status) throw new Error(`seeding ${method.toUpperCase()} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as Body;
  };
  const id = (body: Body) => String(body.id);
  const department = fixture.departments.OKD.id;
  const owner = await createUser(t.dataSource, fixture.organisation.id, ['benefit_owner', 'project_lead']);

  const strategicGoal = id(await send('post', '/strategic-goals', { title: 'Digital velfærd' }));
  const group = id(await send('post', '/steering-groups', { name: 'Styregruppe for digitalisering', level: 'department', chairUserId: owner.id }));
  const initiative = id(await send('post', '/initiatives', initiativeInput(department)));
  const other = id(await send('post', '/initiatives', initiativeInput(department)));
  await send('put', `/initiatives/${initiative}/governance`, { version: 1, steeringGroupId: group, projectOwnerUserId: owner.id });
  const goal = id(await send('post', `/initiatives/${initiative}/goals`, goalInput({ strategicGoalId: strategicGoal })));
  const measurement = { kind: 'during', measuredOn: daysFromToday(-30), value: 10 };
  await send('post', `/goals/${goal}/measurements`, measurement);
  const benefit = id(await send('post', `/initiatives/${initiative}/benefits`, benefitInput({ ownerUserId: owner.id, goalId: goal })));
  await send('post', `/benefits/${benefit}/measurements`, measurement);
  const points = (await send('post', `/benefits/${benefit}/evaluation-points`, { dueDate: daysFromToday(60) })) as unknown as Body[];
  const risk = id(await send('post', `/initiatives/${initiative}/risks`, riskInput({ ownerUserId: owner.id })));
  const pool = id(await send('post', '/funding-pools', { name: 'Digitaliseringspuljen', years: [{ year: thisYear(), capital: 1_000_000 }] }));
  const fundingLine = id(await send('post', `/initiatives/${initiative}/funding-lines`, fundingLineInput(department)));
  const application = id(
    await send('post', `/funding-pools/${pool}/applications`, { initiativeId: initiative, year: thisYear(), amount: 50_000, purpose: 'Pilot' }),
  );
  const report = id(
    await send('post', `/initiatives/${initiative}/status-reports`, {
      periodStart: daysFromToday(-90),
      periodEnd: daysFromToday(-1),
      overall: 'green',
      dimensions: { scope: 'green', time: 'amber', budget: 'green', benefits: 'green', risks: 'green' },
      summary: 'På sporet',
    }),
  );
  const review = id(await send('post', '/portfolio-reviews', { steeringGroupId: group, title: 'Porteføljemøde', heldOn: daysFromToday(20) }));
  const withAgenda = await send('post', `/portfolio-reviews/${review}/agenda`, { initiativeId: other });
  const item = (withAgenda.agenda as { id: string; initiative: { id: string } }[]).find((i) => i.initiative.id === other);
  const criteria = (await send('put', '/priority-criteria', { criteria: [{ name: 'Strategisk sigte', weight: 100 }] })) as unknown as Body[];
  await send('put', `/initiatives/${initiative}/priority-scores`, { scores: [{ criterionId: criteria[0].id, score: 4 }] });
  await send('put', '/risk-appetite', { appetites: [{ category: 'technical', appetite: 'cautious' }] });
  await send('post', `/initiatives/${initiative}/decisions`, { kind: 'scale', reason: 'Udbredes til hele forvaltningen' });
  await send('post', `/initiatives/${initiative}/gate-request`, { toPhase: 'analysis' }, 200);
  const map = await send('post', `/initiatives/${initiative}/benefit-map/nodes`, { kind: 'change', title: 'Ny arbejdsgang', dueDate: daysFromToday(30) }, 201);
  const change = (map.nodes as { id: string; kind: string }[]).find((n) => n.kind === 'change');
  if (change) await send('post', `/initiatives/${initiative}/benefit-map/links`, { from: change.id, to: benefit });

  const ids: Record<string, string | undefined> = {
    'initiatives/{id}': initiative,
    'strategic-goals/{id}': strategicGoal,
    'steering-groups/{id}': group,
    'goals/{id}': goal,
    'benefits/{id}': benefit,
    'evaluation-points/{id}': points[0] ? String(points[0].id) : undefined,
    'risks/{id}': risk,
    'funding-pools/{id}': pool,
    'funding-lines/{id}': fundingLine,
    'pool-applications/{id}': application,
    'status-reports/{id}': report,
    'portfolio-reviews/{id}': review,
    'agenda/{itemId}': item?.id,
    'users/{id}': owner.id,
    'benefit-map-nodes/{id}': change?.id,
  };
  const book: IdBook = { department: { id: department }, 'other-department': { id: fixture.departments.SOS.id }, criterion: { id: String(criteria[0].id) } };
  for (const [slot, value] of Object.entries(ids)) {
    if (!value) throw new Error(`seeding left ${slot} without an id`);
    book[slot] = { id: value, version: await versionOf(t, SLOT_TABLES[slot], value) };
  }
  return { book, client };
}

async function versionOf(t: TestApp, table: string | undefined, id: string): Promise<number | undefined> {
  if (!table) return undefined;
  const columns: unknown[] = await t.dataSource.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'version'`,
    [table],
  );
  if (columns.length === 0) return undefined;
  const [row] = (await t.dataSource.query(`SELECT version FROM "${table}" WHERE id = $1`, [id])) as { version: number }[];
  return row?.version;
}
