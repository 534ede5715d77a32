import { Module } from '@nestjs/common';
import { HealthCheckController } from './health-check.controller';
import { HealthCheckService } from './health-check.service';
import { HealthSnapshotLoader } from './health-snapshot.loader';

/** The advice-driven health check (sundhedstjek); reads the tables directly, depends on no other module's services. */
@Module({
  controllers: [HealthCheckController],
  providers: [HealthCheckService, HealthSnapshotLoader],
  exports: [HealthCheckService, HealthSnapshotLoader],
})
export class HealthCheckModule {}
