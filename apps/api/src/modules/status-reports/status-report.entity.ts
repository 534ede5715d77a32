import { RAG_STATUSES, REPORT_STATUSES } from '@gevinst/domain';
import type { Rag, ReportStatus, StatusReportFigures } from '@gevinst/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

const rag = (name: string) => ({ name, type: 'enum' as const, enum: RAG_STATUSES, enumName: 'rag_status' });

/** A status report for one period. Submitting freezes it with the key figures of that moment (`figures`). */
@Entity({ name: 'status_report' })
@Unique('uq_status_report_initiative_period', ['initiativeId', 'periodStart'])
@Index('ix_status_report_org_initiative', ['organisationId', 'initiativeId', 'periodEnd'])
@Check('ck_status_report_period', `"period_end" >= "period_start"`)
@Check('ck_status_report_submitted', `("status" = 'submitted') = ("submitted_at" IS NOT NULL AND "figures" IS NOT NULL)`)
export class StatusReportEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column(rag('overall'))
  overall!: Rag;

  @Column(rag('scope_rag'))
  scopeRag!: Rag;

  @Column(rag('time_rag'))
  timeRag!: Rag;

  @Column(rag('budget_rag'))
  budgetRag!: Rag;

  @Column(rag('benefits_rag'))
  benefitsRag!: Rag;

  @Column(rag('risks_rag'))
  risksRag!: Rag;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'next_steps', type: 'text', nullable: true })
  nextSteps!: string | null;

  @Column({ name: 'decision_request', type: 'text', nullable: true })
  decisionRequest!: string | null;

  @Column({ type: 'enum', enum: REPORT_STATUSES, enumName: 'report_status', default: 'draft' })
  status!: ReportStatus;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  figures!: StatusReportFigures | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
