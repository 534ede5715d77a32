import { Module } from '@nestjs/common';
import { HealthCheckModule } from '../health-check/health-check.module';
import { PortfolioRollupService } from './portfolio-rollup.service';
import { RollupWarmer } from './rollup-warmer';

/** Derived data per initiative (health findings, overview figures), kept current for the portfolio views and warmed nightly. */
@Module({ imports: [HealthCheckModule], providers: [PortfolioRollupService, RollupWarmer], exports: [PortfolioRollupService] })
export class PortfolioRollupModule {}
