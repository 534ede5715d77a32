import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** Forvaltning / område: a tree per organisation, reference data maintained by admin. */
@Entity({ name: 'department' })
@Unique('uq_department_org_code', ['organisationId', 'code'])
@Index('ix_department_org_parent', ['organisationId', 'parentId'])
export class DepartmentEntity extends TenantOwnedEntity {
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: DepartmentEntity | null;

  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
