import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { MissingReport, StatusReport } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { parseVersion } from '../goals/initiative-access';
import { VersionedDto } from '../initiatives/dto/versioned.dto';
import { CreateStatusReportDto, MissingReportsQuery, UpdateStatusReportDto } from './dto/status-report.dto';
import { MissingReportsService } from './missing-reports.service';
import { StatusReportsService } from './status-reports.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });
const reportId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Status report') });
const STALE = { description: 'The version is stale, or a report for this period exists' };
const FROZEN = { description: 'The report is submitted and frozen' };

@ApiTags('status-reports')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class StatusReportsController {
  constructor(
    private readonly reports: StatusReportsService,
    private readonly missing: MissingReportsService,
  ) {}

  /** Initiatives in gennemførelse or realisering without a submitted report for the current review cycle. */
  @Get('status-reports/missing')
  @Policy('initiative.read')
  missingReports(@CurrentUser() user: AuthUser, @Query() query: MissingReportsQuery): Promise<MissingReport[]> {
    return this.missing.list(user, query.steeringGroupId);
  }

  /** Newest period first. */
  @Get('initiatives/:id/status-reports')
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<StatusReport[]> {
    return this.reports.list(user, id);
  }

  /** A draft for a period; one report per initiative and start date (409). */
  @Post('initiatives/:id/status-reports')
  @Policy('status_report.write')
  @ApiConflictResponse(STALE)
  create(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: CreateStatusReportDto): Promise<StatusReport> {
    return this.reports.create(user, id, dto);
  }

  @Get('status-reports/:id')
  @Policy('initiative.read')
  get(@CurrentUser() user: AuthUser, @Param('id', reportId) id: string): Promise<StatusReport> {
    return this.reports.get(user, id);
  }

  @Patch('status-reports/:id')
  @Policy('status_report.write')
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse(FROZEN)
  update(@CurrentUser() user: AuthUser, @Param('id', reportId) id: string, @Body() dto: UpdateStatusReportDto): Promise<StatusReport> {
    return this.reports.update(user, id, dto);
  }

  @Delete('status-reports/:id')
  @Policy('status_report.write')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse(FROZEN)
  async remove(@CurrentUser() user: AuthUser, @Param('id', reportId) id: string, @Query('version') version: unknown): Promise<void> {
    await this.reports.remove(user, id, parseVersion(version));
  }

  /** Freezes the report with the initiative's key figures of this moment; a second submit is refused (422). */
  @Post('status-reports/:id/submit')
  @Policy('status_report.write')
  @HttpCode(200)
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse(FROZEN)
  submit(@CurrentUser() user: AuthUser, @Param('id', reportId) id: string, @Body() dto: VersionedDto): Promise<StatusReport> {
    return this.reports.submit(user, id, dto.version);
  }
}
