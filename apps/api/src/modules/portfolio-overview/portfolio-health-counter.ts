import { Injectable } from '@nestjs/common';
import type { HealthTheme } from '@gevinst/domain';
import { HealthFindingsCache } from '../health-check/health-findings.cache';
import { summarisePortfolioHealth } from '../health-check/portfolio-health';

export interface HealthCounts {
  /** Initiatives with at least one finding, and with at least one error. */
  failing: string[];
  withErrors: string[];
  byTheme: { theme: HealthTheme; findings: number; initiatives: number }[];
}

/** The health check over a set of initiatives, from the findings cache (recomputing only what changed). */
@Injectable()
export class PortfolioHealthCounter {
  constructor(private readonly cache: HealthFindingsCache) {}

  async count(organisationId: string, initiativeIds: string[], now: Date): Promise<HealthCounts> {
    if (initiativeIds.length === 0) return { failing: [], withErrors: [], byTheme: [] };
    const checked = await this.cache.check(organisationId, { initiativeIds }, now);
    return {
      failing: checked.filter((c) => c.findings.length > 0).map((c) => c.initiative.id),
      withErrors: checked.filter((c) => c.findings.some((f) => f.severity === 'error')).map((c) => c.initiative.id),
      byTheme: summarisePortfolioHealth(checked).byTheme,
    };
  }
}
