import { Injectable } from '@nestjs/common';
import { LIVE_RISK_STATUSES, RISK_BAND_RANGES } from '@gevinst/domain';
import type { HeatMapCell, Page, RiskHeatMap, RiskListItem, RiskSortField } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import type { ListRisksQuery, RiskFiltersQuery } from './dto/list-risks.query';
import { RISK_COLUMNS, RISK_FROM, RiskRow, riskFields } from './risk-rows';
import { Clock } from '../../common/clock/clock';

const SCORE = '(r.probability * r.consequence)';
/** After mitigation: the residual ratings, or the inherent ones while no residual assessment exists. */
const AFTER_P = 'COALESCE(r.residual_probability, r.probability)';
const AFTER_K = 'COALESCE(r.residual_consequence, r.consequence)';
/** An action not done and past its deadline; `today` is a parameter placeholder. */
const overdueAction = (today: string) => `a.status <> 'done' AND a.deadline < ${today}::date`;

const SORT_COLUMNS: Record<RiskSortField, string> = {
  score: SCORE,
  residualScore: `(${AFTER_P} * ${AFTER_K})`,
  lastReviewedOn: 'COALESCE(r.last_reviewed_on, r.identified_on)',
  identifiedOn: 'r.identified_on',
  initiative: 'i.code',
};

/**
 * WHERE clause and parameters of the filters; $1 is the organisation. `today()` adds today's date in Denmark as a
 * parameter when a query first needs it (an unused parameter would have no type).
 */
function filterSql(query: RiskFiltersQuery & Partial<Pick<ListRisksQuery, 'probability' | 'consequence' | 'matrix'>>, organisationId: string, todayValue: string) {
  const params: unknown[] = [organisationId];
  const add = (value: unknown) => `$${params.push(value)}`;
  let todayParam: string | null = null;
  const today = () => (todayParam ??= add(todayValue));
  const where = ['r.organisation_id = $1', 'i.archived_at IS NULL'];
  let withClause = '';
  where.push(`r.status = ANY(${add(query.status?.length ? query.status : LIVE_RISK_STATUSES)}::risk_status[])`);
  if (query.initiativeId) where.push(`r.initiative_id = ${add(query.initiativeId)}`);
  if (query.departmentId) {
    withClause = `WITH RECURSIVE subtree AS (
        SELECT id FROM department WHERE organisation_id = $1 AND id = ${add(query.departmentId)}
        UNION ALL SELECT c.id FROM department c JOIN subtree s ON c.parent_id = s.id WHERE c.organisation_id = $1)`;
    where.push(`(i.lead_department_id IN (SELECT id FROM subtree) OR EXISTS (
        SELECT 1 FROM initiative_department x WHERE x.initiative_id = i.id AND x.department_id IN (SELECT id FROM subtree)))`);
  }
  if (query.band?.length) {
    where.push(`(${query.band.map((band) => `${SCORE} BETWEEN ${RISK_BAND_RANGES[band][0]} AND ${RISK_BAND_RANGES[band][1]}`).join(' OR ')})`);
  }
  if (query.category?.length) where.push(`r.category = ANY(${add(query.category)}::risk_category[])`);
  if (query.handler?.length) where.push(`r.handler = ANY(${add(query.handler)}::risk_handler[])`);
  if (query.ownerUserId) where.push(`r.owner_user_id = ${add(query.ownerUserId)}`);
  if (query.overdueActions) where.push(`EXISTS (SELECT 1 FROM risk_action a WHERE a.risk_id = r.id AND ${overdueAction(today())})`);
  if (query.notReviewedDays !== undefined) {
    where.push(`COALESCE(r.last_reviewed_on, r.identified_on) <= ${today()}::date - ${add(query.notReviewedDays)}::int`);
  }
  if (query.probability !== undefined && query.consequence !== undefined) {
    const [p, k] = query.matrix === 'after' ? [AFTER_P, AFTER_K] : ['r.probability', 'r.consequence'];
    where.push(`${p} = ${add(query.probability)} AND ${k} = ${add(query.consequence)}`);
  }
  return { withClause, where: where.join(' AND '), params, today };
}

/** Reads across the portfolio: the risk list and the heat maps, filtered and aggregated in SQL. */
@Injectable()
export class RiskPortfolioService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  async list(user: AuthUser, query: ListRisksQuery): Promise<Page<RiskListItem>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const todayValue = this.clock.today();
    const { withClause, where, params, today } = filterSql(query, user.organisationId, todayValue);
    const whereParams = params.slice();
    const overdue = overdueAction(today());
    const direction = (query.direction ?? 'desc') === 'desc' ? 'DESC' : 'ASC';
    params.push(pageSize, (page - 1) * pageSize);
    const order = `${SORT_COLUMNS[query.sort ?? 'score']} ${direction}, i.code, r.number`;
    // The page is chosen on the narrow rows first; only its 25 rows are then joined and given their action counts.
    const rows: (RiskRow & { code: string; initiative_title: string; open_actions: number; overdue_actions: number; total: string })[] =
      await this.db.manager.query(
        `${withClause ? `${withClause},` : 'WITH'} page AS (
           SELECT r.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS position
           FROM risk r JOIN initiative i ON i.id = r.initiative_id
           WHERE ${where}
           ORDER BY ${order}
           LIMIT $${params.length - 1} OFFSET $${params.length})
         SELECT ${RISK_COLUMNS}, i.code, i.title AS initiative_title, page.total,
                (SELECT count(*) FILTER (WHERE a.status <> 'done') FROM risk_action a WHERE a.risk_id = r.id)::int AS open_actions,
                (SELECT count(*) FILTER (WHERE ${overdue}) FROM risk_action a WHERE a.risk_id = r.id)::int AS overdue_actions
         FROM page JOIN ${RISK_FROM} ON r.id = page.id
         ORDER BY page.position`,
        params,
      );
    return {
      items: rows.map((row) => ({
        ...riskFields(row, todayValue),
        initiative: { id: row.initiative_id, code: row.code, title: row.initiative_title },
        openActions: row.open_actions,
        overdueActions: row.overdue_actions,
      })),
      total: rows.length > 0 ? Number(rows[0].total) : await this.count(withClause, where, whereParams),
      page,
      pageSize,
    };
  }

  /** Both 5×5 matrices in one pass: GROUPING SETS count each cell before and after mitigation. */
  async heatMap(user: AuthUser, query: RiskFiltersQuery): Promise<RiskHeatMap> {
    const { withClause, where, params } = filterSql(query, user.organisationId, this.clock.today());
    const rows: { matrix: 'before' | 'after' | 'all'; p: number | null; k: number | null; count: number; unassessed: number }[] =
      await this.db.manager.query(
        `${withClause}
         SELECT CASE WHEN GROUPING(r.probability) = 0 THEN 'before' WHEN GROUPING(${AFTER_P}) = 0 THEN 'after' ELSE 'all' END AS matrix,
                COALESCE(r.probability, ${AFTER_P}) AS p, COALESCE(r.consequence, ${AFTER_K}) AS k,
                count(*)::int AS count,
                (count(*) FILTER (WHERE r.residual_probability IS NULL OR r.residual_consequence IS NULL))::int AS unassessed
         FROM ${RISK_FROM}
         WHERE ${where}
         GROUP BY GROUPING SETS ((r.probability, r.consequence), (${AFTER_P}, ${AFTER_K}), ())`,
        params,
      );
    const cells = (matrix: 'before' | 'after'): HeatMapCell[] =>
      rows
        .filter((row) => row.matrix === matrix)
        .map((row) => ({ probability: row.p, consequence: row.k, count: row.count }) as HeatMapCell)
        .sort((a, b) => b.probability - a.probability || a.consequence - b.consequence);
    const all = rows.find((row) => row.matrix === 'all');
    return { before: cells('before'), after: cells('after'), total: all?.count ?? 0, unassessed: all?.unassessed ?? 0 };
  }

  /** The total when the requested page is past the end. */
  private async count(withClause: string, where: string, params: unknown[]): Promise<number> {
    const [{ count }]: { count: number }[] = await this.db.manager.query(
      `${withClause} SELECT count(*)::int AS count FROM ${RISK_FROM} WHERE ${where}`,
      params,
    );
    return count;
  }
}
