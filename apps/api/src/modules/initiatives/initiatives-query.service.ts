import { Injectable } from '@nestjs/common';
import { can, PHASES } from '@gevinst/domain';
import type { InitiativeDetail, InitiativeSummary, Page, PhaseCount } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import type { ListInitiativesQuery } from './dto/list-initiatives.query';
import { decodeCursor, encodeCursor, sortKeyOf } from './initiative-list-cursor';
import { InitiativeDetailRow, InitiativeSummaryRow, SUMMARY_COLUMNS, toDetail, toSummary } from './initiative-rows';

/** `%` and `_` typed by a user are searched for literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Reads of initiatives: paged, filtered and sorted in SQL, one query per page. */
@Injectable()
export class InitiativesQueryService {
  constructor(private readonly db: TenantDb) {}

  async list(organisationId: string, query: ListInitiativesQuery): Promise<Page<InitiativeSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const params: unknown[] = [organisationId];
    const where = ['i.organisation_id = $1'];
    let withClause = '';
    if (!query.includeArchived) where.push('i.archived_at IS NULL');
    if (query.phase?.length) {
      params.push(query.phase);
      where.push(`i.phase = ANY($${params.length}::initiative_phase[])`);
    }
    if (query.departmentId) {
      // A department includes its sub-departments; an initiative matches as lead or as involved.
      params.push(query.departmentId);
      withClause = `WITH RECURSIVE subtree AS (
          SELECT id FROM department WHERE organisation_id = $1 AND id = $${params.length}
          UNION ALL SELECT c.id FROM department c JOIN subtree s ON c.parent_id = s.id WHERE c.organisation_id = $1)`;
      where.push(`(i.lead_department_id IN (SELECT id FROM subtree) OR EXISTS (
          SELECT 1 FROM initiative_department x
          WHERE x.initiative_id = i.id AND x.department_id IN (SELECT id FROM subtree)))`);
    }
    const search = query.q?.trim();
    if (search) {
      params.push(likePattern(search));
      const p = `$${params.length}`;
      where.push(`(i.code ILIKE ${p} OR i.title ILIKE ${p} OR i.purpose ILIKE ${p})`);
    }
    const direction = query.direction === 'desc' ? 'desc' : 'asc';
    const key = sortKeyOf(query.sort ?? 'code', direction);
    const filtered = where.join(' AND ');
    let keyset = '';
    if (query.after !== undefined) {
      if (page > 1) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: 'after', messages: ['Use either page or after, not both'] }]);
      // Keyset: continue after the cursor's row instead of counting past every earlier one (OFFSET).
      const cursor = decodeCursor(query.after);
      params.push(cursor.sortKey, cursor.id);
      keyset = `AND (${key.expression}, i.id) ${direction === 'desc' ? '<' : '>'} ($${params.length - 1}::${key.type}, $${params.length}::uuid)`;
    }
    const filterParams = params.length;
    // One row more than the page tells whether another page follows.
    params.push(pageSize + 1, query.after === undefined ? (page - 1) * pageSize : 0);
    const rows: (InitiativeSummaryRow & { sort_key: string; total?: string })[] = await this.db.manager
      .query(
        `${withClause}
         SELECT ${SUMMARY_COLUMNS}, (${key.expression})::text AS sort_key${keyset ? '' : ', count(*) OVER () AS total'}
         FROM initiative i JOIN department d ON d.id = i.lead_department_id
         WHERE ${filtered} ${keyset}
         ORDER BY ${key.expression} ${direction}, i.id ${direction}
         LIMIT $${params.length - 1} OFFSET $${params.length}`,
        params,
      )
      .catch((error: unknown) => {
        // A cursor whose key is not a value of the sort's type (e.g. made for another sort).
        if (keyset && (error as { code?: string }).code?.startsWith('22')) decodeCursor('');
        throw error;
      });
    const more = rows.length > pageSize;
    const items = rows.slice(0, pageSize);
    // After a cursor the rows before it are not read at all, so the total is counted on its own (cheap: no sort, no join).
    let total = rows.length > 0 && !keyset ? Number(rows[0].total) : -1;
    if (total < 0) {
      const counted: { total: string }[] = await this.db.manager.query(`${withClause} SELECT count(*) AS total FROM initiative i WHERE ${filtered}`, params.slice(0, keyset ? filterParams - 2 : filterParams));
      total = Number(counted[0].total);
    }
    const last = items.at(-1);
    return { items: items.map(toSummary), total, page, pageSize, ...(more && last ? { nextCursor: encodeCursor(last.sort_key, last.id) } : {}) };
  }

  /** The initiative with what this user may do with it; row-level security and the WHERE both confine it. */
  async get(user: AuthUser, id: string): Promise<InitiativeDetail> {
    const rows: InitiativeDetailRow[] = await this.db.manager.query(
      `SELECT ${SUMMARY_COLUMNS},
              i.purpose, i.description, i.expected_value, i.technology, i.radar_ring, i.created_at, i.version,
              i.project_lead_id, pl.name AS project_lead_name,
              COALESCE((SELECT json_agg(json_build_object('id', x.id, 'code', x.code, 'name', x.name) ORDER BY x.code)
                        FROM initiative_department idp JOIN department x ON x.id = idp.department_id
                        WHERE idp.initiative_id = i.id), '[]'::json) AS involved
       FROM initiative i JOIN department d ON d.id = i.lead_department_id
       LEFT JOIN app_user pl ON pl.id = i.project_lead_id
       WHERE i.organisation_id = $1 AND i.id = $2`,
      [user.organisationId, id],
    );
    if (rows.length === 0) throw notFound('Initiative');
    const subject = { leadsInitiative: rows[0].project_lead_id === user.id };
    return toDetail(rows[0], {
      update: can(user.roles, 'initiative.update', subject),
      archive: can(user.roles, 'initiative.archive', subject),
    });
  }

  async phaseCounts(organisationId: string): Promise<PhaseCount[]> {
    const rows: { phase: PhaseCount['phase']; count: number }[] = await this.db.manager.query(
      `SELECT phase, count(*)::int AS count FROM initiative
       WHERE organisation_id = $1 AND archived_at IS NULL GROUP BY phase`,
      [organisationId],
    );
    const counts = new Map(rows.map((row) => [row.phase, row.count]));
    return PHASES.map((phase) => ({ phase, count: counts.get(phase) ?? 0 }));
  }
}
