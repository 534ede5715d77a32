import type { Role } from '@gevinst/domain';
import { addDays } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { RiskActionEntity } from '../modules/risks/risk-action.entity';
import { RiskEntity } from '../modules/risks/risk.entity';
import type { DemoCalendar } from './demo-calendar';
import { DEMO_INITIATIVES } from './demo-data';
import { DEMO_RISKS } from './demo-risks';

export interface DemoRiskRefs {
  organisationId: string;
  /** Initiative ids by title. */
  initiativeIds: Map<string, string>;
  /** Demo user ids by role. */
  userIds: Map<Role, string>;
}

/** The risk logs of the demo initiatives with their actions, inside the seed's transaction. */
export async function seedDemoRisks(manager: EntityManager, refs: DemoRiskRefs, calendar: DemoCalendar): Promise<void> {
  const { organisationId } = refs;
  const { today } = calendar;
  const day = (offset: number) => calendar.day(offset);
  for (const log of DEMO_RISKS) {
    const initiativeId = refs.initiativeIds.get(log.initiative);
    const startDay = DEMO_INITIATIVES.find((i) => i.title === log.initiative)?.startDay;
    if (!initiativeId || startDay === undefined || startDay === null) throw new Error(`Demo risks name an unknown initiative or one without a planned start: ${log.initiative}`);
    // The planned start as the initiative was seeded with it (demo-seed.ts), weekend moves included.
    const start = calendar.workday(startDay);
    for (const [index, { owner, residual, identifiedFromStart, reviewedDay, actions, ...risk }] of log.risks.entries()) {
      const identifiedOn = addDays(start, identifiedFromStart);
      const lastReviewedOn = reviewedDay === null ? null : day(reviewedDay);
      if (identifiedOn > today || (lastReviewedOn !== null && lastReviewedOn < identifiedOn)) {
        throw new Error(`Demo risk "${risk.title}" is identified ${identifiedOn}, after today or after its last review ${lastReviewedOn}`);
      }
      const ownerUserId = owner === null ? null : refs.userIds.get(owner);
      if (ownerUserId === undefined) throw new Error(`No demo user has the role ${owner}`);
      const saved = await manager.getRepository(RiskEntity).save({
        organisationId,
        initiativeId,
        number: index + 1,
        ...risk,
        ownerUserId,
        residualProbability: residual?.[0] ?? null,
        residualConsequence: residual?.[1] ?? null,
        identifiedOn,
        lastReviewedOn,
      });
      if (actions.length > 0) {
        await manager.getRepository(RiskActionEntity).insert(
          actions.map((a, position) => ({
            organisationId,
            riskId: saved.id,
            position,
            action: a.action,
            responsible: a.responsible,
            deadline: a.deadlineDay === null ? null : day(a.deadlineDay),
            status: a.status,
          })),
        );
      }
    }
  }
}
