import { Injectable } from '@nestjs/common';
import type { OverviewDrilldownRow, Phase } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { PortfolioRollupService } from '../portfolio-rollup/portfolio-rollup.service';
import type { OverviewDrilldownQueryDto } from './dto/portfolio-overview.query';
import { FIGURE_COUNT } from './overview-figures';
import { scopeSql } from './portfolio-scope';
import { Clock } from '../../common/clock/clock';

/** The list behind a figure of the overview, with the same filters: its counts sum to the figure. */
@Injectable()
export class PortfolioDrilldownService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly rollup: PortfolioRollupService,
  ) {}

  async list(user: AuthUser, query: OverviewDrilldownQueryDto): Promise<OverviewDrilldownRow[]> {
    const scope = scopeSql(query, user.organisationId);
    await this.rollup.refresh(user.organisationId, scope);
    const rows: { id: string; code: string; title: string; phase: Phase; count: number }[] = await this.db.manager.query(
      `${scope.withClause}
       SELECT i.id, i.code, i.title, i.phase, f.count FROM (
         SELECT r.initiative_id AS id, (${FIGURE_COUNT[query.figure ?? 'all']})::int AS count
         FROM scope s JOIN initiative_rollup r ON r.initiative_id = s.id) f
       JOIN initiative i ON i.id = f.id WHERE f.count > 0 ORDER BY i.code`,
      scope.params,
    );
    return rows.map((row) => ({ initiative: { id: row.id, code: row.code, title: row.title, phase: row.phase }, count: row.count }));
  }
}
