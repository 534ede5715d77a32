import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { InitiativeHealth } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { HealthCheckService } from './health-check.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

/** The health check (sundhedstjek) of one initiative (the portfolio's: PortfolioHealthController). Not the liveness probe (modules/health). */
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
}
