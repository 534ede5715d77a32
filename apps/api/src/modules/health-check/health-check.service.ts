import { Injectable } from '@nestjs/common';
import { applicableHealthRules, evaluateHealth } from '@gevinst/domain';
import type { InitiativeHealth } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { HealthSnapshotLoader } from './health-snapshot.loader';
import { Clock } from '../../common/clock/clock';

/**
 * The health check (sundhedstjek) of one initiative: the domain engine run on the snapshot read by
 * HealthSnapshotLoader, always live. Portfolio views read the findings kept per initiative (PortfolioRollupService).
 */
@Injectable()
export class HealthCheckService {
  constructor(private readonly clock: Clock, private readonly loader: HealthSnapshotLoader) {}

  async forInitiative(user: AuthUser, initiativeId: string): Promise<InitiativeHealth> {
    const { snapshots } = await this.loader.load(user.organisationId, { initiativeId });
    if (snapshots.length === 0) throw notFound('Initiative');
    const [snapshot] = snapshots;
    return { rules: applicableHealthRules(snapshot), findings: evaluateHealth(snapshot, this.clock.today()) };
  }
}
