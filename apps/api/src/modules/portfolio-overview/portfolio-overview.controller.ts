import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OverviewDrilldownRow } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { OverviewDrilldownQueryDto, PortfolioOverviewQueryDto } from './dto/portfolio-overview.query';
import { PortfolioDrilldownService } from './portfolio-drilldown.service';
import { PortfolioOverviewService } from './portfolio-overview.service';

@ApiTags('portfolio overview')
@ApiBadRequestResponse({ description: 'Invalid filters, with field-level details' })
@Controller('portfolio/overview')
export class PortfolioOverviewController {
  constructor(
    private readonly overview: PortfolioOverviewService,
    private readonly drilldown: PortfolioDrilldownService,
  ) {}

  /** Every key figure and chart series of the management overview (PortfolioOverview), for the same filters. */
  @Get()
  @Policy('initiative.read')
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ApiOkResponse({ description: 'PortfolioOverview (libs/domain contracts), sent as prepared JSON' })
  get(@CurrentUser() user: AuthUser, @Query() query: PortfolioOverviewQueryDto): Promise<string> {
    return this.overview.overviewJson(user, query);
  }

  /** The initiatives behind a figure (and how much each contributes), with the overview's filters. */
  @Get('initiatives')
  @Policy('initiative.read')
  initiatives(@CurrentUser() user: AuthUser, @Query() query: OverviewDrilldownQueryDto): Promise<OverviewDrilldownRow[]> {
    return this.drilldown.list(user, query);
  }
}
