import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DepartmentsModule } from '../departments/departments.module';
import { InitiativeCodeAllocator } from './initiative-code.allocator';
import { InitiativesQueryService } from './initiatives-query.service';
import { InitiativesController } from './initiatives.controller';
import { InitiativesService } from './initiatives.service';

@Module({
  imports: [DepartmentsModule, AuditModule],
  controllers: [InitiativesController],
  providers: [InitiativesService, InitiativesQueryService, InitiativeCodeAllocator],
})
export class InitiativesModule {}
