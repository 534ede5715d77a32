import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { PrioritisedPortfolio, PriorityCriterion, PriorityScores, RiskAppetiteStatement } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { PrioritisationQuery, PriorityCriteriaDto, PriorityScoresDto, RiskAppetitesDto } from './dto/priority.dto';
import { PrioritisedPortfolioService } from './prioritised-portfolio.service';
import { PriorityCriteriaService } from './priority-criteria.service';
import { PriorityScoresService } from './priority-scores.service';
import { RiskAppetiteService } from './risk-appetite.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

@ApiTags('prioritisation')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@Controller()
export class PrioritisationController {
  constructor(
    private readonly criteria: PriorityCriteriaService,
    private readonly scores: PriorityScoresService,
    private readonly portfolio: PrioritisedPortfolioService,
    private readonly appetite: RiskAppetiteService,
  ) {}

  @Get('priority-criteria')
  @Policy('initiative.read')
  listCriteria(@CurrentUser() user: AuthUser): Promise<PriorityCriterion[]> {
    return this.criteria.list(user);
  }

  /** The whole set: weights are whole percent summing to 100 over 1–10 criteria; a kept id keeps its scores. */
  @Put('priority-criteria')
  @Policy('priority.configure')
  @ApiUnprocessableEntityResponse({ description: 'An id that is not a criterion of this organisation' })
  replaceCriteria(@CurrentUser() user: AuthUser, @Body() dto: PriorityCriteriaDto): Promise<PriorityCriterion[]> {
    return this.criteria.replace(user, dto);
  }

  @Get('initiatives/:id/priority-scores')
  @Policy('initiative.read')
  @ApiNotFoundResponse()
  getScores(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<PriorityScores> {
    return this.scores.get(user, id);
  }

  /** The initiative's whole set of scores (0–5 per criterion); a criterion left out loses its score. */
  @Put('initiatives/:id/priority-scores')
  @Policy('priority.score')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current scores' })
  @ApiUnprocessableEntityResponse({ description: 'A criterion that is not of this organisation' })
  replaceScores(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: PriorityScoresDto): Promise<PriorityScores> {
    return this.scores.replace(user, id, dto);
  }

  @Get('prioritisation')
  @Policy('initiative.read')
  @ApiOperation({
    summary: 'Initiatives ranked by priority score with their cost in the years and the cut-off line',
    description:
      'Ranks non-archived initiatives that are neither closed nor stopped and have a score on every criterion. Cost: the sum of ' +
      'their funding lines (proposed and confirmed) in fromYear–toYear. Funded: the cumulative cost fits within `available` ' +
      '(DKK; default: the capital of all the organisation’s funding pools in the years). `unscored`: initiatives past idé ' +
      'without a complete score (PRI-1).',
  })
  @ApiUnprocessableEntityResponse({ description: 'Unknown department' })
  prioritised(@CurrentUser() user: AuthUser, @Query() query: PrioritisationQuery): Promise<PrioritisedPortfolio> {
    return this.portfolio.get(user, query);
  }

  /** The stated risk appetite per area; areas without a statement are left out. */
  @Get('risk-appetite')
  @Policy('initiative.read')
  listAppetite(@CurrentUser() user: AuthUser): Promise<RiskAppetiteStatement[]> {
    return this.appetite.list(user);
  }

  /** The whole statement: an area left out is no longer stated. */
  @Put('risk-appetite')
  @Policy('priority.configure')
  replaceAppetite(@CurrentUser() user: AuthUser, @Body() dto: RiskAppetitesDto): Promise<RiskAppetiteStatement[]> {
    return this.appetite.replace(user, dto);
  }
}
