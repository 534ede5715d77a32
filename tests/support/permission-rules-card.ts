import { daysFromToday } from './clock';
import { clientOf, freshInitiative, objectRule } from './permission-rules';
import type { Ctx, Rule, Target } from './permission-rules';

/** The benefit cards' operations for the permission matrix: reading follows the initiative (and the group, the review). */

let packs = 0;

/** A steering group that steers one fresh initiative (a pack of one card). */
const freshPackGroup = async (ctx: Ctx, target: Target) => {
  packs += 1;
  const client = clientOf(ctx, target);
  const group = (await client.post('/api/v1/steering-groups').send({ name: `Kortgruppe ${packs}`, level: 'department' }).expect(201)).body;
  const { id: initiativeId } = await freshInitiative(ctx, target);
  await client.put(`/api/v1/initiatives/${initiativeId}/governance`).send({ version: 1, steeringGroupId: group.id }).expect(200);
  return { groupId: group.id as string, initiativeId };
};

/** A portfolio review with that initiative on its agenda. */
const freshPackReview = async (ctx: Ctx, target: Target) => {
  const { groupId, initiativeId } = await freshPackGroup(ctx, target);
  const client = clientOf(ctx, target);
  const review = (await client.post('/api/v1/portfolio-reviews').send({ steeringGroupId: groupId, title: 'Porteføljemøde', heldOn: daysFromToday(20) }).expect(201)).body;
  await client.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId });
  return review.id as string;
};

export const BENEFIT_CARD_RULES: Record<string, Rule> = {
  'GET /api/v1/initiatives/{id}/benefit-card.pdf': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/initiatives/${(await freshInitiative(ctx, target)).id}/benefit-card.pdf`,
  })),
  'GET /api/v1/steering-groups/{id}/benefit-cards.pdf': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/steering-groups/${(await freshPackGroup(ctx, target)).groupId}/benefit-cards.pdf`,
  })),
  'GET /api/v1/portfolio-reviews/{id}/benefit-cards.pdf': objectRule('initiative.read', 200, async (ctx, target) => ({
    path: `/api/v1/portfolio-reviews/${await freshPackReview(ctx, target)}/benefit-cards.pdf`,
  })),
};
