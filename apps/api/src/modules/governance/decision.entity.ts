import { DECISION_KINDS, PHASES } from '@gevinst/domain';
import type { BusinessCaseSnapshot, DecisionKind, Phase } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { PortfolioReviewEntity } from '../portfolio-reviews/portfolio-review.entity';
import { SteeringGroupEntity } from '../steering-groups/steering-group.entity';
import { UserEntity } from '../users/user.entity';

/** A recorded decision about an initiative: who decided, in which group or meeting, and why. Never changed. */
@Entity({ name: 'decision' })
@Index('ix_decision_org_initiative', ['organisationId', 'initiativeId', 'decidedAt'])
@Index('ix_decision_org_decided_at', ['organisationId', 'decidedAt'])
@Index('ix_decision_org_review', ['organisationId', 'reviewId'])
export class DecisionEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'enum', enum: DECISION_KINDS, enumName: 'decision_kind' })
  kind!: DecisionKind;

  @Column({ name: 'from_phase', type: 'enum', enum: PHASES, enumName: 'initiative_phase' })
  fromPhase!: Phase;

  @Column({ name: 'to_phase', type: 'enum', enum: PHASES, enumName: 'initiative_phase' })
  toPhase!: Phase;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The health findings open when a gate was passed anyway. */
  @Column({ name: 'open_findings', type: 'jsonb', default: () => "'[]'" })
  openFindings!: { ruleId: string; message: string }[];

  /** The business case as it stood when a gate was passed ("as approved"); null for other decisions. */
  @Column({ name: 'business_case', type: 'jsonb', nullable: true })
  businessCase!: BusinessCaseSnapshot | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decider?: UserEntity | null;

  @Column({ name: 'steering_group_id', type: 'uuid', nullable: true })
  steeringGroupId!: string | null;

  @ManyToOne(() => SteeringGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'steering_group_id' })
  steeringGroup?: SteeringGroupEntity | null;

  @Column({ name: 'review_id', type: 'uuid', nullable: true })
  reviewId!: string | null;

  @ManyToOne(() => PortfolioReviewEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'review_id' })
  review?: PortfolioReviewEntity | null;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
