import { Module } from '@nestjs/common';
import { HealthCheckModule } from '../health-check/health-check.module';
import { PortfolioRollupService } from './portfolio-rollup.service';

/** Derived data per initiative (health findings, overview figures), kept current for the portfolio views. */
@Module({ imports: [HealthCheckModule], providers: [PortfolioRollupService], exports: [PortfolioRollupService] })
export class PortfolioRollupModule {}
