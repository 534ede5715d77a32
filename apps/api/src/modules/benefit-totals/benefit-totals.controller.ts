import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { PortfolioBenefitTotals } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { BenefitTotalsService } from './benefit-totals.service';
import { BenefitTotalsQueryDto } from './dto/benefit-totals.query';

@ApiTags('benefits')
@Controller()
export class BenefitTotalsController {
  constructor(private readonly service: BenefitTotalsService) {}

  /** Planned vs realised per unit and year across the portfolio (quantified benefits of non-archived initiatives). */
  @Get('benefit-totals')
  @Policy('initiative.read')
  @ApiBadRequestResponse({ description: 'Invalid years, with field-level details' })
  @ApiUnprocessableEntityResponse({ description: 'Unknown department' })
  totals(@CurrentUser() user: AuthUser, @Query() query: BenefitTotalsQueryDto): Promise<PortfolioBenefitTotals> {
    return this.service.totals(user, query);
  }
}
