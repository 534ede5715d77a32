import { Module } from '@nestjs/common';
import { PrioritisationController } from './prioritisation.controller';
import { PrioritisedPortfolioService } from './prioritised-portfolio.service';
import { PriorityCriteriaService } from './priority-criteria.service';
import { PriorityScoresService } from './priority-scores.service';
import { RiskAppetiteService } from './risk-appetite.service';

/** Prioritisation criteria and weights, initiatives' scores, the ranked portfolio with its cut-off, and risk appetite. */
@Module({
  controllers: [PrioritisationController],
  providers: [PriorityCriteriaService, PriorityScoresService, PrioritisedPortfolioService, RiskAppetiteService],
})
export class PrioritisationModule {}
