import { Module } from '@nestjs/common';
import { HealthCheckModule } from '../health-check/health-check.module';
import { DecisionsService } from './decisions.service';
import { GateChecklistService } from './gate-checklist.service';
import { GovernanceController } from './governance.controller';
import { GovernanceService } from './governance.service';

@Module({
  imports: [HealthCheckModule],
  controllers: [GovernanceController],
  providers: [GovernanceService, DecisionsService, GateChecklistService],
})
export class GovernanceModule {}
