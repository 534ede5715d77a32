import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { InitiativeDetail, InitiativeSummary, Page, PhaseCount } from '@gevinst/domain';
import { notFound } from '../../common/errors/domain-error';
import { Tenant, type TenantContext } from '../../common/tenancy/current-organisation';
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
  ) {}

  @Get()
  list(@Tenant() tenant: TenantContext, @Query() query: ListInitiativesQuery): Promise<Page<InitiativeSummary>> {
    return this.queries.list(tenant.organisationId, query);
  }

  @Get('phase-counts')
  phaseCounts(@Tenant() tenant: TenantContext): Promise<PhaseCount[]> {
    return this.queries.phaseCounts(tenant.organisationId);
  }

  @Post()
  create(@Tenant() tenant: TenantContext, @Body() dto: CreateInitiativeDto): Promise<InitiativeDetail> {
    return this.initiatives.create(tenant.organisationId, dto);
  }

  @Get(':id')
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', uuid) id: string): Promise<InitiativeDetail> {
    return this.queries.get(tenant.organisationId, id);
  }

  @Patch(':id')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is stale' })
  update(@Tenant() tenant: TenantContext, @Param('id', uuid) id: string, @Body() dto: UpdateInitiativeDto): Promise<InitiativeDetail> {
    return this.initiatives.update(tenant.organisationId, id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The version is stale' })
  archive(@Tenant() tenant: TenantContext, @Param('id', uuid) id: string, @Body() dto: VersionedDto): Promise<InitiativeDetail> {
    return this.initiatives.setArchived(tenant.organisationId, id, dto.version, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'The version is stale' })
  restore(@Tenant() tenant: TenantContext, @Param('id', uuid) id: string, @Body() dto: VersionedDto): Promise<InitiativeDetail> {
    return this.initiatives.setArchived(tenant.organisationId, id, dto.version, false);
  }
}
