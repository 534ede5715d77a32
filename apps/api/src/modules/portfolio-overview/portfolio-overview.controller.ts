import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
import type { OverviewDrilldownRow, PortfolioOverview } from '@gevinst/domain';
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

  /** Every key figure and chart series of the management overview, for the same filters. */
  @Get()
  @Policy('initiative.read')
  get(@CurrentUser() user: AuthUser, @Query() query: PortfolioOverviewQueryDto): Promise<PortfolioOverview> {
    return this.overview.overview(user, query);
  }

  /** The initiatives behind a figure (and how much each contributes), with the overview's filters. */
  @Get('initiatives')
  @Policy('initiative.read')
  initiatives(@CurrentUser() user: AuthUser, @Query() query: OverviewDrilldownQueryDto): Promise<OverviewDrilldownRow[]> {
    return this.drilldown.list(user, query);
  }
}
