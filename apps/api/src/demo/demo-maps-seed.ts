import type { EntityManager } from 'typeorm';
import { MapLinkEntity } from '../modules/benefit-map/map-link.entity';
import { MapNodeEntity } from '../modules/benefit-map/map-node.entity';
import type { DemoCalendar } from './demo-calendar';
import { DEMO_MAPS } from './demo-maps';

export interface DemoMapRefs {
  organisationId: string;
  initiativeIds: Map<string, string>;
  userIds: { projectLeadId: string; benefitOwnerId: string };
}

/** The demo's benefit maps, after its benefits (links end at them), inside the seed's transaction. */
export async function seedDemoMaps(manager: EntityManager, refs: DemoMapRefs, calendar: DemoCalendar): Promise<void> {
  const { organisationId } = refs;
  for (const demo of DEMO_MAPS) {
    const initiativeId = refs.initiativeIds.get(demo.initiative);
    if (!initiativeId) throw new Error(`A demo map names an unknown initiative: ${demo.initiative}`);
    const ids = new Map<string, string>();
    for (const node of demo.nodes) {
      const { identifiers } = await manager.getRepository(MapNodeEntity).insert({
        organisationId,
        initiativeId,
        kind: node.kind,
        title: node.title,
        description: null,
        ownerUserId: node.owner === 'benefit_owner' ? refs.userIds.benefitOwnerId : node.owner === 'project_lead' ? refs.userIds.projectLeadId : null,
        dueDate: node.dueDay === undefined ? null : calendar.day(node.dueDay),
        status: node.kind === 'change' ? (node.status ?? 'open') : null,
      });
      ids.set(node.key, identifiers[0].id as string);
    }
    const benefits: { id: string; title: string }[] = await manager.query('SELECT id, title FROM benefit WHERE initiative_id = $1', [initiativeId]);
    const benefitIds = new Map(benefits.map((b) => [`benefit:${b.title}`, b.id]));
    const rows = demo.links.map(([from, to]) => {
      const fromNodeId = ids.get(from);
      const toNodeId = ids.get(to) ?? null;
      const toBenefitId = toNodeId ? null : (benefitIds.get(to) ?? null);
      if (!fromNodeId || (!toNodeId && !toBenefitId)) throw new Error(`A demo map link names an unknown node: ${from} → ${to}`);
      return { organisationId, initiativeId, fromNodeId, toNodeId, toBenefitId };
    });
    await manager.getRepository(MapLinkEntity).insert(rows);
  }
}
