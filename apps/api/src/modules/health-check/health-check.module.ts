import { Module } from '@nestjs/common';
import { HealthCheckController } from './health-check.controller';
import { HealthCheckService } from './health-check.service';
import { HealthFindingsCache } from './health-findings.cache';
import { HealthSnapshotLoader } from './health-snapshot.loader';

/** The advice-driven health check (sundhedstjek); reads the tables directly, depends on no other module's services. */
@Module({
  controllers: [HealthCheckController],
  providers: [HealthCheckService, HealthSnapshotLoader, HealthFindingsCache],
  exports: [HealthCheckService, HealthFindingsCache],
})
export class HealthCheckModule {}
