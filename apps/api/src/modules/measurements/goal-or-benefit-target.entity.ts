import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { BenefitEntity } from '../benefits/benefit.entity';
import { GoalEntity } from '../goals/goal.entity';

/** Rows that belong to exactly one goal or one benefit (each subclass has a CHECK that enforces "exactly one"). */
export abstract class GoalOrBenefitTargetEntity extends TenantOwnedEntity {
  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: GoalEntity | null;

  @Column({ name: 'benefit_id', type: 'uuid', nullable: true })
  benefitId!: string | null;

  @ManyToOne(() => BenefitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefit_id' })
  benefit?: BenefitEntity | null;
}
