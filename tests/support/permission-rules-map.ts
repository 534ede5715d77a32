import type { BenefitMap } from '@gevinst/domain';
import { clientOf, freshBenefit, freshInitiative, objectRule } from './permission-rules';
import type { Ctx, Rule, Target } from './permission-rules';

/** The benefit map's operations for the permission matrix: reading follows the initiative, changing it benefit.manage. */

const mapUrl = (initiativeId: string) => `/api/v1/initiatives/${initiativeId}/benefit-map`;

/** A fresh initiative whose map has one change leading to one benefit. */
const freshMap = async (ctx: Ctx, target: Target) => {
  const { id: benefitId } = await freshBenefit(ctx, target);
  const [{ initiative_id: initiativeId }] = await ctx.t.dataSource.query('SELECT initiative_id FROM benefit WHERE id = $1', [benefitId]);
  const map: BenefitMap = (await clientOf(ctx, target).post(`${mapUrl(initiativeId)}/nodes`).send({ kind: 'change', title: 'Ny arbejdsgang' }).expect(201)).body;
  const change = map.nodes.find((n) => n.kind === 'change');
  if (!change) throw new Error('the map has no change');
  await clientOf(ctx, target).post(`${mapUrl(initiativeId)}/links`).send({ from: change.id, to: benefitId }).expect(201);
  return { initiativeId: initiativeId as string, changeId: change.id, benefitId };
};

export const BENEFIT_MAP_RULES: Record<string, Rule> = {
  'GET /api/v1/initiatives/{id}/benefit-map': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: mapUrl((await freshInitiative(ctx, target)).id),
  })),
  'POST /api/v1/initiatives/{id}/benefit-map/nodes': objectRule('benefit.manage', 201, async (ctx, target) => ({
    path: `${mapUrl((await freshInitiative(ctx, target)).id)}/nodes`,
    body: { kind: 'delivery', title: 'Ny leverance' },
  })),
  'PATCH /api/v1/benefit-map-nodes/{id}': objectRule('benefit.manage', 200, async (ctx, target) => ({
    path: `/api/v1/benefit-map-nodes/${(await freshMap(ctx, target)).changeId}`,
    body: { version: 1, status: 'done' },
  })),
  'DELETE /api/v1/benefit-map-nodes/{id}': objectRule('benefit.manage', 204, async (ctx, target) => ({
    path: `/api/v1/benefit-map-nodes/${(await freshMap(ctx, target)).changeId}?version=1`,
  })),
  'POST /api/v1/initiatives/{id}/benefit-map/links': objectRule('benefit.manage', 201, async (ctx, target) => {
    const { initiativeId, changeId } = await freshMap(ctx, target);
    const map: BenefitMap = (await clientOf(ctx, target).post(`${mapUrl(initiativeId)}/nodes`).send({ kind: 'delivery', title: 'Robot' }).expect(201)).body;
    const delivery = map.nodes.find((n) => n.kind === 'delivery');
    return { path: `${mapUrl(initiativeId)}/links`, body: { from: delivery?.id, to: changeId } };
  }),
  'DELETE /api/v1/initiatives/{id}/benefit-map/links': objectRule('benefit.manage', 204, async (ctx, target) => {
    const { initiativeId, changeId, benefitId } = await freshMap(ctx, target);
    return { path: `${mapUrl(initiativeId)}/links?from=${changeId}&to=${benefitId}` };
  }),
};
