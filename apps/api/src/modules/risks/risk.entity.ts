import { RISK_CATEGORIES, RISK_HANDLERS, RISK_STATUSES } from '@gevinst/domain';
import type { RiskCategory, RiskHandler, RiskStatus } from '@gevinst/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/** A risk in an initiative's risk log (the municipal risk-log template). Score and band are computed, never stored. */
@Entity({ name: 'risk' })
@Unique('uq_risk_initiative_number', ['initiativeId', 'number'])
@Index('ix_risk_org_initiative', ['organisationId', 'initiativeId'])
@Index('ix_risk_org_owner', ['organisationId', 'ownerUserId'])
@Index('ix_risk_org_status', ['organisationId', 'status'])
@Check('ck_risk_ratings', `"probability" BETWEEN 1 AND 5 AND "consequence" BETWEEN 1 AND 5`)
@Check('ck_risk_residual_ratings', `("residual_probability" IS NULL OR "residual_probability" BETWEEN 1 AND 5) AND ("residual_consequence" IS NULL OR "residual_consequence" BETWEEN 1 AND 5)`)
@Check('ck_risk_number', `"number" > 0`)
export class RiskEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  cause!: string | null;

  @Column({ type: 'text', nullable: true })
  event!: string | null;

  @Column({ name: 'consequence_text', type: 'text', nullable: true })
  consequenceText!: string | null;

  @Column({ type: 'enum', enum: RISK_CATEGORIES, enumName: 'risk_category' })
  category!: RiskCategory;

  @Column({ type: 'smallint' })
  probability!: number;

  @Column({ type: 'smallint' })
  consequence!: number;

  @Column({ type: 'enum', enum: RISK_HANDLERS, enumName: 'risk_handler', nullable: true })
  handler!: RiskHandler | null;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: UserEntity | null;

  @Column({ name: 'residual_probability', type: 'smallint', nullable: true })
  residualProbability!: number | null;

  @Column({ name: 'residual_consequence', type: 'smallint', nullable: true })
  residualConsequence!: number | null;

  @Column({ type: 'enum', enum: RISK_STATUSES, enumName: 'risk_status', default: 'open' })
  status!: RiskStatus;

  @Column({ name: 'identified_on', type: 'date' })
  identifiedOn!: string;

  @Column({ name: 'last_reviewed_on', type: 'date', nullable: true })
  lastReviewedOn!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
