import { Injectable } from '@nestjs/common';
import { applicableHealthRules, evaluateHealth } from '@gevinst/domain';
import type { InitiativeHealth, PortfolioHealth } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { danishDate } from '../../common/validation/numeric';
import type { PortfolioHealthQueryDto } from './dto/portfolio-health.query';
import { HealthFindingsCache } from './health-findings.cache';
import { HealthSnapshotLoader } from './health-snapshot.loader';
import { summarisePortfolioHealth } from './portfolio-health';

/** The health check (sundhedstjek): the domain engine run on snapshots read by HealthSnapshotLoader (cached for portfolios). */
@Injectable()
export class HealthCheckService {
  constructor(
    private readonly loader: HealthSnapshotLoader,
    private readonly cache: HealthFindingsCache,
  ) {}

  async forInitiative(user: AuthUser, initiativeId: string): Promise<InitiativeHealth> {
    const { snapshots } = await this.loader.load(user.organisationId, { initiativeId });
    if (snapshots.length === 0) throw notFound('Initiative');
    const [snapshot] = snapshots;
    return { rules: applicableHealthRules(snapshot), findings: evaluateHealth(snapshot, danishDate(new Date())) };
  }

  async portfolio(user: AuthUser, query: PortfolioHealthQueryDto): Promise<PortfolioHealth> {
    return summarisePortfolioHealth(await this.cache.check(user.organisationId, { departmentId: query.departmentId, phases: query.phase }));
  }
}
