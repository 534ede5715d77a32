import { Injectable } from '@nestjs/common';
import { BENEFIT_LIMITS, timeStudy } from '@gevinst/domain';
import type { Measurement, TimeStudyRecord } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { authorise, invalid, unknownReference } from '../goals/initiative-access';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { CreateMeasurementDto } from './dto/measurement.dto';
import { MeasurementEntity } from './measurement.entity';
import { loadTarget, Target, targetColumn, TargetKind } from './targets';
import { Clock } from '../../common/clock/clock';

interface MeasurementRow {
  id: string;
  goal_id: string | null;
  benefit_id: string | null;
  kind: Measurement['kind'];
  measured_on: string;
  value: string;
  comment: string | null;
  evidence_url: string | null;
  time_study: TimeStudyRecord | null;
  recorded_by: string | null;
  recorder_name: string | null;
  recorded_at: Date;
}

const toMeasurement = (r: MeasurementRow): Measurement => ({
  id: r.id,
  goalId: r.goal_id,
  benefitId: r.benefit_id,
  kind: r.kind,
  measuredOn: r.measured_on,
  value: toNumber(r.value),
  comment: r.comment,
  evidenceUrl: r.evidence_url,
  timeStudy: r.time_study,
  recordedBy: r.recorded_by ? { id: r.recorded_by, name: r.recorder_name ?? '' } : null,
  recordedAt: r.recorded_at.toISOString(),
});

/** A measurement a little before a due date still counts for it (the owner measured early). */
const EARLY_DAYS = 30;

@Injectable()
export class MeasurementsService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  async list(user: AuthUser, kind: TargetKind, id: string): Promise<Measurement[]> {
    await loadTarget(this.db.manager, user, kind, id);
    return this.query(user, `m.${targetColumn(kind)} = $2 ORDER BY m.measured_on DESC, m.recorded_at DESC`, [id]);
  }

  async record(user: AuthUser, kind: TargetKind, id: string, dto: CreateMeasurementDto): Promise<Measurement> {
    const manager = this.db.manager;
    const target = await loadTarget(manager, user, kind, id);
    authorise(user, 'measurement.record', target.subject, `You may not record measurements on this ${kind}`);
    this.check(target, dto);
    const study = dto.timeStudy ? await this.study(user, dto.timeStudy) : null;
    const value = study ? study.hoursPerYear : dto.value!;
    const pointId = await this.pointToFulfil(user, target, dto);
    const { identifiers } = await manager.getRepository(MeasurementEntity).insert({
      organisationId: user.organisationId,
      goalId: kind === 'goal' ? id : null,
      benefitId: kind === 'benefit' ? id : null,
      kind: dto.kind,
      measuredOn: dto.measuredOn,
      value,
      comment: dto.comment ?? null,
      evidenceUrl: dto.evidenceUrl ?? null,
      timeStudy: study,
      recordedBy: user.id,
    });
    const measurementId = identifiers[0].id as string;
    if (pointId) {
      await manager.query('UPDATE evaluation_point SET measurement_id = $1 WHERE organisation_id = $2 AND id = $3', [
        measurementId,
        user.organisationId,
        pointId,
      ]);
    }
    return (await this.query(user, 'm.id = $2', [measurementId]))[0];
  }

  private check(target: Target, dto: CreateMeasurementDto): void {
    if (dto.value === undefined && !dto.timeStudy) throw invalid('value', 'Send value, or timeStudy for a benefit counted in hours');
    if (dto.value !== undefined && dto.timeStudy) throw invalid('timeStudy', 'Send either value or timeStudy, not both');
    if (dto.timeStudy && target.benefitUnit !== 'hours') throw invalid('timeStudy', 'A time study gives hours: only for benefits counted in hours');
    if (dto.unit !== undefined && dto.unit !== target.unit) throw invalid('unit', `The indicator is measured in ${target.unit}, not ${dto.unit}`);
    if (dto.measuredOn > this.clock.daysFromToday(1)) throw invalid('measuredOn', 'measuredOn must not be more than a day in the future');
    if (dto.measuredOn < `${BENEFIT_LIMITS.yearMin}-01-01`) throw invalid('measuredOn', `measuredOn must not be before ${BENEFIT_LIMITS.yearMin}`);
  }

  /** Hours from the study, priced at the given rate or the organisation's (settings.hourlyRateDkk). */
  private async study(user: AuthUser, input: NonNullable<CreateMeasurementDto['timeStudy']>): Promise<TimeStudyRecord> {
    let rate = input.hourlyRate ?? null;
    if (rate === null) {
      const organisation = await this.db.manager.getRepository(OrganisationEntity).findOneBy({ id: user.organisationId });
      const setting = organisation?.settings['hourlyRateDkk'];
      rate = typeof setting === 'number' && Number.isFinite(setting) ? setting : null;
    }
    const { minutesBefore, minutesAfter, casesPerYear } = input;
    const result = timeStudy({ minutesPerCaseBefore: minutesBefore, minutesPerCaseAfter: minutesAfter, casesPerYear, hourlyRateDkk: rate ?? undefined });
    if (Math.abs(result.hoursPerYear) > BENEFIT_LIMITS.valueMax) throw invalid('timeStudy', 'The time study gives an implausibly large number of hours');
    return { minutesBefore, minutesAfter, casesPerYear, hourlyRate: rate, ...result };
  }

  /** The named open point of this target, else the earliest open one due by measuredOn (+ a short grace). */
  private async pointToFulfil(user: AuthUser, target: Target, dto: CreateMeasurementDto): Promise<string | null> {
    const column = targetColumn(target.kind);
    if (dto.evaluationPointId) {
      const rows: unknown[] = await this.db.manager.query(
        `SELECT 1 FROM evaluation_point WHERE organisation_id = $1 AND id = $2 AND ${column} = $3 AND measurement_id IS NULL`,
        [user.organisationId, dto.evaluationPointId, target.id],
      );
      if (rows.length === 0) throw unknownReference('evaluationPointId', `No open evaluation point of this ${target.kind}`);
      return dto.evaluationPointId;
    }
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM evaluation_point WHERE organisation_id = $1 AND ${column} = $2 AND measurement_id IS NULL
         AND due_date <= $3::date + ${EARLY_DAYS} ORDER BY due_date LIMIT 1`,
      [user.organisationId, target.id, dto.measuredOn],
    );
    return rows[0]?.id ?? null;
  }

  private async query(user: AuthUser, where: string, params: unknown[]): Promise<Measurement[]> {
    const rows: MeasurementRow[] = await this.db.manager.query(
      `SELECT m.id, m.goal_id, m.benefit_id, m.kind, m.measured_on::text AS measured_on, m.value, m.comment, m.evidence_url,
              m.time_study, m.recorded_by, u.name AS recorder_name, m.recorded_at
       FROM measurement m LEFT JOIN app_user u ON u.id = m.recorded_by
       WHERE m.organisation_id = $1 AND ${where}`,
      [user.organisationId, ...params],
    );
    return rows.map(toMeasurement);
  }
}
