import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FundingPool, Page, PoolApplication } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { CreateApplicationDto, CreateFundingPoolDto, DecideApplicationDto, ListApplicationsQuery, UpdateFundingPoolDto } from './dto/funding-pool.dto';
import { FundingPoolsService } from './funding-pools.service';
import { PoolApplicationsService } from './pool-applications.service';

const poolId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Funding pool') });
const applicationId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Application') });
const STALE = { description: 'The version is stale; the body carries the current state' };

@ApiTags('funding pools')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class FundingPoolsController {
  constructor(
    private readonly pools: FundingPoolsService,
    private readonly applications: PoolApplicationsService,
  ) {}

  @Get('funding-pools')
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser): Promise<FundingPool[]> {
    return this.pools.list(user);
  }

  @Post('funding-pools')
  @Policy('funding_pool.manage')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateFundingPoolDto): Promise<FundingPool> {
    return this.pools.create(user, dto);
  }

  @Get('funding-pools/:id')
  @Policy('initiative.read')
  get(@CurrentUser() user: AuthUser, @Param('id', poolId) id: string): Promise<FundingPool> {
    return this.pools.get(user, id);
  }

  @Patch('funding-pools/:id')
  @Policy('funding_pool.manage')
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse({ description: 'The capital would fall below what is granted' })
  update(@CurrentUser() user: AuthUser, @Param('id', poolId) id: string, @Body() dto: UpdateFundingPoolDto): Promise<FundingPool> {
    return this.pools.update(user, id, dto);
  }

  /** A short, plain application: initiative, year, amount, what it is for. */
  @Post('funding-pools/:id/applications')
  @Policy('application.create')
  @ApiUnprocessableEntityResponse({ description: 'No capital that year, above the remaining capital, or an unknown initiative' })
  apply(@CurrentUser() user: AuthUser, @Param('id', poolId) id: string, @Body() dto: CreateApplicationDto): Promise<PoolApplication> {
    return this.applications.create(user, id, dto);
  }

  @Get('pool-applications')
  @Policy('initiative.read')
  applicationsList(@CurrentUser() user: AuthUser, @Query() query: ListApplicationsQuery): Promise<Page<PoolApplication>> {
    return this.applications.list(user, query);
  }

  /** Grant (becomes a confirmed funding line) or reject (with a reason). */
  @Post('pool-applications/:id/decision')
  @Policy('application.decide')
  @HttpCode(200)
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse({ description: 'Already decided, or the grant exceeds the remaining capital' })
  decide(@CurrentUser() user: AuthUser, @Param('id', applicationId) id: string, @Body() dto: DecideApplicationDto): Promise<PoolApplication> {
    return this.applications.decide(user, id, dto);
  }
}
