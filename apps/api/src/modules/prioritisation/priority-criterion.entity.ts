import { Check, Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** A prioritisation criterion with its weight (whole percent; the organisation's weights sum to 100). */
@Entity({ name: 'priority_criterion' })
@Index('ix_priority_criterion_org', ['organisationId', 'position'])
@Check('ck_priority_criterion_weight', `"weight" BETWEEN 0 AND 100`)
export class PriorityCriterionEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'smallint' })
  weight!: number;

  @Column({ type: 'boolean', default: false })
  inverse!: boolean;

  @Column({ type: 'smallint' })
  position!: number;
}
