import { Module } from '@nestjs/common';
import { FundingLinesService } from './funding-lines.service';
import { FundingController } from './funding.controller';
import { PayersAndGainersService } from './payers-and-gainers.service';

@Module({ controllers: [FundingController], providers: [FundingLinesService, PayersAndGainersService], exports: [FundingLinesService] })
export class FundingModule {}
