import { can, ROLES } from '@gevinst/domain';
import type { Action, Role } from '@gevinst/domain';
import request from 'supertest';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';

/**
 * Every operation of the OpenAPI document × every role (and nobody) × an object of the own and of a foreign
 * organisation, against the expected status. An operation missing from RULES fails the test: a new route needs a rule.
 */
type Target = 'own' | 'foreign';
interface Ctx {
  t: TestApp;
  own: OrganisationFixture;
  foreign: OrganisationFixture;
  admin: ApiClient;
  foreignAdmin: ApiClient;
  leadUserId: string;
}
interface Call {
  path: string;
  body?: object;
}
interface Rule {
  access: 'public' | 'signed-in' | Action;
  /** Status when allowed. */
  ok: number;
  /** Builds the call; `target` is set for operations on one object. */
  call: (ctx: Ctx, target: Target) => Promise<Call>;
  /** Operations on one object run for the own and a foreign object. */
  object?: boolean;
  /** The own object is led by the acting user when the role is the leading project lead. */
  initiative?: boolean;
}

const freshInitiative = async (ctx: Ctx, target: Target): Promise<{ id: string; version: number }> => {
  const client = target === 'own' ? ctx.admin : ctx.foreignAdmin;
  const org = target === 'own' ? ctx.own : ctx.foreign;
  const body = (await client.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body;
  if (target === 'own') await ctx.t.dataSource.query('UPDATE initiative SET project_lead_id = $1 WHERE id = $2', [ctx.leadUserId, body.id]);
  return { id: body.id, version: body.version };
};

const RULES: Record<string, Rule> = {
  'GET /api/v1/health/live': { access: 'public', ok: 200, call: async () => ({ path: '/api/v1/health/live' }) },
  'GET /api/v1/health/ready': { access: 'public', ok: 200, call: async () => ({ path: '/api/v1/health/ready' }) },
  'GET /api/v1/auth/options': { access: 'public', ok: 200, call: async () => ({ path: '/api/v1/auth/options' }) },
  'POST /api/v1/auth/login': {
    access: 'public',
    ok: 200,
    call: async (ctx) => {
      const user = await createUser(ctx.t.dataSource, ctx.own.organisation.id, ['finance']);
      return { path: '/api/v1/auth/login', body: { email: user.email, password: TEST_PASSWORD } };
    },
  },
  'GET /api/v1/auth/oidc/start': { access: 'public', ok: 404, call: async () => ({ path: '/api/v1/auth/oidc/start' }) },
  'GET /api/v1/auth/oidc/callback': { access: 'public', ok: 404, call: async () => ({ path: '/api/v1/auth/oidc/callback' }) },
  'POST /api/v1/auth/logout': { access: 'signed-in', ok: 204, call: async () => ({ path: '/api/v1/auth/logout' }) },
  'GET /api/v1/auth/me': { access: 'signed-in', ok: 200, call: async () => ({ path: '/api/v1/auth/me' }) },
  'POST /api/v1/auth/password': {
    access: 'signed-in',
    ok: 204,
    call: async () => ({ path: '/api/v1/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  },
  'GET /api/v1/organisation': { access: 'organisation.read', ok: 200, call: async () => ({ path: '/api/v1/organisation' }) },
  'GET /api/v1/departments': { access: 'department.read', ok: 200, call: async () => ({ path: '/api/v1/departments' }) },
  'GET /api/v1/initiatives': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/initiatives' }) },
  'GET /api/v1/initiatives/phase-counts': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/initiatives/phase-counts' }) },
  'POST /api/v1/initiatives': {
    access: 'initiative.create',
    ok: 201,
    call: async (ctx) => ({ path: '/api/v1/initiatives', body: initiativeInput(ctx.own.departments.OKD.id) }),
  },
  'GET /api/v1/initiatives/{id}': {
    access: 'initiative.read',
    ok: 200,
    object: true,
    initiative: true,
    call: async (ctx, target) => ({ path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}` }),
  },
  'GET /api/v1/initiatives/{id}/history': {
    access: 'initiative.read',
    ok: 200,
    object: true,
    initiative: true,
    call: async (ctx, target) => ({ path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/history` }),
  },
  'PATCH /api/v1/initiatives/{id}': {
    access: 'initiative.update',
    ok: 200,
    object: true,
    initiative: true,
    call: async (ctx, target) => {
      const { id, version } = await freshInitiative(ctx, target);
      return { path: `/api/v1/initiatives/${id}`, body: { version, title: 'Ændret titel' } };
    },
  },
  'POST /api/v1/initiatives/{id}/archive': {
    access: 'initiative.archive',
    ok: 200,
    object: true,
    initiative: true,
    call: async (ctx, target) => {
      const { id, version } = await freshInitiative(ctx, target);
      return { path: `/api/v1/initiatives/${id}/archive`, body: { version } };
    },
  },
  'POST /api/v1/initiatives/{id}/restore': {
    access: 'initiative.archive',
    ok: 200,
    object: true,
    initiative: true,
    call: async (ctx, target) => {
      const { id, version } = await freshInitiative(ctx, target);
      return { path: `/api/v1/initiatives/${id}/restore`, body: { version } };
    },
  },
  'GET /api/v1/users': { access: 'user.read', ok: 200, call: async () => ({ path: '/api/v1/users' }) },
  'POST /api/v1/users': {
    access: 'user.manage',
    ok: 201,
    call: async () => ({ path: '/api/v1/users', body: { email: `ny.${Math.random().toString(36).slice(2)}@test.gevinst.dk`, name: 'Ny', roles: ['finance'] } }),
  },
  'PATCH /api/v1/users/{id}': {
    access: 'user.manage',
    ok: 200,
    object: true,
    call: async (ctx, target) => {
      const org = target === 'own' ? ctx.own : ctx.foreign;
      const user = await createUser(ctx.t.dataSource, org.organisation.id, ['finance']);
      return { path: `/api/v1/users/${user.id}`, body: { version: 1, name: 'Omdøbt' } };
    },
  },
  'GET /api/v1/audit': { access: 'audit.read', ok: 200, call: async () => ({ path: '/api/v1/audit' }) },
};

type Actor = Role | 'leading project_lead' | 'anonymous';
const ACTORS: Actor[] = [...ROLES, 'leading project_lead', 'anonymous'];

function expected(rule: Rule, actor: Actor, target: Target | null): number {
  if (rule.access === 'public') return rule.ok;
  if (actor === 'anonymous') return 401;
  if (rule.access === 'signed-in') return rule.ok;
  const roles: Role[] = actor === 'leading project_lead' ? ['project_lead'] : [actor];
  const roleMayEver = can(roles, rule.access, { leadsInitiative: true });
  if (!roleMayEver) return 403;
  if (target === 'foreign') return 404;
  return can(roles, rule.access, { leadsInitiative: actor === 'leading project_lead' }) ? rule.ok : 403;
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
    ctx = { t, own, foreign, admin, foreignAdmin, leadUserId: lead.id };
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
      const client =
        actor === 'leading project_lead' && !fresh
          ? await ApiClient.signIn(ctx.t.server, await reloadLead(ctx))
          : await ApiClient.as(ctx.t.server, ctx.t.dataSource, ctx.own.organisation.id, [actor === 'leading project_lead' ? 'project_lead' : actor]);
      if (!fresh) shared.set(actor, client);
      return client;
    };
    const mismatches: string[] = [];
    let checked = 0;
    for (const operation of operations) {
      const rule = RULES[operation];
      if (!rule) continue;
      const method = operation.split(' ')[0].toLowerCase() as 'get' | 'post' | 'patch';
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

function reloadLead(ctx: Ctx) {
  return ctx.t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: ctx.leadUserId });
}
