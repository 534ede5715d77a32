import { Module } from '@nestjs/common';
import { RiskFindingsService } from './risk-findings.service';
import { RiskLogImportService } from './risk-log-import.service';
import { RiskLogController } from './risk-log.controller';
import { RiskPortfolioService } from './risk-portfolio.service';
import { RisksController } from './risks.controller';
import { RisksService } from './risks.service';

// RiskLogController first: its GET risks/template.xlsx must match before RisksController's GET risks/:id.
@Module({
  controllers: [RiskLogController, RisksController],
  providers: [RisksService, RiskPortfolioService, RiskFindingsService, RiskLogImportService],
  exports: [RisksService],
})
export class RisksModule {}
