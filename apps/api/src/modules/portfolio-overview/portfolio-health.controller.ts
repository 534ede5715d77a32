import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags } from '@nestjs/swagger';
import type { PortfolioHealth } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { healthScopeCte } from '../health-check/health-scope';
import { summarisePortfolioHealth } from '../portfolio-rollup/portfolio-health';
import { PortfolioRollupService } from '../portfolio-rollup/portfolio-rollup.service';
import { PortfolioHealthQueryDto } from './dto/portfolio-health.query';

/** The health check across the portfolio, from the findings kept per initiative. */
@ApiTags('health-check')
@Controller('health-check')
export class PortfolioHealthController {
  constructor(private readonly rollup: PortfolioRollupService) {}

  /** Which themes and rules fail most across the live portfolio, and the initiatives with the most findings. */
  @Get('portfolio')
  @Policy('initiative.read')
  @ApiBadRequestResponse({ description: 'Invalid filter, with field-level details' })
  async portfolio(@CurrentUser() user: AuthUser, @Query() query: PortfolioHealthQueryDto): Promise<PortfolioHealth> {
    const scope = healthScopeCte(user.organisationId, { departmentId: query.departmentId, phases: query.phase });
    return summarisePortfolioHealth(await this.rollup.findings(user.organisationId, scope));
  }
}
