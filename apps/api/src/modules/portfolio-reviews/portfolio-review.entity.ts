import { REVIEW_STATUSES } from '@gevinst/domain';
import type { ReviewStatus } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { SteeringGroupEntity } from '../steering-groups/steering-group.entity';

/** A meeting of a steering group that reviews its portfolio. */
@Entity({ name: 'portfolio_review' })
@Index('ix_portfolio_review_org_held_on', ['organisationId', 'heldOn'])
export class PortfolioReviewEntity extends TenantOwnedEntity {
  @Column({ name: 'steering_group_id', type: 'uuid' })
  steeringGroupId!: string;

  @ManyToOne(() => SteeringGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'steering_group_id' })
  steeringGroup?: SteeringGroupEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'enum', enum: REVIEW_STATUSES, enumName: 'review_status', default: 'planned' })
  status!: ReviewStatus;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
