import { ROLES } from '@gevinst/domain';
import type { Role } from '@gevinst/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { DepartmentEntity } from '../departments/department.entity';

/** A person who signs in: locally (password_hash) and/or through single sign-on (oidc_subject). */
@Entity({ name: 'app_user' })
@Index('uq_app_user_email', { synchronize: false })
@Index('uq_app_user_oidc_subject', ['oidcSubject'], { unique: true, where: '"oidc_subject" IS NOT NULL' })
@Index('ix_app_user_org', ['organisationId'])
export class UserEntity extends TenantOwnedEntity {
  /** Stored as entered; unique case-insensitively (index on lower(email), made by the migration). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'oidc_subject', type: 'varchar', length: 255, nullable: true })
  oidcSubject!: string | null;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
