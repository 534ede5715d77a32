import { Injectable } from '@nestjs/common';
import { evaluateHealth } from '@gevinst/domain';
import type { HealthTheme } from '@gevinst/domain';
import { danishDate } from '../../common/validation/numeric';
import { HealthSnapshotLoader } from '../health-check/health-snapshot.loader';
import { summarisePortfolioHealth } from '../health-check/portfolio-health';

export interface HealthCounts {
  /** Initiatives with at least one finding, and with at least one error. */
  failing: string[];
  withErrors: string[];
  byTheme: { theme: HealthTheme; findings: number; initiatives: number }[];
}

/** The health check over a set of initiatives: the engine on the bulk loader's snapshots (a fixed number of queries). */
@Injectable()
export class PortfolioHealthCounter {
  constructor(private readonly loader: HealthSnapshotLoader) {}

  async count(organisationId: string, initiativeIds: string[], now: Date): Promise<HealthCounts> {
    if (initiativeIds.length === 0) return { failing: [], withErrors: [], byTheme: [] };
    const { initiatives, snapshots } = await this.loader.load(organisationId, { initiativeIds });
    const today = danishDate(now);
    const checked = initiatives.map((initiative, index) => ({ initiative, findings: evaluateHealth(snapshots[index], today) }));
    return {
      failing: checked.filter((c) => c.findings.length > 0).map((c) => c.initiative.id),
      withErrors: checked.filter((c) => c.findings.some((f) => f.severity === 'error')).map((c) => c.initiative.id),
      byTheme: summarisePortfolioHealth(checked).byTheme,
    };
  }
}
