import { FUNDING_CATEGORIES, FUNDING_LINE_STATUSES, FUNDING_SOURCES } from '@gevinst/domain';
import type { FundingCategory, FundingLineStatus, FundingSource } from '@gevinst/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { PoolApplicationEntity } from '../funding-pools/pool-application.entity';
import { FundingPoolEntity } from '../funding-pools/funding-pool.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';

/** A line of an initiative's funding plan: one year, category and source. Amounts are whole øre (exact money). */
@Entity({ name: 'funding_line' })
@Index('ix_funding_line_org_initiative', ['organisationId', 'initiativeId', 'year'])
@Index('ix_funding_line_org_year', ['organisationId', 'year'])
@Index('ix_funding_line_org_department', ['organisationId', 'payingDepartmentId'])
@Check('ck_funding_line_year', `"year" BETWEEN 2000 AND 2100`)
@Check('ck_funding_line_amount', `"amount_ore" > 0`)
@Check('ck_funding_line_pool', `("source" = 'pool') = ("pool_id" IS NOT NULL)`)
export class FundingLineEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'enum', enum: FUNDING_CATEGORIES, enumName: 'funding_category' })
  category!: FundingCategory;

  /** bigint comes back from pg as text; services convert with exact helpers. */
  @Column({ name: 'amount_ore', type: 'bigint' })
  amountOre!: string;

  @Column({ type: 'enum', enum: FUNDING_SOURCES, enumName: 'funding_source' })
  source!: FundingSource;

  @Column({ name: 'pool_id', type: 'uuid', nullable: true })
  poolId!: string | null;

  @ManyToOne(() => FundingPoolEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pool_id' })
  pool?: FundingPoolEntity | null;

  @Column({ name: 'source_name', type: 'varchar', length: 200, nullable: true })
  sourceName!: string | null;

  @Column({ name: 'paying_department_id', type: 'uuid' })
  payingDepartmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'paying_department_id' })
  payingDepartment?: DepartmentEntity;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'enum', enum: FUNDING_LINE_STATUSES, enumName: 'funding_line_status', default: 'proposed' })
  status!: FundingLineStatus;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => PoolApplicationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id' })
  application?: PoolApplicationEntity | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
