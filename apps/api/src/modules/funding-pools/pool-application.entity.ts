import { APPLICATION_STATUSES, FUNDING_CATEGORIES } from '@gevinst/domain';
import type { ApplicationStatus, FundingCategory } from '@gevinst/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';
import { FundingPoolEntity } from './funding-pool.entity';

/** An initiative's application to a pool for an amount in one year, and finance's decision. */
@Entity({ name: 'pool_application' })
@Index('ix_pool_application_org_pool', ['organisationId', 'poolId', 'year', 'status'])
@Index('ix_pool_application_org_initiative', ['organisationId', 'initiativeId'])
@Check('ck_pool_application_year', `"year" BETWEEN 2000 AND 2100`)
@Check('ck_pool_application_amount', `"amount_ore" > 0`)
@Check('ck_pool_application_decided', `("status" = 'applied') = ("decided_at" IS NULL)`)
export class PoolApplicationEntity extends TenantOwnedEntity {
  @Column({ name: 'pool_id', type: 'uuid' })
  poolId!: string;

  @ManyToOne(() => FundingPoolEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pool_id' })
  pool?: FundingPoolEntity;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ name: 'amount_ore', type: 'bigint' })
  amountOre!: string;

  @Column({ type: 'enum', enum: FUNDING_CATEGORIES, enumName: 'funding_category', default: 'implementation' })
  category!: FundingCategory;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'enum', enum: APPLICATION_STATUSES, enumName: 'application_status', default: 'applied' })
  status!: ApplicationStatus;

  @Column({ name: 'applied_by', type: 'uuid', nullable: true })
  appliedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applied_by' })
  applicant?: UserEntity | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decider?: UserEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
