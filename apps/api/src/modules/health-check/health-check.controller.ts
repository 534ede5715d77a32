import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { InitiativeHealth, PortfolioHealth } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { PortfolioHealthQueryDto } from './dto/portfolio-health.query';
import { HealthCheckService } from './health-check.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

/** The health check (sundhedstjek) of one initiative and of the portfolio. Not the liveness probe (modules/health). */
@ApiTags('health-check')
@Controller()
export class HealthCheckController {
  constructor(private readonly health: HealthCheckService) {}

  /** The rules that apply to the initiative in its phase and size class, and what they find, each citing its advice. */
  @Get('initiatives/:id/health')
  @Policy('initiative.read')
  @ApiNotFoundResponse()
  forInitiative(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<InitiativeHealth> {
    return this.health.forInitiative(user, id);
  }

  /** Which themes and rules fail most across the live portfolio, and the initiatives with the most findings. */
  @Get('health-check/portfolio')
  @Policy('initiative.read')
  @ApiBadRequestResponse({ description: 'Invalid filter, with field-level details' })
  portfolio(@CurrentUser() user: AuthUser, @Query() query: PortfolioHealthQueryDto): Promise<PortfolioHealth> {
    return this.health.portfolio(user, query);
  }
}
