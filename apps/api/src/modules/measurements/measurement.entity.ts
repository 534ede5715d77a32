import { MEASUREMENT_KINDS } from '@gevinst/domain';
import type { MeasurementKind, TimeStudyRecord } from '@gevinst/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericTransformer } from '../../common/validation/numeric';
import { GoalOrBenefitTargetEntity } from './goal-or-benefit-target.entity';
import { UserEntity } from '../users/user.entity';

/** A value of a goal's or a benefit's indicator (exactly one of them), with who recorded it. */
@Entity({ name: 'measurement' })
// Led by the goal or benefit, not the organisation: foreign-key checks (a goal's or benefit's delete) search by the key
// alone, and every read of measurements is per goal or benefit — each belongs to one organisation.
@Index('ix_measurement_goal', ['goalId', 'measuredOn'], { where: '"goal_id" IS NOT NULL' })
@Index('ix_measurement_benefit', ['benefitId', 'measuredOn'], { where: '"benefit_id" IS NOT NULL' })
@Check('ck_measurement_one_target', `num_nonnulls("goal_id", "benefit_id") = 1`)
export class MeasurementEntity extends GoalOrBenefitTargetEntity {
  @Column({ type: 'enum', enum: MEASUREMENT_KINDS, enumName: 'measurement_kind' })
  kind!: MeasurementKind;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn!: string;

  @Column({ type: 'numeric', transformer: numericTransformer })
  value!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'evidence_url', type: 'varchar', length: 2000, nullable: true })
  evidenceUrl!: string | null;

  /** The time study's inputs and result, when the value came from one. */
  @Column({ name: 'time_study', type: 'jsonb', nullable: true })
  timeStudy!: TimeStudyRecord | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: UserEntity | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
