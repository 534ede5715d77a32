import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { BenefitSummary, MyBenefit } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { ProgressService } from './progress.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

@ApiTags('benefits')
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  /** "Mine gevinster": what the signed-in user owns, with due and overdue evaluation points. */
  @Get('me/benefits')
  @Policy('initiative.read')
  myBenefits(@CurrentUser() user: AuthUser): Promise<MyBenefit[]> {
    return this.progress.myBenefits(user);
  }

  @Get('initiatives/:id/benefit-summary')
  @Policy('initiative.read')
  @ApiNotFoundResponse()
  summary(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<BenefitSummary> {
    return this.progress.summary(user, id);
  }
}
