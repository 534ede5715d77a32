import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { GoalOrBenefitTargetEntity } from './goal-or-benefit-target.entity';
import { MeasurementEntity } from './measurement.entity';

/** A scheduled measurement of a goal or a benefit; open until a measurement fulfils it. */
@Entity({ name: 'evaluation_point' })
// Led by the foreign key (see measurement.entity.ts): a goal's, benefit's or measurement's delete finds its points.
@Index('ix_evaluation_point_goal', ['goalId', 'dueDate'], { where: '"goal_id" IS NOT NULL' })
@Index('ix_evaluation_point_benefit', ['benefitId', 'dueDate'], { where: '"benefit_id" IS NOT NULL' })
@Index('ix_evaluation_point_measurement', ['measurementId'], { where: '"measurement_id" IS NOT NULL' })
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
