import { Injectable } from '@nestjs/common';
import { evaluationSchedule } from '@gevinst/domain';
import type { Action, EvaluationPointView } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { danishDate } from '../../common/validation/numeric';
import { authorise, invalid } from '../goals/initiative-access';
import type { CreateEvaluationPointDto, EvaluationScheduleDto } from './dto/measurement.dto';
import { EvaluationPointEntity } from './evaluation-point.entity';
import { loadTarget, targetColumn, TargetKind } from './targets';

const MANAGE: Record<TargetKind, Action> = { goal: 'goal.manage', benefit: 'benefit.manage' };
const LAST_DATE = '2100-12-31';

/** Scheduled measurements; planning them belongs to whoever manages the goal or benefit. */
@Injectable()
export class EvaluationPointsService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser, kind: TargetKind, id: string, now = new Date()): Promise<EvaluationPointView[]> {
    await loadTarget(this.db.manager, user, kind, id);
    return this.query(user, `p.${targetColumn(kind)} = $2`, [id], now);
  }

  async create(user: AuthUser, kind: TargetKind, id: string, dto: CreateEvaluationPointDto): Promise<EvaluationPointView[]> {
    return this.insert(user, kind, id, [dto.dueDate], dto.label ?? null);
  }

  async schedule(user: AuthUser, kind: TargetKind, id: string, dto: EvaluationScheduleDto): Promise<EvaluationPointView[]> {
    const dates = evaluationSchedule(dto.start, dto.monthsApart, dto.count);
    if (dates.some((date) => date > LAST_DATE)) throw invalid('count', 'The schedule must end by 2100');
    return this.insert(user, kind, id, dates, dto.label ?? null);
  }

  /** Returns all points of the target, so the client sees the schedule as it now is. */
  private async insert(user: AuthUser, kind: TargetKind, id: string, dates: string[], label: string | null): Promise<EvaluationPointView[]> {
    const target = await loadTarget(this.db.manager, user, kind, id);
    authorise(user, MANAGE[kind], target.subject, `You may not plan evaluation points of this ${kind}`);
    if (dates.some((date) => date < '2000-01-01' || date > LAST_DATE)) throw invalid('dueDate', 'The due date must lie in 2000–2100');
    await this.db.manager.getRepository(EvaluationPointEntity).insert(
      dates.map((dueDate) => ({
        organisationId: user.organisationId,
        goalId: kind === 'goal' ? id : null,
        benefitId: kind === 'benefit' ? id : null,
        dueDate,
        label,
      })),
    );
    return this.query(user, `p.${targetColumn(kind)} = $2`, [id], new Date());
  }

  private async query(user: AuthUser, where: string, params: unknown[], now: Date): Promise<EvaluationPointView[]> {
    const rows: EvaluationPointView[] = await this.db.manager.query(
      `SELECT p.id, p.goal_id AS "goalId", p.benefit_id AS "benefitId", p.due_date::text AS "dueDate", p.label,
              p.measurement_id AS "measurementId", m.measured_on::text AS "measuredOn",
              (p.measurement_id IS NULL AND p.due_date < $${params.length + 2}::date) AS overdue
       FROM evaluation_point p LEFT JOIN measurement m ON m.id = p.measurement_id
       WHERE p.organisation_id = $1 AND ${where} ORDER BY p.due_date, p.id`,
      [user.organisationId, ...params, danishDate(now)],
    );
    return rows;
  }
}
