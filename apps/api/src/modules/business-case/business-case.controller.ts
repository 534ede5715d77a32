import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { BusinessCase } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { BusinessCaseService } from './business-case.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

@ApiTags('business-case')
@ApiNotFoundResponse()
@Controller()
export class BusinessCaseController {
  constructor(private readonly cases: BusinessCaseService) {}

  /** The simple business case in three scenarios "as now", beside the one frozen at the latest gate ("as approved"). */
  @Get('initiatives/:id/business-case')
  @Policy('initiative.read')
  @ApiOkResponse({ description: 'NPV, payback year and cumulative cash per scenario; freed hours valued apart from cash' })
  get(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<BusinessCase> {
    return this.cases.get(user, id);
  }
}
