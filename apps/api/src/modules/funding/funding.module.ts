import { Module } from '@nestjs/common';
import { FundingFindingsService } from './funding-findings.service';
import { FundingLinesService } from './funding-lines.service';
import { FundingController } from './funding.controller';
import { PayersAndGainersService } from './payers-and-gainers.service';

@Module({ controllers: [FundingController], providers: [FundingLinesService, PayersAndGainersService, FundingFindingsService], exports: [FundingLinesService] })
export class FundingModule {}
