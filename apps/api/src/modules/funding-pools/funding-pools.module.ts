import { Module } from '@nestjs/common';
import { FundingPoolsController } from './funding-pools.controller';
import { FundingPoolsService } from './funding-pools.service';
import { PoolApplicationsService } from './pool-applications.service';

@Module({ controllers: [FundingPoolsController], providers: [FundingPoolsService, PoolApplicationsService] })
export class FundingPoolsModule {}
