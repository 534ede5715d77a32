import { reviewCycleOf as cycleBounds } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { OverviewDrilldownRow, Phase } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { danishDate } from '../../common/validation/numeric';
import type { OverviewDrilldownQueryDto } from './dto/portfolio-overview.query';
import { FIGURE_ROWS, SqlFigure } from './overview-figures';
import { PortfolioHealthCounter } from './portfolio-health-counter';
import { reviewCycleOfOrganisation } from './review-cycle-setting';
import { scopeSql } from './portfolio-scope';

/** The list behind a figure of the overview, with the same filters: its counts sum to the figure. */
@Injectable()
export class PortfolioDrilldownService {
  constructor(
    private readonly db: TenantDb,
    private readonly health: PortfolioHealthCounter,
  ) {}

  async list(user: AuthUser, query: OverviewDrilldownQueryDto, now = new Date()): Promise<OverviewDrilldownRow[]> {
    const { withClause, params } = scopeSql(query, user.organisationId);
    const figure = query.figure ?? 'all';
    let rowsSql = 'SELECT s.id AS initiative_id, 1 AS count FROM scope s';
    if (figure === 'failing_health') {
      const { rows } = await this.scopeIds(withClause, params);
      const { failing } = await this.health.count(user.organisationId, rows, now);
      params.push(failing);
      rowsSql = `SELECT s.id AS initiative_id, 1 AS count FROM scope s WHERE s.id = ANY($${params.length}::uuid[])`;
    } else if (figure !== 'all') {
      const today = danishDate(now);
      const cycle = cycleBounds(await reviewCycleOfOrganisation(this.db.manager, user.organisationId), today);
      rowsSql = FIGURE_ROWS[figure as SqlFigure]((value) => `$${params.push(value)}`, { today, cycle });
    }
    const rows: { id: string; code: string; title: string; phase: Phase; count: number }[] = await this.db.manager.query(
      `${withClause}, figure AS (${rowsSql})
       SELECT i.id, i.code, i.title, i.phase, f.count::int AS count FROM figure f JOIN initiative i ON i.id = f.initiative_id ORDER BY i.code`,
      params,
    );
    return rows.map((row) => ({ initiative: { id: row.id, code: row.code, title: row.title, phase: row.phase }, count: row.count }));
  }

  private async scopeIds(withClause: string, params: unknown[]): Promise<{ rows: string[] }> {
    const rows: { id: string }[] = await this.db.manager.query(`${withClause} SELECT id FROM scope`, params);
    return { rows: rows.map((row) => row.id) };
  }
}
