import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { HealthFinding } from '@gevinst/domain';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * The health check's findings for one initiative, cached (derived data: not audited). Database triggers on every
 * table the rules read add to `changes`; the findings are current while `checked_changes = changes`, they were
 * computed today (rules depend on the date) and by the same rules (`rules_version`). See HealthFindingsCache.
 */
@Entity({ name: 'initiative_health' })
@Index('ix_initiative_health_org', ['organisationId', 'initiativeId'])
export class InitiativeHealthEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'bigint', default: 0 })
  changes!: string;

  @Column({ name: 'checked_changes', type: 'bigint', nullable: true })
  checkedChanges!: string | null;

  @Column({ name: 'checked_on', type: 'date', nullable: true })
  checkedOn!: string | null;

  @Column({ name: 'rules_version', type: 'varchar', length: 64, nullable: true })
  rulesVersion!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  findings!: HealthFinding[] | null;
}
