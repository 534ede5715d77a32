import { Module } from '@nestjs/common';
import { RiskPortfolioService } from './risk-portfolio.service';
import { RisksController } from './risks.controller';
import { RisksService } from './risks.service';

@Module({ controllers: [RisksController], providers: [RisksService, RiskPortfolioService], exports: [RisksService] })
export class RisksModule {}
