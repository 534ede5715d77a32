import { addDays, GOVERNANCE_LIMITS } from '@gevinst/domain';
import type { Phase, Role, StatusReportFigures } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { readBusinessCase } from '../modules/business-case/business-case.reader';
import { DecisionEntity } from '../modules/governance/decision.entity';
import { InitiativeGovernanceEntity } from '../modules/governance/initiative-governance.entity';
import { MODEL_PHASES, nextPhase } from '../modules/governance/phase-model';
import { buildAgenda } from '../modules/portfolio-reviews/agenda';
import { PortfolioReviewEntity } from '../modules/portfolio-reviews/portfolio-review.entity';
import { ReviewItemEntity } from '../modules/portfolio-reviews/review-item.entity';
import { PriorityCriterionEntity } from '../modules/prioritisation/priority-criterion.entity';
import { PriorityScoreEntity } from '../modules/prioritisation/priority-score.entity';
import { RiskAppetiteEntity } from '../modules/prioritisation/risk-appetite.entity';
import { currentFigures } from '../modules/status-reports/report-figures';
import { StatusReportEntity } from '../modules/status-reports/status-report.entity';
import { SteeringGroupMemberEntity } from '../modules/steering-groups/steering-group-member.entity';
import { SteeringGroupEntity } from '../modules/steering-groups/steering-group.entity';
import { type DemoCalendar, onWorkday } from './demo-calendar';
import { DEMO_INITIATIVES } from './demo-data';
import {
  DEMO_GATE_REQUEST,
  DEMO_HELD_REVIEW,
  DEMO_OTHER_DECISIONS,
  DEMO_PLANNED_REVIEW,
  DEMO_PRIORITY_CRITERIA,
  DEMO_PRIORITY_SCORES,
  DEMO_RISK_APPETITE,
  DEMO_STATUS_REPORTS,
  DEMO_STEERING,
  DEMO_STEERING_GROUPS,
  type DemoDecision,
} from './demo-governance';

export interface DemoGovernanceRefs {
  organisationId: string;
  /** Initiative ids by title. */
  initiativeIds: Map<string, string>;
  /** Demo user ids by role. */
  userIds: Map<Role, string>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const round1 = (value: number) => Math.round(value * 10) / 10;
const quarterName = (start: string) => `${(Number(start.slice(5, 7)) + 2) / 3}. kvartal ${start.slice(0, 4)}`;

/** Steering, reports, reviews and decisions, then prioritisation and risk appetite, inside the seed's transaction. */
export async function seedDemoGovernance(manager: EntityManager, refs: DemoGovernanceRefs, calendar: DemoCalendar): Promise<void> {
  const { organisationId } = refs;
  const { today } = calendar;
  const at = (day: string, time: string) => calendar.at(day, time);
  const lookup = <K>(map: Map<K, string>, key: K, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo governance names an unknown ${what}: ${String(key)}`);
    return id;
  };
  const initiative = (title: string) => lookup(refs.initiativeIds, title, 'initiative');
  const user = (role: Role) => lookup(refs.userIds, role, 'role');
  const directorateId = user('directorate');
  const projectLeadId = user('project_lead');
  /**
   * A working day in another quarter (days from its first day), or in the current quarter (days back from today, not
   * before the quarter began); kept inside its quarter, and never after today in the current one.
   */
  const dayIn = (quarter: number, day: number) => {
    const start = calendar.quarterStart(quarter);
    const end = addDays(calendar.quarterStart(quarter + 1), -1);
    if (quarter !== 0) return onWorkday(addDays(start, day), start, end);
    const date = addDays(today, -day);
    return onWorkday(date < start ? start : date, start, today);
  };

  // Steering groups, parents first, each chair a member too.
  const groupIds = new Map<string, string>();
  for (const group of DEMO_STEERING_GROUPS) {
    const parentId = group.parent === null ? null : lookup(groupIds, group.parent, 'parent group');
    const saved = await manager
      .getRepository(SteeringGroupEntity)
      .save({ organisationId, name: group.name, level: group.level, parentId, chairUserId: user(group.chair) });
    groupIds.set(group.name, saved.id);
    const members = [...new Set([group.chair, ...group.members])];
    await manager.getRepository(SteeringGroupMemberEntity).insert(members.map((role) => ({ organisationId, groupId: saved.id, userId: user(role) })));
  }
  const group = (name: string) => lookup(groupIds, name, 'steering group');

  // Who steers what; the paused chatbot returns to gennemførelse when continued; the data platform asks the gate.
  const pause = DEMO_HELD_REVIEW.decisions.find((d) => d.kind === 'pause');
  for (const steering of DEMO_STEERING) {
    const gate = steering.initiative === DEMO_GATE_REQUEST.initiative ? DEMO_GATE_REQUEST : null;
    await manager.getRepository(InitiativeGovernanceEntity).insert({
      organisationId,
      initiativeId: initiative(steering.initiative),
      steeringGroupId: group(steering.group),
      projectOwnerId: user(steering.owner),
      requestedPhase: gate?.toPhase ?? null,
      requestedAt: gate ? at(calendar.workday(gate.day), '08:15') : null,
      requestedBy: gate ? projectLeadId : null,
      requestNote: gate?.note ?? null,
      pausedFromPhase: pause?.initiative === steering.initiative ? pause.fromPhase : null,
    });
  }

  // Status reports: submitted ones inserted frozen with their figures (a submitted row can never be updated).
  const reportIds = new Map<string, string>();
  for (const { initiative: title, reports } of DEMO_STATUS_REPORTS) {
    const initiativeId = initiative(title);
    const current = await currentFigures(manager, organisationId, initiativeId);
    for (const report of reports) {
      const periodStart = calendar.quarterStart(report.quarter);
      const periodEnd = addDays(calendar.quarterStart(report.quarter + 1), -1);
      const written = dayIn(report.quarter, report.day);
      if (written > today || written < periodStart) throw new Error(`Demo report of ${title} for ${periodStart} is written ${written}`);
      const progress = report.progress ?? 1;
      const figures: StatusReportFigures = {
        ...current,
        goalAchievementPct: current.goalAchievementPct === null ? null : round1(current.goalAchievementPct * progress),
        realisedBenefitsDkk: Math.round(current.realisedBenefitsDkk * progress),
        realisedHours: Math.round(current.realisedHours * progress),
        ...report.figures,
      };
      const submitted = report.status === 'submitted';
      const [scopeRag, timeRag, budgetRag, benefitsRag, risksRag] = report.dimensions;
      const { identifiers } = await manager.getRepository(StatusReportEntity).insert({
        organisationId,
        initiativeId,
        periodStart,
        periodEnd,
        overall: report.overall,
        scopeRag,
        timeRag,
        budgetRag,
        benefitsRag,
        risksRag,
        summary: report.summary,
        nextSteps: report.nextSteps,
        decisionRequest: report.decisionRequest ?? null,
        status: report.status,
        authorId: projectLeadId,
        submittedAt: submitted ? at(written, '13:30') : null,
        figures: submitted ? figures : null,
        createdAt: at(written, '09:00'),
        updatedAt: at(written, submitted ? '13:30' : '09:00'),
      });
      reportIds.set(`${title}|${report.quarter}`, identifiers[0].id as string);
    }
  }

  const recordDecision = async (decision: DemoDecision, steeringGroupId: string, reviewId: string | null, decidedAt: Date) => {
    const toPhase = decision.kind === 'approve_phase' ? nextPhase(decision.fromPhase) : decision.kind === 'pause' ? 'paused' : decision.fromPhase;
    // The initiatives keep their demo phases: a decision must lead there (a later gate, or a pause, may follow a gate).
    const phase = DEMO_INITIATIVES.find((i) => i.title === decision.initiative)?.phase;
    const reached = (target: Phase) => phase === 'paused' || (phase !== undefined && MODEL_PHASES.indexOf(phase) >= MODEL_PHASES.indexOf(target));
    const consistent = toPhase !== null && (decision.kind === 'approve_phase' ? reached(toPhase) : toPhase === phase);
    if (!consistent || toPhase === null) throw new Error(`Demo decision ${decision.kind} on ${decision.initiative} does not lead to its phase ${phase}`);
    const initiativeId = initiative(decision.initiative);
    // A gate freezes the business case, as the API does; the demo freezes today's figures (it has no history of them).
    const businessCase = decision.kind === 'approve_phase' ? await readBusinessCase(manager, organisationId, initiativeId, calendar.year(0)) : null;
    await manager.getRepository(DecisionEntity).insert({
      organisationId,
      initiativeId,
      businessCase,
      kind: decision.kind,
      fromPhase: decision.fromPhase,
      toPhase,
      reason: decision.reason,
      openFindings: decision.openFindings ?? [],
      decidedBy: directorateId,
      steeringGroupId,
      reviewId,
      decidedAt,
    });
  };

  for (const decision of DEMO_OTHER_DECISIONS) {
    await recordDecision(decision, group(decision.group), null, at(dayIn(decision.quarter, decision.day), '14:00'));
  }

  // The held review: its agenda as built then (each item with the latest frozen report), and the decisions made in it.
  const held = DEMO_HELD_REVIEW;
  const heldOn = dayIn(held.quarter, held.day);
  const heldReview = await manager.getRepository(PortfolioReviewEntity).save({
    organisationId,
    steeringGroupId: group(held.group),
    title: `Direktionens porteføljemøde, ${quarterName(calendar.quarterStart(held.quarter))}`,
    heldOn,
    status: 'held',
    notes: held.notes,
    version: 2,
    createdAt: at(addDays(heldOn, -14), '10:00'),
    updatedAt: at(heldOn, '15:00'),
  });
  await manager.getRepository(ReviewItemEntity).insert(
    held.items.map((item, index) => ({
      organisationId,
      reviewId: heldReview.id,
      initiativeId: initiative(item.initiative),
      position: index + 1,
      reasons: item.reasons,
      statusReportId: reportIds.get(`${item.initiative}|${held.quarter}`) ?? null,
    })),
  );
  for (const [index, decision] of held.decisions.entries()) {
    await recordDecision(decision, group(held.group), heldReview.id, at(heldOn, `13:${pad(10 + index * 5)}`));
  }

  // The next review, planned in the next quarter: its agenda is built as the app builds it, from what is due today.
  const plannedOn = dayIn(DEMO_PLANNED_REVIEW.quarter, DEMO_PLANNED_REVIEW.day);
  if (heldOn >= today || plannedOn <= today) throw new Error(`Demo reviews are held ${heldOn} and planned ${plannedOn}, not around ${today}`);
  const planned = await manager.getRepository(PortfolioReviewEntity).save({
    organisationId,
    steeringGroupId: group(DEMO_PLANNED_REVIEW.group),
    title: `Direktionens porteføljemøde, ${quarterName(calendar.quarterStart(DEMO_PLANNED_REVIEW.quarter))}`,
    heldOn: plannedOn,
    status: 'planned',
    notes: null,
  });
  await buildAgenda(manager, organisationId, planned.steeringGroupId, planned.id, today);

  // Prioritisation: criteria whose weights form a valid set, and scores on every demo initiative.
  if (DEMO_PRIORITY_CRITERIA.reduce((sum, c) => sum + c.weight, 0) !== GOVERNANCE_LIMITS.weightTotal) throw new Error('Demo criteria weights do not sum to 100');
  const criterionIds: string[] = [];
  for (const [position, criterion] of DEMO_PRIORITY_CRITERIA.entries()) {
    const saved = await manager.getRepository(PriorityCriterionEntity).save({ organisationId, ...criterion, position });
    criterionIds.push(saved.id);
  }
  for (const { initiative: title, scores } of DEMO_PRIORITY_SCORES) {
    const initiativeId = initiative(title);
    await manager
      .getRepository(PriorityScoreEntity)
      .insert(scores.map((score, index) => ({ organisationId, initiativeId, criterionId: criterionIds[index], score })));
  }

  await manager.getRepository(RiskAppetiteEntity).insert(DEMO_RISK_APPETITE.map((a) => ({ organisationId, ...a })));
}
