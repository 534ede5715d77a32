import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Written only by the audit_row() trigger; the app role may read (own organisation) but never change it. */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_org_row', ['organisationId', 'tableName', 'rowId', 'at'])
@Index('ix_audit_log_org_at', ['organisationId', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'table_name', type: 'varchar', length: 63 })
  tableName!: string;

  @Column({ name: 'row_id', type: 'uuid' })
  rowId!: string;

  @Column({ type: 'varchar', length: 6 })
  action!: 'insert' | 'update' | 'delete';

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  // app_clock_now() is clock_timestamp() moved by the test clock's shift, if a test database sets one (migration AuditClock).
  @Column({ type: 'timestamptz', default: () => 'app_clock_now()' })
  at!: Date;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
