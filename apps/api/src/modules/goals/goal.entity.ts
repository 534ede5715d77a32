import { DIRECTIONS } from '@gevinst/domain';
import type { Direction } from '@gevinst/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { numericTransformer } from '../../common/validation/numeric';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { StrategicGoalEntity } from '../strategic-goals/strategic-goal.entity';

/** An initiative's goal (mål) with its indicator; achievement is measured from baseline towards target. */
@Entity({ name: 'goal' })
@Index('ix_goal_org_initiative', ['organisationId', 'initiativeId'])
// A strategic goal's delete clears the link from its goals.
@Index('ix_goal_strategic_goal', ['strategicGoalId'], { where: '"strategic_goal_id" IS NOT NULL' })
// Achievement = (latest − baseline) / (target − baseline) is undefined when they are equal.
@Check('ck_goal_target_differs', `"baseline_value" IS NULL OR "target_value" <> "baseline_value"`)
export class GoalEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ name: 'strategic_goal_id', type: 'uuid', nullable: true })
  strategicGoalId!: string | null;

  @ManyToOne(() => StrategicGoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'strategic_goal_id' })
  strategicGoal?: StrategicGoalEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'indicator_name', type: 'varchar', length: 200 })
  indicatorName!: string;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'enum', enum: DIRECTIONS, enumName: 'goal_direction' })
  direction!: Direction;

  @Column({ name: 'baseline_value', type: 'numeric', nullable: true, transformer: numericTransformer })
  baselineValue!: number | null;

  @Column({ name: 'baseline_date', type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ name: 'target_value', type: 'numeric', transformer: numericTransformer })
  targetValue!: number;

  @Column({ name: 'target_date', type: 'date' })
  targetDate!: string;

  @Column({ name: 'pessimistic_target', type: 'numeric', nullable: true, transformer: numericTransformer })
  pessimisticTarget!: number | null;

  @Column({ name: 'optimistic_target', type: 'numeric', nullable: true, transformer: numericTransformer })
  optimisticTarget!: number | null;

  @Column({ name: 'side_effects', type: 'text', nullable: true })
  sideEffects!: string | null;

  @Column({ name: 'side_effects_considered', type: 'boolean', default: false })
  sideEffectsConsidered!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
