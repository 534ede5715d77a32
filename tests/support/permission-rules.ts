import type { Action } from '@gevinst/domain';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { riskInput } from '../factories/risk.factory';
import { fundingLineInput } from '../factories/funding.factory';
import type { OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from './api-client';
import type { TestApp } from './test-app';
import { daysFromToday, thisYear } from './clock';

/** The expected access of every API operation, for tests/api/permission-matrix.test.ts. */

export type Target = 'own' | 'foreign';
export interface Ctx {
  t: TestApp;
  own: OrganisationFixture;
  foreign: OrganisationFixture;
  admin: ApiClient;
  foreignAdmin: ApiClient;
  leadUserId: string;
  /** Owns every benefit of the own organisation that the matrix creates. */
  ownerUserId: string;
}
export interface Call {
  path: string;
  body?: object;
}
export interface Rule {
  access: 'public' | 'signed-in' | Action;
  /** Status when allowed. */
  ok: number;
  /** Builds the call; `target` is set for operations on one object. */
  call: (ctx: Ctx, target: Target) => Promise<Call>;
  /** Operations on one object run for the own and a foreign object. */
  object?: boolean;
  /** The own object is led by the acting user when the role is the leading project lead. */
  initiative?: boolean;
  /** The own object is a benefit owned by the acting user when the role is the owning benefit owner. */
  benefit?: boolean;
  /** The own object is a risk owned by the acting user when the role is the owning benefit owner. */
  risk?: boolean;
}

export const freshInitiative = async (ctx: Ctx, target: Target): Promise<{ id: string; version: number }> => {
  const client = target === 'own' ? ctx.admin : ctx.foreignAdmin;
  const org = target === 'own' ? ctx.own : ctx.foreign;
  const body = (await client.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body;
  if (target === 'own') await ctx.t.dataSource.query('UPDATE initiative SET project_lead_id = $1 WHERE id = $2', [ctx.leadUserId, body.id]);
  return { id: body.id, version: body.version };
};

export const clientOf = (ctx: Ctx, target: Target) => (target === 'own' ? ctx.admin : ctx.foreignAdmin);

const freshGoal = async (ctx: Ctx, target: Target) => {
  const initiative = await freshInitiative(ctx, target);
  const body = (await clientOf(ctx, target).post(`/api/v1/initiatives/${initiative.id}/goals`).send(goalInput()).expect(201)).body;
  return { id: body.id as string, version: body.version as number };
};

export const freshBenefit = async (ctx: Ctx, target: Target) => {
  const initiative = await freshInitiative(ctx, target);
  const ownerUserId = target === 'own' ? ctx.ownerUserId : null;
  const body = (await clientOf(ctx, target).post(`/api/v1/initiatives/${initiative.id}/benefits`).send(benefitInput({ ownerUserId })).expect(201)).body;
  return { id: body.id as string, version: body.version as number };
};

/** An initiative with one benefit, so exports have a row to write. */
const freshBenefitInitiative = async (ctx: Ctx, target: Target): Promise<string> => {
  const initiative = await freshInitiative(ctx, target);
  await clientOf(ctx, target).post(`/api/v1/initiatives/${initiative.id}/benefits`).send(benefitInput()).expect(201);
  return initiative.id;
};

const freshStrategicGoal = async (ctx: Ctx, target: Target) => {
  const body = (await clientOf(ctx, target).post('/api/v1/strategic-goals').send({ title: 'Digital velfærd' }).expect(201)).body;
  return { id: body.id as string, version: body.version as number };
};

/** An open evaluation point of a fresh benefit (owned by the designated owner in the own organisation). */
const freshBenefitPoint = async (ctx: Ctx, target: Target): Promise<string> => {
  const { id } = await freshBenefit(ctx, target);
  const points = (await clientOf(ctx, target).post(`/api/v1/benefits/${id}/evaluation-points`).send({ dueDate: daysFromToday(60) }).expect(201)).body;
  return points[0].id as string;
};

/** A risk of a fresh initiative, owned by the designated owner in the own organisation. */
const freshRisk = async (ctx: Ctx, target: Target) => {
  const initiative = await freshInitiative(ctx, target);
  const ownerUserId = target === 'own' ? ctx.ownerUserId : null;
  const body = (await clientOf(ctx, target).post(`/api/v1/initiatives/${initiative.id}/risks`).send(riskInput({ ownerUserId })).expect(201)).body;
  return { id: body.id as string, version: body.version as number };
};

/** A proposed funding line of a fresh initiative (led by the designated lead in the own organisation). */
const freshFundingLine = async (ctx: Ctx, target: Target) => {
  const initiative = await freshInitiative(ctx, target);
  const org = target === 'own' ? ctx.own : ctx.foreign;
  const body = (
    await clientOf(ctx, target).post(`/api/v1/initiatives/${initiative.id}/funding-lines`).send(fundingLineInput(org.departments.OKD.id, { status: 'proposed' })).expect(201)
  ).body;
  return { id: body.id as string, version: body.version as number };
};

let pools = 0;
const freshPool = async (ctx: Ctx, target: Target) => {
  pools += 1;
  const body = (await clientOf(ctx, target).post('/api/v1/funding-pools').send({ name: `Pulje ${pools}`, years: [{ year: thisYear(), capital: 1_000_000 }] }).expect(201)).body;
  return { id: body.id as string, version: body.version as number };
};

const freshApplication = async (ctx: Ctx, target: Target) => {
  const pool = await freshPool(ctx, target);
  const initiative = await freshInitiative(ctx, target);
  const body = (
    await clientOf(ctx, target).post(`/api/v1/funding-pools/${pool.id}/applications`).send({ initiativeId: initiative.id, year: thisYear(), amount: 1000, purpose: 'Pilot' }).expect(201)
  ).body;
  return { id: body.id as string, version: body.version as number };
};

/** A score on every criterion of the own organisation (a set is configured when there is none yet). */
const ownCriterionScores = async (ctx: Ctx) => {
  let criteria: { id: string }[] = (await ctx.admin.get('/api/v1/priority-criteria').expect(200)).body;
  if (criteria.length === 0) {
    criteria = (await ctx.admin.put('/api/v1/priority-criteria').send({ criteria: [{ name: 'Strategisk sigte', weight: 100 }] }).expect(200)).body;
  }
  return criteria.map((c) => ({ criterionId: c.id, score: 3 }));
};

let groups = 0;
/** A department-level group without parent or members. */
const freshSteeringGroup = async (ctx: Ctx, target: Target) => {
  groups += 1;
  const body = (await clientOf(ctx, target).post('/api/v1/steering-groups').send({ name: `Styregruppe ${groups}`, level: 'department' }).expect(201)).body;
  return { id: body.id as string, version: body.version as number };
};

const statusReportBody = {
  periodStart: daysFromToday(-90),
  periodEnd: daysFromToday(-1),
  overall: 'green',
  dimensions: { scope: 'green', time: 'amber', budget: 'green', benefits: 'green', risks: 'green' },
  summary: 'På sporet',
};
/** A draft status report of a fresh initiative (led by the designated lead in the own organisation). */
const freshStatusReport = async (ctx: Ctx, target: Target) => {
  const initiative = await freshInitiative(ctx, target);
  const body = (await clientOf(ctx, target).post(`/api/v1/initiatives/${initiative.id}/status-reports`).send(statusReportBody).expect(201)).body;
  return { id: body.id as string, version: body.version as number };
};
/** A portfolio review of a fresh steering group (its agenda is empty: no initiative is steered by the group). */
const freshReview = async (ctx: Ctx, target: Target) => {
  const group = await freshSteeringGroup(ctx, target);
  const body = (
    await clientOf(ctx, target).post('/api/v1/portfolio-reviews').send({ steeringGroupId: group.id, title: 'Porteføljemøde', heldOn: daysFromToday(20) }).expect(201)
  ).body;
  return { id: body.id as string, version: body.version as number };
};

const measurement = { kind: 'during', measuredOn: daysFromToday(-30), value: 10 };
export const objectRule = (access: Rule['access'], ok: number, call: Rule['call'], extra: Partial<Rule> = {}): Rule => ({ access, ok, call, object: true, ...extra });

export const RULES: Record<string, Rule> = {
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
  'PATCH /api/v1/organisation/settings': {
    access: 'organisation.manage',
    ok: 200,
    call: async () => ({ path: '/api/v1/organisation/settings', body: { hourlyRateDkk: 450 } }),
  },
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
  'GET /api/v1/strategic-goals': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/strategic-goals' }) },
  'POST /api/v1/strategic-goals': { access: 'strategic_goal.manage', ok: 201, call: async () => ({ path: '/api/v1/strategic-goals', body: { title: 'Grøn omstilling' } }) },
  'PATCH /api/v1/strategic-goals/{id}': objectRule('strategic_goal.manage', 200, async (ctx, target) => {
    const { id, version } = await freshStrategicGoal(ctx, target);
    return { path: `/api/v1/strategic-goals/${id}`, body: { version, title: 'Omdøbt' } };
  }),
  'DELETE /api/v1/strategic-goals/{id}': objectRule('strategic_goal.manage', 204, async (ctx, target) => {
    const { id, version } = await freshStrategicGoal(ctx, target);
    return { path: `/api/v1/strategic-goals/${id}?version=${version}` };
  }),
  'GET /api/v1/initiatives/{id}/goals': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/goals`,
  })),
  'POST /api/v1/initiatives/{id}/goals': objectRule('goal.manage', 201, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/goals`,
    body: goalInput(),
  })),
  'PATCH /api/v1/goals/{id}': objectRule('goal.manage', 200, async (ctx, target) => {
    const { id, version } = await freshGoal(ctx, target);
    return { path: `/api/v1/goals/${id}`, body: { version, title: 'Nyt mål' } };
  }),
  'DELETE /api/v1/goals/{id}': objectRule('goal.manage', 204, async (ctx, target) => {
    const { id, version } = await freshGoal(ctx, target);
    return { path: `/api/v1/goals/${id}?version=${version}` };
  }),
  'GET /api/v1/goals/{id}/measurements': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/goals/${(await freshGoal(ctx, target)).id}/measurements`,
  })),
  'POST /api/v1/goals/{id}/measurements': objectRule('measurement.record', 201, async (ctx, target) => ({
    path: `/api/v1/goals/${(await freshGoal(ctx, target)).id}/measurements`,
    body: measurement,
  })),
  'GET /api/v1/goals/{id}/evaluation-points': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/goals/${(await freshGoal(ctx, target)).id}/evaluation-points`,
  })),
  'POST /api/v1/goals/{id}/evaluation-points': objectRule('goal.manage', 201, async (ctx, target) => ({
    path: `/api/v1/goals/${(await freshGoal(ctx, target)).id}/evaluation-points`,
    body: { dueDate: daysFromToday(60) },
  })),
  'POST /api/v1/goals/{id}/evaluation-points/schedule': objectRule('goal.manage', 201, async (ctx, target) => ({
    path: `/api/v1/goals/${(await freshGoal(ctx, target)).id}/evaluation-points/schedule`,
    body: { start: daysFromToday(-30), monthsApart: 3, count: 2 },
  })),
  'GET /api/v1/initiatives/{id}/benefits': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/benefits`,
  })),
  'POST /api/v1/initiatives/{id}/benefits': objectRule('benefit.manage', 201, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/benefits`,
    body: benefitInput(),
  })),
  'PATCH /api/v1/benefits/{id}': objectRule(
    'benefit.manage',
    200,
    async (ctx, target) => {
      const { id, version } = await freshBenefit(ctx, target);
      return { path: `/api/v1/benefits/${id}`, body: { version, title: 'Ny gevinst' } };
    },
    { benefit: true },
  ),
  'DELETE /api/v1/benefits/{id}': objectRule(
    'benefit.manage',
    204,
    async (ctx, target) => {
      const { id, version } = await freshBenefit(ctx, target);
      return { path: `/api/v1/benefits/${id}?version=${version}` };
    },
    { benefit: true },
  ),
  // The owner may record realised amounts as long as the planned profile stays as it is.
  'PUT /api/v1/benefits/{id}/years': objectRule(
    'measurement.record',
    200,
    async (ctx, target) => {
      const { id, version } = await freshBenefit(ctx, target);
      return { path: `/api/v1/benefits/${id}/years`, body: { version, years: [{ year: thisYear(), planned: 100, realised: 40 }] } };
    },
    { benefit: true },
  ),
  'GET /api/v1/benefits/{id}/measurements': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/benefits/${(await freshBenefit(ctx, target)).id}/measurements`,
  })),
  'POST /api/v1/benefits/{id}/measurements': objectRule(
    'measurement.record',
    201,
    async (ctx, target) => ({ path: `/api/v1/benefits/${(await freshBenefit(ctx, target)).id}/measurements`, body: measurement }),
    { benefit: true },
  ),
  'GET /api/v1/benefits/{id}/evaluation-points': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/benefits/${(await freshBenefit(ctx, target)).id}/evaluation-points`,
  })),
  'POST /api/v1/benefits/{id}/evaluation-points': objectRule(
    'benefit.manage',
    201,
    async (ctx, target) => ({ path: `/api/v1/benefits/${(await freshBenefit(ctx, target)).id}/evaluation-points`, body: { dueDate: daysFromToday(60) } }),
    { benefit: true },
  ),
  'POST /api/v1/benefits/{id}/evaluation-points/schedule': objectRule(
    'benefit.manage',
    201,
    async (ctx, target) => ({
      path: `/api/v1/benefits/${(await freshBenefit(ctx, target)).id}/evaluation-points/schedule`,
      body: { start: daysFromToday(-30), monthsApart: 3, count: 2 },
    }),
    { benefit: true },
  ),
  // One route for points of goals and of benefits: a benefit's point shows that owning the benefit is not enough.
  'PATCH /api/v1/evaluation-points/{id}': objectRule(
    'benefit.manage',
    200,
    async (ctx, target) => ({ path: `/api/v1/evaluation-points/${await freshBenefitPoint(ctx, target)}`, body: { dueDate: daysFromToday(90) } }),
    { benefit: true },
  ),
  'DELETE /api/v1/evaluation-points/{id}': objectRule(
    'benefit.manage',
    204,
    async (ctx, target) => ({ path: `/api/v1/evaluation-points/${await freshBenefitPoint(ctx, target)}` }),
    { benefit: true },
  ),
  'GET /api/v1/me/benefits': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/me/benefits' }) },
  'GET /api/v1/initiatives/{id}/benefit-summary': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/benefit-summary`,
  })),
  'GET /api/v1/initiatives/{id}/benefit-plan.xlsx': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${await freshBenefitInitiative(ctx, target)}/benefit-plan.xlsx`,
  })),
  'GET /api/v1/benefit-totals': { access: 'initiative.read', ok: 200, call: async () => ({ path: `/api/v1/benefit-totals?fromYear=${thisYear()}&toYear=${thisYear(1)}` }) },
  'GET /api/v1/risks': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/risks?band=high' }) },
  'GET /api/v1/risks/heat-map': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/risks/heat-map' }) },
  'GET /api/v1/initiatives/{id}/risks': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/risks`,
  })),
  'GET /api/v1/risks/template.xlsx': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/risks/template.xlsx' }) },
  'GET /api/v1/initiatives/{id}/risks/export.xlsx': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/risks/export.xlsx`,
  })),
  // Sent without a file: an allowed caller passes the access check and is told the file is missing (400).
  'POST /api/v1/initiatives/{id}/risks/import': objectRule('risk.manage', 400, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/risks/import`,
  })),
  'GET /api/v1/initiatives/{id}/risk-findings': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/risk-findings`,
  })),
  'POST /api/v1/initiatives/{id}/risks': objectRule('risk.manage', 201, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/risks`,
    body: riskInput(),
  })),
  'GET /api/v1/risks/{id}': objectRule('initiative.read', 200, async (ctx, target) => ({ path: `/api/v1/risks/${(await freshRisk(ctx, target)).id}` })),
  // The risk's owner (here a benefit owner) may update it; owning is not enough to delete it.
  'PATCH /api/v1/risks/{id}': objectRule(
    'risk.update',
    200,
    async (ctx, target) => {
      const { id, version } = await freshRisk(ctx, target);
      return { path: `/api/v1/risks/${id}`, body: { version, status: 'in_progress' } };
    },
    { risk: true },
  ),
  'DELETE /api/v1/risks/{id}': objectRule(
    'risk.manage',
    204,
    async (ctx, target) => {
      const { id, version } = await freshRisk(ctx, target);
      return { path: `/api/v1/risks/${id}?version=${version}` };
    },
    { risk: true },
  ),
  'GET /api/v1/initiatives/{id}/funding-lines': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/funding-lines`,
  })),
  'POST /api/v1/initiatives/{id}/funding-lines': objectRule('funding.propose', 201, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/funding-lines`,
    body: fundingLineInput((target === 'own' ? ctx.own : ctx.foreign).departments.OKD.id),
  })),
  'GET /api/v1/initiatives/{id}/funding-findings': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/funding-findings`,
  })),
  'GET /api/v1/initiatives/{id}/payers-and-gainers': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/payers-and-gainers`,
  })),
  'GET /api/v1/initiatives/{id}/business-case': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/business-case`,
  })),
  'PATCH /api/v1/funding-lines/{id}': objectRule('funding.propose', 200, async (ctx, target) => {
    const { id, version } = await freshFundingLine(ctx, target);
    return { path: `/api/v1/funding-lines/${id}`, body: { version, amount: 1234.56 } };
  }),
  'DELETE /api/v1/funding-lines/{id}': objectRule('funding.propose', 204, async (ctx, target) => {
    const { id, version } = await freshFundingLine(ctx, target);
    return { path: `/api/v1/funding-lines/${id}?version=${version}` };
  }),
  'GET /api/v1/funding-pools': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/funding-pools' }) },
  'POST /api/v1/funding-pools': {
    access: 'funding_pool.manage',
    ok: 201,
    call: async () => {
      pools += 1;
      return { path: '/api/v1/funding-pools', body: { name: `Ny pulje ${pools}`, years: [{ year: thisYear(), capital: 500_000 }] } };
    },
  },
  'GET /api/v1/funding-pools/{id}': objectRule('initiative.read', 200, async (ctx, target) => ({ path: `/api/v1/funding-pools/${(await freshPool(ctx, target)).id}` })),
  'PATCH /api/v1/funding-pools/{id}': objectRule('funding_pool.manage', 200, async (ctx, target) => {
    const { id, version } = await freshPool(ctx, target);
    return { path: `/api/v1/funding-pools/${id}`, body: { version, rules: 'Nye regler' } };
  }),
  // Applying is the initiative lead's: the pool is the object here, the initiative is led by the designated lead.
  'POST /api/v1/funding-pools/{id}/applications': objectRule('application.create', 201, async (ctx, target) => {
    const pool = await freshPool(ctx, target);
    const initiative = await freshInitiative(ctx, target);
    return { path: `/api/v1/funding-pools/${pool.id}/applications`, body: { initiativeId: initiative.id, year: thisYear(), amount: 500, purpose: 'Kursus' } };
  }),
  'GET /api/v1/pool-applications': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/pool-applications?status=applied' }) },
  'POST /api/v1/pool-applications/{id}/decision': objectRule('application.decide', 200, async (ctx, target) => {
    const { id, version } = await freshApplication(ctx, target);
    return { path: `/api/v1/pool-applications/${id}/decision`, body: { version, decision: 'granted' } };
  }),
  'GET /api/v1/finance/overview': { access: 'initiative.read', ok: 200, call: async () => ({ path: `/api/v1/finance/overview?fromYear=${thisYear()}&toYear=${thisYear(1)}` }) },
  'GET /api/v1/finance/export.xlsx': { access: 'initiative.read', ok: 200, call: async () => ({ path: `/api/v1/finance/export.xlsx?fromYear=${thisYear()}&toYear=${thisYear(1)}` }) },
  'GET /api/v1/finance/export.csv': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/finance/export.csv?status=confirmed' }) },
  'GET /api/v1/priority-criteria': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/priority-criteria' }) },
  'PUT /api/v1/priority-criteria': {
    access: 'priority.configure',
    ok: 200,
    call: async () => ({ path: '/api/v1/priority-criteria', body: { criteria: [{ name: 'Strategisk sigte', weight: 60 }, { name: 'Risiko', weight: 40, inverse: true }] } }),
  },
  'GET /api/v1/initiatives/{id}/priority-scores': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/priority-scores`,
  })),
  // Scoring is role-only (admin, directorate): leading the initiative does not let a project lead score it.
  'PUT /api/v1/initiatives/{id}/priority-scores': objectRule('priority.score', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/priority-scores`,
    body: { scores: await ownCriterionScores(ctx) },
  })),
  'GET /api/v1/prioritisation': { access: 'initiative.read', ok: 200, call: async () => ({ path: `/api/v1/prioritisation?fromYear=${thisYear()}&toYear=${thisYear(1)}` }) },
  'GET /api/v1/risk-appetite': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/risk-appetite' }) },
  'PUT /api/v1/risk-appetite': {
    access: 'priority.configure',
    ok: 200,
    call: async () => ({ path: '/api/v1/risk-appetite', body: { appetites: [{ category: 'supplier', appetite: 'cautious' }] } }),
  },
  'GET /api/v1/steering-groups': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/steering-groups' }) },
  'POST /api/v1/steering-groups': {
    access: 'steering_group.manage',
    ok: 201,
    call: async () => {
      groups += 1;
      return { path: '/api/v1/steering-groups', body: { name: `Ny styregruppe ${groups}`, level: 'project' } };
    },
  },
  'GET /api/v1/steering-groups/{id}': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/steering-groups/${(await freshSteeringGroup(ctx, target)).id}`,
  })),
  'PATCH /api/v1/steering-groups/{id}': objectRule('steering_group.manage', 200, async (ctx, target) => {
    const { id, version } = await freshSteeringGroup(ctx, target);
    return { path: `/api/v1/steering-groups/${id}`, body: { version, level: 'project' } };
  }),
  'DELETE /api/v1/steering-groups/{id}': objectRule('steering_group.manage', 204, async (ctx, target) => {
    const { id, version } = await freshSteeringGroup(ctx, target);
    return { path: `/api/v1/steering-groups/${id}?version=${version}` };
  }),
  'GET /api/v1/initiatives/{id}/governance': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/governance`,
  })),
  // Nothing set yet: the defaults carry version 1.
  'PUT /api/v1/initiatives/{id}/governance': objectRule('governance.manage', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/governance`,
    body: { version: 1, steeringGroupId: null },
  })),
  'POST /api/v1/initiatives/{id}/gate-request': objectRule('gate.request', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/gate-request`,
    body: { toPhase: 'analysis' },
  })),
  'DELETE /api/v1/initiatives/{id}/gate-request': objectRule('gate.request', 204, async (ctx, target) => {
    const { id } = await freshInitiative(ctx, target);
    await clientOf(ctx, target).post(`/api/v1/initiatives/${id}/gate-request`).send({ toPhase: 'analysis' }).expect(200);
    return { path: `/api/v1/initiatives/${id}/gate-request` };
  }),
  'GET /api/v1/initiatives/{id}/decisions': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/decisions`,
  })),
  // The directorate or the initiative's steering group chain decides. A fresh initiative has no steering group, so no
  // actor sits in its chain: only the directorate role may (admin may not), as the matrix's inSteeringGroup is false.
  'POST /api/v1/initiatives/{id}/decisions': objectRule('decision.record', 201, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/decisions`,
    body: { kind: 'scale' },
  })),
  'GET /api/v1/decisions': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/decisions?kind=approve_phase' }) },
  'GET /api/v1/status-reports/missing': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/status-reports/missing' }) },
  'GET /api/v1/initiatives/{id}/status-reports': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/status-reports`,
  })),
  'POST /api/v1/initiatives/{id}/status-reports': objectRule('status_report.write', 201, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/status-reports`,
    body: statusReportBody,
  })),
  'GET /api/v1/status-reports/{id}': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/status-reports/${(await freshStatusReport(ctx, target)).id}`,
  })),
  'PATCH /api/v1/status-reports/{id}': objectRule('status_report.write', 200, async (ctx, target) => {
    const { id, version } = await freshStatusReport(ctx, target);
    return { path: `/api/v1/status-reports/${id}`, body: { version, summary: 'Forsinket en måned' } };
  }),
  'DELETE /api/v1/status-reports/{id}': objectRule('status_report.write', 204, async (ctx, target) => {
    const { id, version } = await freshStatusReport(ctx, target);
    return { path: `/api/v1/status-reports/${id}?version=${version}` };
  }),
  'POST /api/v1/status-reports/{id}/submit': objectRule('status_report.write', 200, async (ctx, target) => {
    const { id, version } = await freshStatusReport(ctx, target);
    return { path: `/api/v1/status-reports/${id}/submit`, body: { version } };
  }),
  'GET /api/v1/portfolio-reviews': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/portfolio-reviews' }) },
  // Admin and the directorate create a review for any group; members and chairs for theirs, but no actor sits in one.
  'POST /api/v1/portfolio-reviews': {
    access: 'review.manage',
    ok: 201,
    call: async (ctx) => ({
      path: '/api/v1/portfolio-reviews',
      body: { steeringGroupId: (await freshSteeringGroup(ctx, 'own')).id, title: 'Porteføljemøde', heldOn: daysFromToday(20) },
    }),
  },
  'GET /api/v1/portfolio-reviews/{id}': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/portfolio-reviews/${(await freshReview(ctx, target)).id}`,
  })),
  'PATCH /api/v1/portfolio-reviews/{id}': objectRule('review.manage', 200, async (ctx, target) => {
    const { id, version } = await freshReview(ctx, target);
    return { path: `/api/v1/portfolio-reviews/${id}`, body: { version, notes: 'Referent: porteføljekontoret', status: 'held' } };
  }),
  'POST /api/v1/portfolio-reviews/{id}/agenda': objectRule('review.manage', 201, async (ctx, target) => {
    const review = await freshReview(ctx, target);
    const initiative = await freshInitiative(ctx, target);
    return { path: `/api/v1/portfolio-reviews/${review.id}/agenda`, body: { initiativeId: initiative.id } };
  }),
  'DELETE /api/v1/portfolio-reviews/{id}/agenda/{itemId}': objectRule('review.manage', 204, async (ctx, target) => {
    const review = await freshReview(ctx, target);
    const initiative = await freshInitiative(ctx, target);
    const body = (await clientOf(ctx, target).post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: initiative.id }).expect(201)).body;
    return { path: `/api/v1/portfolio-reviews/${review.id}/agenda/${body.agenda[0].id}` };
  }),
  'GET /api/v1/portfolio-reviews/{id}/minutes.html': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/portfolio-reviews/${(await freshReview(ctx, target)).id}/minutes.html`,
  })),
  'GET /api/v1/initiatives/{id}/health': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/health`,
  })),
  'GET /api/v1/health-check/portfolio': { access: 'initiative.read', ok: 200, call: async () => ({ path: '/api/v1/health-check/portfolio' }) },
  'GET /api/v1/portfolio/overview': { access: 'initiative.read', ok: 200, call: async () => ({ path: `/api/v1/portfolio/overview?year=${thisYear()}` }) },
  'GET /api/v1/portfolio/overview/initiatives': {
    access: 'initiative.read',
    ok: 200,
    call: async () => ({ path: '/api/v1/portfolio/overview/initiatives?figure=open_high_risks' }),
  },
};
