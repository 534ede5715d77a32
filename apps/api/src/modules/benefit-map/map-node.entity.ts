import { MAP_CHANGE_STATUSES, MAP_OWN_KINDS } from '@gevinst/domain';
import type { MapChangeStatus, MapOwnKind } from '@gevinst/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { UserEntity } from '../users/user.entity';

/** A delivery (leverance) or a change (forandring/forudsætning) of an initiative's benefit map. */
@Entity({ name: 'benefit_map_node' })
@Index('ix_benefit_map_node_org_initiative', ['organisationId', 'initiativeId'])
// A change is followed up (a status, maybe a due date); a delivery has neither.
@Check('ck_benefit_map_node_change_fields', `(kind = 'change') = (status IS NOT NULL) AND (kind = 'change' OR due_date IS NULL)`)
export class MapNodeEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'enum', enum: MAP_OWN_KINDS, enumName: 'map_node_kind' })
  kind!: MapOwnKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: UserEntity | null;

  /** Changes only (a check constraint keeps deliveries without). */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'enum', enum: MAP_CHANGE_STATUSES, enumName: 'map_change_status', nullable: true })
  status!: MapChangeStatus | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
