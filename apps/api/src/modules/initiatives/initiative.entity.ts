import { PHASES, RADAR_RINGS, SIZE_CLASSES } from '@gevinst/domain';
import type { Phase, RadarRing, SizeClass } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'initiative' })
@Unique('uq_initiative_org_code', ['organisationId', 'code'])
@Index('ix_initiative_org_phase', ['organisationId', 'phase'])
@Index('ix_initiative_org_lead_department', ['organisationId', 'leadDepartmentId'])
@Index('ix_initiative_org_updated', ['organisationId', 'updatedAt'])
// The organisation's live initiatives as an index-only range: where most portfolio queries start.
@Index('ix_initiative_org_live', ['organisationId', 'id'], { where: '"archived_at" IS NULL' })
export class InitiativeEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'expected_value', type: 'text', nullable: true })
  expectedValue!: string | null;

  @Column({ name: 'lead_department_id', type: 'uuid' })
  leadDepartmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_department_id' })
  leadDepartment?: DepartmentEntity;

  @Column({ name: 'project_lead_id', type: 'uuid', nullable: true })
  projectLeadId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_lead_id' })
  projectLead?: UserEntity | null;

  @Column({ name: 'size_class', type: 'enum', enum: SIZE_CLASSES, enumName: 'initiative_size_class' })
  sizeClass!: SizeClass;

  @Column({ type: 'varchar', length: 200, nullable: true })
  technology!: string | null;

  @Column({ name: 'radar_ring', type: 'enum', enum: RADAR_RINGS, enumName: 'technology_radar_ring', nullable: true })
  radarRing!: RadarRing | null;

  @Column({ type: 'enum', enum: PHASES, enumName: 'initiative_phase', default: 'idea' })
  phase!: Phase;

  @Column({ name: 'planned_start', type: 'date', nullable: true })
  plannedStart!: string | null;

  @Column({ name: 'planned_end', type: 'date', nullable: true })
  plannedEnd!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** Optimistic lock, checked in every UPDATE's WHERE clause (see InitiativesService). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
