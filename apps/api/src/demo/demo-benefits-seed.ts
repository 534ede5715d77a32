import { timeStudy } from '@gevinst/domain';
import type { TimeStudyRecord } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import type { DemoCalendar } from './demo-calendar';
import { BenefitYearEntity } from '../modules/benefits/benefit-year.entity';
import { BenefitEntity } from '../modules/benefits/benefit.entity';
import { GoalEntity } from '../modules/goals/goal.entity';
import { EvaluationPointEntity } from '../modules/measurements/evaluation-point.entity';
import { MeasurementEntity } from '../modules/measurements/measurement.entity';
import { StrategicGoalEntity } from '../modules/strategic-goals/strategic-goal.entity';
import { DEMO_BENEFITS, DEMO_STRATEGIC_GOALS, DemoFollowUp } from './demo-benefits';

export interface DemoBenefitRefs {
  organisationId: string;
  /** Initiative ids by title. */
  initiativeIds: Map<string, string>;
  departmentIds: Map<string, string>;
  projectLeadId: string;
  benefitOwnerId: string;
}

/**
 * Strategic goals, then per demo initiative its goals, benefits with yearly profiles, measurements and evaluation
 * points, inside the seed's transaction. Days and years in the data are resolved on the demo's calendar.
 */
export async function seedDemoBenefits(manager: EntityManager, refs: DemoBenefitRefs, calendar: DemoCalendar): Promise<void> {
  const { organisationId } = refs;
  const day = (offset: number) => calendar.day(offset);
  const lookup = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo benefits name an unknown ${what}: ${key}`);
    return id;
  };

  const strategicGoalIds = new Map<string, string>();
  for (const strategic of DEMO_STRATEGIC_GOALS) {
    const saved = await manager.getRepository(StrategicGoalEntity).save({ organisationId, ...strategic });
    strategicGoalIds.set(strategic.title, saved.id);
  }

  const followUp = async (target: { goalId: string } | { benefitId: string }, data: DemoFollowUp, recordedBy: string, hoursOnly = false) => {
    for (const m of data.measurements) {
      let study: TimeStudyRecord | null = null;
      if (m.timeStudy) {
        if (!hoursOnly) throw new Error('A demo time study belongs to a benefit counted in hours');
        const result = timeStudy({ minutesPerCaseBefore: m.timeStudy.minutesBefore, minutesPerCaseAfter: m.timeStudy.minutesAfter, casesPerYear: m.timeStudy.casesPerYear });
        if (result.hoursPerYear !== m.value) throw new Error(`Demo time study gives ${result.hoursPerYear} hours, not ${m.value}`);
        study = { ...m.timeStudy, hourlyRate: null, ...result };
      }
      const measuredOn = day(m.day);
      const { identifiers } = await manager.getRepository(MeasurementEntity).insert({
        organisationId,
        ...target,
        kind: m.kind,
        measuredOn,
        value: m.value,
        comment: m.comment ?? null,
        timeStudy: study,
        recordedBy,
        recordedAt: calendar.at(measuredOn, '12:00'),
      });
      if (m.point) {
        await manager.getRepository(EvaluationPointEntity).insert({ organisationId, ...target, dueDate: measuredOn, label: m.point, measurementId: identifiers[0].id as string });
      }
    }
    if (data.openPoints.length > 0) {
      await manager
        .getRepository(EvaluationPointEntity)
        .insert(data.openPoints.map((p) => ({ organisationId, ...target, dueDate: day(p.day), label: p.label, measurementId: null })));
    }
  };

  for (const demo of DEMO_BENEFITS) {
    const initiativeId = lookup(refs.initiativeIds, demo.initiative, 'initiative');
    const goalIds: string[] = [];
    for (const { measurements, openPoints, baselineDay, targetDay, strategicGoal, ...goal } of demo.goals) {
      const saved = await manager.getRepository(GoalEntity).save({
        organisationId,
        initiativeId,
        ...goal,
        baselineDate: day(baselineDay),
        targetDate: day(targetDay),
        strategicGoalId: lookup(strategicGoalIds, strategicGoal, 'strategic goal'),
        sideEffectsConsidered: goal.sideEffects !== undefined,
      });
      goalIds.push(saved.id);
      await followUp({ goalId: saved.id }, { measurements, openPoints }, refs.projectLeadId);
    }
    for (const { measurements, openPoints, years, goal, owner, receivingDepartmentCode, ...benefit } of demo.benefits) {
      const ownerUserId = owner === 'benefit_owner' ? refs.benefitOwnerId : refs.projectLeadId;
      const saved = await manager.getRepository(BenefitEntity).save({
        organisationId,
        initiativeId,
        ...benefit,
        unitLabel: benefit.unitLabel ?? null,
        goalId: goal === null ? null : goalIds[goal],
        ownerUserId,
        receivingDepartmentId: lookup(refs.departmentIds, receivingDepartmentCode, 'department'),
      });
      if (years.length > 0) {
        await manager
          .getRepository(BenefitYearEntity)
          .insert(years.map((y) => ({ organisationId, benefitId: saved.id, year: calendar.year(y.yearOffset), planned: y.planned, realised: y.realised })));
      }
      await followUp({ benefitId: saved.id }, { measurements, openPoints }, ownerUserId, benefit.unit === 'hours');
    }
  }
}
