import { Injectable } from '@nestjs/common';
import { evaluationSchedule } from '@gevinst/domain';
import type { Action, EvaluationPointView } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { authorise, invalid } from '../goals/initiative-access';
import type { CreateEvaluationPointDto, EvaluationScheduleDto, UpdateEvaluationPointDto } from './dto/measurement.dto';
import { EvaluationPointEntity } from './evaluation-point.entity';
import { loadTarget, targetColumn, TargetKind } from './targets';
import { Clock } from '../../common/clock/clock';

const MANAGE: Record<TargetKind, Action> = { goal: 'goal.manage', benefit: 'benefit.manage' };
const FIRST_DATE = '2000-01-01';
const LAST_DATE = '2100-12-31';

/** Scheduled measurements; planning them belongs to whoever manages the goal or benefit. */
@Injectable()
export class EvaluationPointsService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  async list(user: AuthUser, kind: TargetKind, id: string): Promise<EvaluationPointView[]> {
    await loadTarget(this.db.manager, user, kind, id);
    return this.query(user, `p.${targetColumn(kind)} = $2`, [id]);
  }

  async create(user: AuthUser, kind: TargetKind, id: string, dto: CreateEvaluationPointDto): Promise<EvaluationPointView[]> {
    return this.insert(user, kind, id, [dto.dueDate], dto.label ?? null);
  }

  async schedule(user: AuthUser, kind: TargetKind, id: string, dto: EvaluationScheduleDto): Promise<EvaluationPointView[]> {
    const dates = evaluationSchedule(dto.start, dto.monthsApart, dto.count);
    if (dates.some((date) => date > LAST_DATE)) throw invalid('count', 'The schedule must end by 2100');
    return this.insert(user, kind, id, dates, dto.label ?? null);
  }

  /** Moves or renames an open point; no version column, so the last write wins. Returns the point as it now is. */
  async update(user: AuthUser, pointId: string, dto: UpdateEvaluationPointDto): Promise<EvaluationPointView> {
    await this.openPoint(user, pointId, 'change');
    if (dto.dueDate !== undefined && (dto.dueDate < FIRST_DATE || dto.dueDate > LAST_DATE)) {
      throw invalid('dueDate', 'The due date must lie in 2000–2100');
    }
    const changes: Partial<Pick<EvaluationPointEntity, 'dueDate' | 'label'>> = {};
    if (dto.dueDate !== undefined) changes.dueDate = dto.dueDate;
    if (dto.label !== undefined) changes.label = dto.label;
    if (Object.keys(changes).length > 0) {
      // Only a real change is written, so the audit log holds no empty entries.
      await this.db.manager
        .createQueryBuilder()
        .update(EvaluationPointEntity)
        .set(changes)
        .where('id = :id AND organisation_id = :org', { id: pointId, org: user.organisationId })
        .andWhere(`(${[changes.dueDate !== undefined && 'due_date IS DISTINCT FROM :dueDate::date', changes.label !== undefined && 'label IS DISTINCT FROM :label'].filter(Boolean).join(' OR ')})`, changes)
        .execute();
    }
    return (await this.query(user, 'p.id = $2', [pointId]))[0];
  }

  async remove(user: AuthUser, pointId: string): Promise<void> {
    await this.openPoint(user, pointId, 'delete');
    await this.db.manager.getRepository(EvaluationPointEntity).delete({ id: pointId, organisationId: user.organisationId });
  }

  /**
   * The point, locked for the rest of the request, when this user may manage its goal or benefit (as planning it):
   * 404 when the organisation has no such point, 403 without the right, 422 once a measurement has fulfilled it.
   */
  private async openPoint(user: AuthUser, pointId: string, verb: 'change' | 'delete'): Promise<void> {
    const rows: { goal_id: string | null; benefit_id: string | null; measurement_id: string | null }[] = await this.db.manager.query(
      'SELECT goal_id, benefit_id, measurement_id FROM evaluation_point WHERE organisation_id = $1 AND id = $2 FOR UPDATE',
      [user.organisationId, pointId],
    );
    if (rows.length === 0) throw notFound('Evaluation point');
    const [row] = rows;
    const kind: TargetKind = row.goal_id ? 'goal' : 'benefit';
    const target = await loadTarget(this.db.manager, user, kind, (row.goal_id ?? row.benefit_id) as string);
    authorise(user, MANAGE[kind], target.subject, `You may not ${verb} evaluation points of this ${kind}`);
    if (row.measurement_id !== null) {
      throw new DomainError('INVALID_STATE', `A measurement has fulfilled this evaluation point; you cannot ${verb} it`);
    }
  }

  /** Returns all points of the target, so the client sees the schedule as it now is. */
  private async insert(user: AuthUser, kind: TargetKind, id: string, dates: string[], label: string | null): Promise<EvaluationPointView[]> {
    const target = await loadTarget(this.db.manager, user, kind, id);
    authorise(user, MANAGE[kind], target.subject, `You may not plan evaluation points of this ${kind}`);
    if (dates.some((date) => date < FIRST_DATE || date > LAST_DATE)) throw invalid('dueDate', 'The due date must lie in 2000–2100');
    await this.db.manager.getRepository(EvaluationPointEntity).insert(
      dates.map((dueDate) => ({
        organisationId: user.organisationId,
        goalId: kind === 'goal' ? id : null,
        benefitId: kind === 'benefit' ? id : null,
        dueDate,
        label,
      })),
    );
    return this.query(user, `p.${targetColumn(kind)} = $2`, [id]);
  }

  private async query(user: AuthUser, where: string, params: unknown[]): Promise<EvaluationPointView[]> {
    const rows: EvaluationPointView[] = await this.db.manager.query(
      `SELECT p.id, p.goal_id AS "goalId", p.benefit_id AS "benefitId", p.due_date::text AS "dueDate", p.label,
              p.measurement_id AS "measurementId", m.measured_on::text AS "measuredOn",
              (p.measurement_id IS NULL AND p.due_date < $${params.length + 2}::date) AS overdue
       FROM evaluation_point p LEFT JOIN measurement m ON m.id = p.measurement_id
       WHERE p.organisation_id = $1 AND ${where} ORDER BY p.due_date, p.id`,
      [user.organisationId, ...params, this.clock.today()],
    );
    return rows;
  }
}
