import { Module } from '@nestjs/common';
import { BusinessCaseModule } from '../business-case/business-case.module';
import { HealthCheckModule } from '../health-check/health-check.module';
import { DecisionsService } from './decisions.service';
import { GateChecklistService } from './gate-checklist.service';
import { GovernanceController } from './governance.controller';
import { GovernanceService } from './governance.service';

@Module({
  imports: [HealthCheckModule, BusinessCaseModule],
  controllers: [GovernanceController],
  providers: [GovernanceService, DecisionsService, GateChecklistService],
})
export class GovernanceModule {}
