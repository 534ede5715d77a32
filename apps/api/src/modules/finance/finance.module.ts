import { Module } from '@nestjs/common';
import { FinanceController } from './finance.controller';
import { FinanceExportService } from './finance-export.service';
import { FinanceOverviewService } from './finance-overview.service';

/** The read side of finance: the overview pivot and the .xlsx/.csv exports (writes live in funding/ and funding-pools/). */
@Module({ controllers: [FinanceController], providers: [FinanceOverviewService, FinanceExportService] })
export class FinanceModule {}
