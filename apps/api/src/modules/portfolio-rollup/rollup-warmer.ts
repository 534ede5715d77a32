import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { healthScopeCte } from '../health-check/health-scope';
import { PortfolioRollupService } from './portfolio-rollup.service';
import { Clock } from '../../common/clock/clock';

/** Key of the advisory lock that lets one replica at a time warm the rollups. */
const WARM_LOCK = 0x6765_7631;

/** Milliseconds from `now` to 00:05 Danish time the next day (several rules and figures turn over at midnight). */
export function msUntilNextWarmup(now: Date): number {
  const danish = new Date(now.toLocaleString('en-US', { timeZone: 'Europe/Copenhagen' }));
  const next = new Date(danish);
  next.setHours(24, 5, 0, 0);
  return next.getTime() - danish.getTime();
}

/**
 * Rollups are computed on the day they are read. So that the first dashboard of the morning does not recompute a
 * whole portfolio, every organisation's live portfolio is refreshed shortly after midnight (and once at boot).
 * Replicas take turns through an advisory lock; a failure is logged and retried the next night.
 */
@Injectable()
export class RollupWarmer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RollupWarmer');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly db: TenantDb,
    private readonly rollup: PortfolioRollupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.ROLLUP_WARMUP) return;
    this.schedule(1_000);
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      void this.warmAll()
        .catch((error: unknown) => this.logger.error(`Warming the rollups failed: ${String(error)}`))
        .finally(() => this.schedule(msUntilNextWarmup(this.clock.now())));
    }, delay);
    // A pending warm-up never keeps the process alive.
    this.timer.unref();
  }

  /** Refreshes every organisation's live portfolio; returns how many organisations, or null if another replica is at it. */
  async warmAll(today = this.clock.today()): Promise<number | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }]: { locked: boolean }[] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [WARM_LOCK]);
      if (!locked) return null;
      try {
        // The owner's connection (sign-in's too) may list organisations; each is then refreshed as its own tenant.
        const organisations: { id: string }[] = await runner.query('SELECT id FROM organisation ORDER BY id');
        for (const { id } of organisations) {
          await this.db.run({ organisationId: id, userId: null }, () => this.rollup.refresh(id, healthScopeCte(id, {}), today));
        }
        // Debug: routine, and it would otherwise land after the start-up output's last line.
        this.logger.debug(`Rollups warmed for ${organisations.length} organisation(s)`);
        return organisations.length;
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [WARM_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }
}
