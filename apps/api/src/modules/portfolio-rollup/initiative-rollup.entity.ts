import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { HealthFindingBrief } from './portfolio-health';
import type { RollupFigures } from './rollup-figures';

/**
 * Derived data per initiative for the portfolio views (not audited): the health check's findings and the overview's
 * figures. Database triggers on every table they read add to `changes`; the row is current while
 * `checked_changes = changes`, it was computed today (both depend on the date) and by this release (`version`).
 */
@Entity({ name: 'initiative_rollup' })
@Index('ix_initiative_rollup_org', ['organisationId', 'initiativeId'])
export class InitiativeRollupEntity {
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

  @Column({ type: 'varchar', length: 64, nullable: true })
  version!: string | null;

  /** Rule, theme and severity of each finding (the messages are not needed for counting). */
  @Column({ type: 'jsonb', nullable: true })
  findings!: HealthFindingBrief[] | null;

  @Column({ type: 'jsonb', nullable: true })
  figures!: RollupFigures | null;
}
