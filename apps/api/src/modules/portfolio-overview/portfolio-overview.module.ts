import { Module } from '@nestjs/common';
import { HealthCheckModule } from '../health-check/health-check.module';
import { PortfolioDrilldownService } from './portfolio-drilldown.service';
import { PortfolioHealthCounter } from './portfolio-health-counter';
import { PortfolioOverviewController } from './portfolio-overview.controller';
import { PortfolioOverviewService } from './portfolio-overview.service';

@Module({ imports: [HealthCheckModule], controllers: [PortfolioOverviewController], providers: [PortfolioOverviewService, PortfolioDrilldownService, PortfolioHealthCounter] })
export class PortfolioOverviewModule {}
