import { Injectable } from '@nestjs/common';
import type { AuditEntry, Page } from '@gevinst/domain';
import { TenantDb } from '../../common/tenancy/tenant-db';
import type { AuditQueryDto } from './dto/audit.query';

interface AuditRow {
  id: string;
  at: Date;
  table_name: string;
  row_id: string;
  action: AuditEntry['action'];
  actor_id: string | null;
  actor_name: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const COLUMNS = `a.id::text AS id, a.at, a.table_name, a.row_id, a.action, a.actor_user_id AS actor_id, u.name AS actor_name, a.before, a.after`;

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at.toISOString(),
  tableName: row.table_name,
  rowId: row.row_id,
  action: row.action,
  actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
  before: row.before,
  after: row.after,
});

/** Reads of the trigger-written audit log, confined to the organisation by row-level security. */
@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb) {}

  /** Changes to an initiative and to its involved departments (logged under the initiative's id), newest first. */
  async forInitiative(initiativeId: string): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
       WHERE a.table_name IN ('initiative', 'initiative_department') AND a.row_id = $1
       ORDER BY a.at DESC, a.id DESC LIMIT 500`,
      [initiativeId],
    );
    return rows.map(toEntry);
  }

  async search(organisationId: string, query: AuditQueryDto): Promise<Page<AuditEntry>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const params: unknown[] = [organisationId];
    const where = ['a.organisation_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.tableName) add('a.table_name = ?', query.tableName);
    if (query.rowId) add('a.row_id = ?', query.rowId);
    if (query.actorId) add('a.actor_user_id = ?', query.actorId);
    if (query.from) add(`a.at >= (?::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'`, query.from);
    if (query.to) add(`a.at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen'`, query.to);
    params.push(pageSize, (page - 1) * pageSize);
    // The page and the total apart: a window count would read, join and sort the organisation's whole log (hundreds of
    // thousands of rows at scale) for every page; this way the page is an index range and the count an index-only scan.
    const rows: AuditRow[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
       WHERE ${where.join(' AND ')} ORDER BY a.at DESC, a.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const [counted]: { total: string }[] = await this.db.manager.query(`SELECT count(*) AS total FROM audit_log a WHERE ${where.join(' AND ')}`, params.slice(0, -2));
    const total = Number(counted.total);
    return { items: rows.map(toEntry), total, page, pageSize };
  }
}
