import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { GoalOrBenefitTargetEntity } from './goal-or-benefit-target.entity';
import { MeasurementEntity } from './measurement.entity';

/** A scheduled measurement of a goal or a benefit; open until a measurement fulfils it. */
@Entity({ name: 'evaluation_point' })
@Index('ix_evaluation_point_org_goal', ['organisationId', 'goalId', 'dueDate'])
@Index('ix_evaluation_point_org_benefit', ['organisationId', 'benefitId', 'dueDate'])
@Check('ck_evaluation_point_one_target', `num_nonnulls("goal_id", "benefit_id") = 1`)
export class EvaluationPointEntity extends GoalOrBenefitTargetEntity {
  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  label!: string | null;

  @Column({ name: 'measurement_id', type: 'uuid', nullable: true })
  measurementId!: string | null;

  @ManyToOne(() => MeasurementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'measurement_id' })
  measurement?: MeasurementEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
