import { Module } from '@nestjs/common';
import { RiskFindingsService } from './risk-findings.service';
import { RiskPortfolioService } from './risk-portfolio.service';
import { RisksController } from './risks.controller';
import { RisksService } from './risks.service';

@Module({ controllers: [RisksController], providers: [RisksService, RiskPortfolioService, RiskFindingsService], exports: [RisksService] })
export class RisksModule {}
