import { BENEFIT_STATUSES, BENEFIT_TYPES, BENEFIT_UNITS } from '@gevinst/domain';
import type { BenefitStatus, BenefitType, BenefitUnit } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { GoalEntity } from '../goals/goal.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/** A benefit (gevinst) of an initiative, serving one of its goals (the benefit tree). */
@Entity({ name: 'benefit' })
@Index('ix_benefit_org_initiative', ['organisationId', 'initiativeId'])
@Index('ix_benefit_org_owner', ['organisationId', 'ownerUserId'])
// A goal's delete clears the link from its benefits.
@Index('ix_benefit_goal', ['goalId'], { where: '"goal_id" IS NOT NULL' })
export class BenefitEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  goalId!: string | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id' })
  goal?: GoalEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'enum', enum: BENEFIT_TYPES, enumName: 'benefit_type' })
  type!: BenefitType;

  @Column({ type: 'boolean' })
  quantified!: boolean;

  /** A dis-benefit (ulempe): a negative effect, counted against the benefits of its unit and named apart. */
  @Column({ name: 'dis_benefit', type: 'boolean', default: false })
  disBenefit!: boolean;

  @Column({ type: 'enum', enum: BENEFIT_UNITS, enumName: 'benefit_unit' })
  unit!: BenefitUnit;

  @Column({ name: 'unit_label', type: 'varchar', length: 40, nullable: true })
  unitLabel!: string | null;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: UserEntity | null;

  @Column({ name: 'receiving_department_id', type: 'uuid', nullable: true })
  receivingDepartmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'receiving_department_id' })
  receivingDepartment?: DepartmentEntity | null;

  @Column({ type: 'text', nullable: true })
  preconditions!: string | null;

  @Column({ name: 'measurement_method', type: 'text', nullable: true })
  measurementMethod!: string | null;

  @Column({ name: 'in_budget', type: 'boolean', default: false })
  inBudget!: boolean;

  @Column({ type: 'enum', enum: BENEFIT_STATUSES, enumName: 'benefit_status', default: 'planned' })
  status!: BenefitStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
