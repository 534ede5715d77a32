import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** The municipality's overall goals; initiative goals link to them. */
@Entity({ name: 'strategic_goal' })
@Index('ix_strategic_goal_org', ['organisationId'])
export class StrategicGoalEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
