import { AGENDA_REASONS } from '@gevinst/domain';
import type { AgendaReason } from '@gevinst/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { StatusReportEntity } from '../status-reports/status-report.entity';
import { PortfolioReviewEntity } from './portfolio-review.entity';

/** An initiative on a review's agenda, why it is there, and the frozen report the meeting reads. */
@Entity({ name: 'review_item' })
@Unique('uq_review_item_review_initiative', ['reviewId', 'initiativeId'])
@Index('ix_review_item_org_review', ['organisationId', 'reviewId'])
export class ReviewItemEntity extends TenantOwnedEntity {
  @Column({ name: 'review_id', type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => PortfolioReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: PortfolioReviewEntity;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'enum', enum: AGENDA_REASONS, enumName: 'agenda_reason', array: true })
  reasons!: AgendaReason[];

  @Column({ name: 'status_report_id', type: 'uuid', nullable: true })
  statusReportId!: string | null;

  @ManyToOne(() => StatusReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'status_report_id' })
  statusReport?: StatusReportEntity | null;
}
