import { STEERING_LEVELS } from '@gevinst/domain';
import type { SteeringLevel } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { UserEntity } from '../users/user.entity';

/** A steering group; `parent` is the group it reports to (local groups report upward to the directorate). */
@Entity({ name: 'steering_group' })
@Unique('uq_steering_group_org_name', ['organisationId', 'name'])
@Index('ix_steering_group_org_parent', ['organisationId', 'parentId'])
export class SteeringGroupEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: STEERING_LEVELS, enumName: 'steering_level' })
  level!: SteeringLevel;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => SteeringGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: SteeringGroupEntity | null;

  @Column({ name: 'chair_user_id', type: 'uuid', nullable: true })
  chairUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chair_user_id' })
  chair?: UserEntity | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
