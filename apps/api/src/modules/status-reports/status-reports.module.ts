import { Module } from '@nestjs/common';
import { MissingReportsService } from './missing-reports.service';
import { StatusReportsController } from './status-reports.controller';
import { StatusReportsService } from './status-reports.service';

@Module({ controllers: [StatusReportsController], providers: [StatusReportsService, MissingReportsService], exports: [StatusReportsService] })
export class StatusReportsModule {}
