import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { AuditEntry, InitiativeDetail, InitiativeSummary, Page, PhaseCount } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { CreateInitiativeDto } from './dto/create-initiative.dto';
import { ListInitiativesQuery } from './dto/list-initiatives.query';
import { UpdateInitiativeDto } from './dto/update-initiative.dto';
import { VersionedDto } from './dto/versioned.dto';
import { InitiativesQueryService } from './initiatives-query.service';
import { InitiativesService } from './initiatives.service';

/** An id that is not even a UUID names nothing: 404, like any unknown id. */
const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

@ApiTags('initiatives')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly queries: InitiativesQueryService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Query() query: ListInitiativesQuery): Promise<Page<InitiativeSummary>> {
    return this.queries.list(user.organisationId, query);
  }

  @Get('phase-counts')
  @Policy('initiative.read')
  phaseCounts(@CurrentUser() user: AuthUser): Promise<PhaseCount[]> {
    return this.queries.phaseCounts(user.organisationId);
  }

  @Post()
  @Policy('initiative.create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInitiativeDto): Promise<InitiativeDetail> {
    return this.initiatives.create(user, dto);
  }

  @Get(':id')
  @Policy('initiative.read')
  @ApiNotFoundResponse()
  get(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<InitiativeDetail> {
    return this.queries.get(user, id);
  }

  @Get(':id/history')
  @Policy('initiative.read')
  @ApiNotFoundResponse()
  async history(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<AuditEntry[]> {
    await this.queries.get(user, id);
    return this.audit.forInitiative(id);
  }

  @Patch(':id')
  @Policy('initiative.update')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  update(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() dto: UpdateInitiativeDto): Promise<InitiativeDetail> {
    return this.initiatives.update(user, id, dto);
  }

  @Post(':id/archive')
  @Policy('initiative.archive')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  archive(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() dto: VersionedDto): Promise<InitiativeDetail> {
    return this.initiatives.setArchived(user, id, dto.version, true);
  }

  @Post(':id/restore')
  @Policy('initiative.archive')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  restore(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() dto: VersionedDto): Promise<InitiativeDetail> {
    return this.initiatives.setArchived(user, id, dto.version, false);
  }
}
