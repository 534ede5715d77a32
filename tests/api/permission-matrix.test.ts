import { can, ROLES } from '@gevinst/domain';
import type { Role } from '@gevinst/domain';
import request from 'supertest';
import { createOrganisation } from '../factories/organisation.factory';
import { ApiClient, createUser } from '../support/api-client';
import { Ctx, Rule, RULES as CORE_RULES, Target } from '../support/permission-rules';
import { BENEFIT_CARD_RULES } from '../support/permission-rules-card';
import { BENEFIT_MAP_RULES } from '../support/permission-rules-map';
import { startTestApp } from '../support/test-app';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';

/**
 * Every operation of the OpenAPI document × every role (and nobody) × an object of the own and of a foreign
 * organisation, against the expected status. An operation missing from RULES fails the test: a new route needs a rule.
 */

const RULES: Record<string, Rule> = { ...CORE_RULES, ...BENEFIT_MAP_RULES, ...BENEFIT_CARD_RULES };

type Actor = Role | 'leading project_lead' | 'owning benefit_owner' | 'anonymous';
const ACTORS: Actor[] = [...ROLES, 'leading project_lead', 'owning benefit_owner', 'anonymous'];

const rolesOf = (actor: Exclude<Actor, 'anonymous'>): Role[] =>
  actor === 'leading project_lead' ? ['project_lead'] : actor === 'owning benefit_owner' ? ['benefit_owner'] : [actor];

function expected(rule: Rule, actor: Actor, target: Target | null): number {
  if (rule.access === 'public') return rule.ok;
  if (actor === 'anonymous') return 401;
  if (rule.access === 'signed-in') return rule.ok;
  const roles = rolesOf(actor);
  const roleMayEver = can(roles, rule.access, { leadsInitiative: true, ownsBenefit: true, ownsRisk: true, inSteeringGroup: true });
  if (!roleMayEver) return 403;
  if (target === 'foreign') return 404;
  const subject = {
    leadsInitiative: actor === 'leading project_lead',
    ownsBenefit: actor === 'owning benefit_owner' && rule.benefit === true,
    ownsRisk: actor === 'owning benefit_owner' && rule.risk === true,
  };
  return can(roles, rule.access, subject) ? rule.ok : 403;
}

describe('permission matrix (from the OpenAPI document)', () => {
  let ctx: Ctx;
  const operations: string[] = [];

  beforeAll(async () => {
    const t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    const own = await createOrganisation(t.dataSource, { codePrefix: 'OWN' });
    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FOR' });
    const admin = await ApiClient.as(t.server, t.dataSource, own.organisation.id, ['admin']);
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const lead = await createUser(t.dataSource, own.organisation.id, ['project_lead']);
    const owner = await createUser(t.dataSource, own.organisation.id, ['benefit_owner']);
    ctx = { t, own, foreign, admin, foreignAdmin, leadUserId: lead.id, ownerUserId: owner.id };
    const doc = (await request(t.server).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) operations.push(`${method.toUpperCase()} ${path}`);
    }
  });
  afterAll(() => ctx?.t.close());

  it('has a rule for every operation in the OpenAPI document, and no rule for a route that is gone', () => {
    expect(operations.length).toBeGreaterThan(15);
    expect(operations.filter((op) => !RULES[op])).toEqual([]);
    expect(Object.keys(RULES).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it('answers every operation × role × organisation with the expected status', async () => {
    const shared = new Map<Actor, ApiClient>();
    const clientFor = async (actor: Exclude<Actor, 'anonymous'>, fresh: boolean): Promise<ApiClient> => {
      if (!fresh && shared.has(actor)) return shared.get(actor)!;
      // A password change ends the user's other sessions, so fresh sessions belong to fresh users.
      const designated = actor === 'leading project_lead' ? ctx.leadUserId : actor === 'owning benefit_owner' ? ctx.ownerUserId : null;
      const client =
        designated && !fresh
          ? await ApiClient.signIn(ctx.t.server, await reloadUser(ctx, designated))
          : await ApiClient.as(ctx.t.server, ctx.t.dataSource, ctx.own.organisation.id, rolesOf(actor));
      if (!fresh) shared.set(actor, client);
      return client;
    };
    const mismatches: string[] = [];
    let checked = 0;
    for (const operation of operations) {
      const rule = RULES[operation];
      if (!rule) continue;
      const method = operation.split(' ')[0].toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      for (const actor of ACTORS) {
        for (const target of rule.object ? (['own', 'foreign'] as Target[]) : [null]) {
          const { path, body } = await rule.call(ctx, target ?? 'own');
          // Ending the session or changing the password needs a session of its own; other calls share one per actor.
          const fresh = operation.startsWith('POST /api/v1/auth/');
          const client = actor === 'anonymous' ? null : await clientFor(actor, fresh);
          const call = client ? client[method](path) : request(ctx.t.server)[method](path);
          const response = await call.set('X-Forwarded-For', `10.${checked % 250}.0.1`).send(body);
          const want = expected(rule, actor, target);
          checked += 1;
          if (response.status !== want) mismatches.push(`${operation} as ${actor}${target ? ` on ${target}` : ''}: got ${response.status}, want ${want}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect(mismatches).toEqual([]);
  }, 180_000);
});

function reloadUser(ctx: Ctx, id: string) {
  return ctx.t.dataSource.getRepository(UserEntity).findOneByOrFail({ id });
}
