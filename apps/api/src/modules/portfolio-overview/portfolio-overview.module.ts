import { Module } from '@nestjs/common';
import { PortfolioRollupModule } from '../portfolio-rollup/portfolio-rollup.module';
import { PortfolioDrilldownService } from './portfolio-drilldown.service';
import { PortfolioHealthController } from './portfolio-health.controller';
import { PortfolioOverviewController } from './portfolio-overview.controller';
import { PortfolioOverviewService } from './portfolio-overview.service';

/** The portfolio views: the management overview with its drill-downs, and the portfolio health check. */
@Module({
  imports: [PortfolioRollupModule],
  controllers: [PortfolioOverviewController, PortfolioHealthController],
  providers: [PortfolioOverviewService, PortfolioDrilldownService],
})
export class PortfolioOverviewModule {}
