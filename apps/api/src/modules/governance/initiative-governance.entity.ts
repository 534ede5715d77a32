import { PHASES } from '@gevinst/domain';
import type { Phase } from '@gevinst/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SteeringGroupEntity } from '../steering-groups/steering-group.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Who steers an initiative (its steering group and project owner) and its pending gate request. Kept beside the
 * initiative so governance changes never collide with edits of the intake fields (each has its own version).
 */
@Entity({ name: 'initiative_governance' })
@Index('ix_initiative_governance_org_group', ['organisationId', 'steeringGroupId'])
export class InitiativeGovernanceEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @OneToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'steering_group_id', type: 'uuid', nullable: true })
  steeringGroupId!: string | null;

  @ManyToOne(() => SteeringGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'steering_group_id' })
  steeringGroup?: SteeringGroupEntity | null;

  @Column({ name: 'project_owner_id', type: 'uuid', nullable: true })
  projectOwnerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_owner_id' })
  projectOwner?: UserEntity | null;

  @Column({ name: 'requested_phase', type: 'enum', enum: PHASES, enumName: 'initiative_phase', nullable: true })
  requestedPhase!: Phase | null;

  @Column({ name: 'requested_at', type: 'timestamptz', nullable: true })
  requestedAt!: Date | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by' })
  requester?: UserEntity | null;

  @Column({ name: 'request_note', type: 'text', nullable: true })
  requestNote!: string | null;

  @Column({ name: 'paused_from_phase', type: 'enum', enum: PHASES, enumName: 'initiative_phase', nullable: true })
  pausedFromPhase!: Phase | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
