import { Injectable } from '@nestjs/common';
import type { FieldError, Goal } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { StrategicGoalEntity } from '../strategic-goals/strategic-goal.entity';
import type { CreateGoalDto, UpdateGoalDto } from './dto/goal.dto';
import { GOAL_COLUMNS, GoalRow, toGoal } from './goal-rows';
import { GoalEntity } from './goal.entity';
import { authorise, initiativeLead, refuseIfMeasured, staleVersion, unknownReference } from './initiative-access';
import { versionedUpdate } from '../../common/versioning/versioned-update';

type GoalFields = Omit<CreateGoalDto, never>;

/** Goals of initiatives; reads follow initiative.read, writes goal.manage on the initiative. */
@Injectable()
export class GoalsService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser, initiativeId: string): Promise<Goal[]> {
    await initiativeLead(this.db.manager, user, initiativeId);
    const rows: GoalRow[] = await this.db.manager.query(
      `SELECT ${GOAL_COLUMNS} FROM goal g JOIN initiative i ON i.id = g.initiative_id
       WHERE g.organisation_id = $1 AND g.initiative_id = $2 ORDER BY g.created_at, g.id`,
      [user.organisationId, initiativeId],
    );
    return rows.map((row) => toGoal(row, user));
  }

  async get(user: AuthUser, id: string): Promise<Goal> {
    const rows: GoalRow[] = await this.db.manager.query(
      `SELECT ${GOAL_COLUMNS} FROM goal g JOIN initiative i ON i.id = g.initiative_id WHERE g.organisation_id = $1 AND g.id = $2`,
      [user.organisationId, id],
    );
    if (rows.length === 0) throw notFound('Goal');
    return toGoal(rows[0], user);
  }

  async create(user: AuthUser, initiativeId: string, dto: CreateGoalDto): Promise<Goal> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'goal.manage', { leadsInitiative: lead === user.id }, 'You may not change the goals of this initiative');
    await this.check(user, dto);
    const { identifiers } = await this.db.manager.getRepository(GoalEntity).insert({
      organisationId: user.organisationId,
      initiativeId,
      title: dto.title,
      indicatorName: dto.indicatorName,
      unit: dto.unit,
      direction: dto.direction,
      baselineValue: dto.baselineValue ?? null,
      baselineDate: dto.baselineDate ?? null,
      targetValue: dto.targetValue,
      targetDate: dto.targetDate,
      pessimisticTarget: dto.pessimisticTarget ?? null,
      optimisticTarget: dto.optimisticTarget ?? null,
      strategicGoalId: dto.strategicGoalId ?? null,
      sideEffects: dto.sideEffects ?? null,
      sideEffectsConsidered: dto.sideEffectsConsidered ?? false,
    });
    return this.get(user, identifiers[0].id as string);
  }

  async update(user: AuthUser, id: string, dto: UpdateGoalDto): Promise<Goal> {
    const current = await this.get(user, id);
    if (!current.can.manage) throw new DomainError('FORBIDDEN', 'You may not change the goals of this initiative');
    if (current.version !== dto.version) throw staleVersion('goal', current);
    const { version, ...changes } = dto;
    const merged = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as GoalFields;
    await this.check(user, merged);
    const key = { id, organisationId: user.organisationId, version };
    if ((await versionedUpdate(this.db.manager, GoalEntity, key, changes)) === 'stale') throw staleVersion('goal', await this.get(user, id));
    return this.get(user, id);
  }

  /** Its measurements and evaluation points go with it; benefits serving it lose the link. */
  async remove(user: AuthUser, id: string, version: number): Promise<void> {
    const current = await this.get(user, id);
    if (!current.can.manage) throw new DomainError('FORBIDDEN', 'You may not change the goals of this initiative');
    if (current.version !== version) throw staleVersion('goal', current);
    await refuseIfMeasured(this.db.manager, user, 'goal', id);
    await this.db.manager.getRepository(GoalEntity).delete({ id, organisationId: user.organisationId, version });
  }

  /** Rules across fields: achievement needs a target different from the baseline; references of this organisation. */
  private async check(user: AuthUser, goal: GoalFields): Promise<void> {
    const errors: FieldError[] = [];
    const baseline = goal.baselineValue ?? null;
    if (baseline !== null && baseline === goal.targetValue) {
      errors.push({ field: 'targetValue', messages: ['targetValue must differ from baselineValue: achievement cannot be measured towards a target equal to the baseline'] });
    }
    if ((baseline === null) !== ((goal.baselineDate ?? null) === null)) {
      errors.push({ field: 'baselineDate', messages: ['baselineValue and baselineDate are given together or not at all'] });
    }
    if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', errors);
    if (goal.strategicGoalId) {
      const exists = await this.db.manager
        .getRepository(StrategicGoalEntity)
        .existsBy({ id: goal.strategicGoalId, organisationId: user.organisationId });
      if (!exists) throw unknownReference('strategicGoalId', 'Unknown strategic goal');
    }
  }
}
