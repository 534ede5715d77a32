import { RISK_ACTION_STATUSES } from '@gevinst/domain';
import type { RiskActionStatus } from '@gevinst/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { RiskEntity } from './risk.entity';

/** A mitigation action of a risk; `position` keeps the order the log lists them in. */
@Entity({ name: 'risk_action' })
// Led by the risk: its delete cascades here, and actions are always read per risk.
@Index('ix_risk_action_risk', ['riskId'])
export class RiskActionEntity extends TenantOwnedEntity {
  @Column({ name: 'risk_id', type: 'uuid' })
  riskId!: string;

  @ManyToOne(() => RiskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'risk_id' })
  risk?: RiskEntity;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 1000 })
  action!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  responsible!: string | null;

  @Column({ type: 'date', nullable: true })
  deadline!: string | null;

  @Column({ type: 'enum', enum: RISK_ACTION_STATUSES, enumName: 'risk_action_status', default: 'planned' })
  status!: RiskActionStatus;
}
