import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Page, Risk, RiskHeatMap, RiskListItem, RuleFindings } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { parseVersion } from '../goals/initiative-access';
import { ListRisksQuery, RiskFiltersQuery } from './dto/list-risks.query';
import { CreateRiskDto, UpdateRiskDto } from './dto/risk.dto';
import { RiskPortfolioService } from './risk-portfolio.service';
import { RiskFindingsService } from './risk-findings.service';
import { RisksService } from './risks.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });
const riskId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Risk') });
const STALE = { description: 'The version is stale; the body carries the current state' };
const OWNER = { description: 'The owner is not a user of this organisation' };

@ApiTags('risks')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class RisksController {
  constructor(
    private readonly risks: RisksService,
    private readonly portfolio: RiskPortfolioService,
    private readonly findings: RiskFindingsService,
  ) {}

  /** Live risks across the portfolio (or any status asked for), highest score first. */
  @Get('risks')
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Query() query: ListRisksQuery): Promise<Page<RiskListItem>> {
    return this.portfolio.list(user, query);
  }

  /** Counts per cell of the 5×5 matrix before and after mitigation, for the same filters as the list. */
  @Get('risks/heat-map')
  @Policy('initiative.read')
  heatMap(@CurrentUser() user: AuthUser, @Query() query: RiskFiltersQuery): Promise<RiskHeatMap> {
    return this.portfolio.heatMap(user, query);
  }

  @Get('initiatives/:id/risks')
  @Policy('initiative.read')
  listOfInitiative(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<Risk[]> {
    return this.risks.list(user, id);
  }

  /** The risk rules of the health check (RISK-1…) and what they find in this initiative's log. */
  @Get('initiatives/:id/risk-findings')
  @Policy('initiative.read')
  riskFindings(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<RuleFindings> {
    return this.findings.forInitiative(user, id);
  }

  @Post('initiatives/:id/risks')
  @Policy('risk.manage')
  @ApiUnprocessableEntityResponse(OWNER)
  create(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: CreateRiskDto): Promise<Risk> {
    return this.risks.create(user, id, dto);
  }

  @Get('risks/:id')
  @Policy('initiative.read')
  get(@CurrentUser() user: AuthUser, @Param('id', riskId) id: string): Promise<Risk> {
    return this.risks.get(user, id);
  }

  /** The project lead changes anything; the risk owner status, actions and the review date. */
  @Patch('risks/:id')
  @Policy('risk.update')
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse(OWNER)
  update(@CurrentUser() user: AuthUser, @Param('id', riskId) id: string, @Body() dto: UpdateRiskDto): Promise<Risk> {
    return this.risks.update(user, id, dto);
  }

  @Delete('risks/:id')
  @Policy('risk.manage')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiConflictResponse(STALE)
  async remove(@CurrentUser() user: AuthUser, @Param('id', riskId) id: string, @Query('version') version: unknown): Promise<void> {
    await this.risks.remove(user, id, parseVersion(version));
  }
}
