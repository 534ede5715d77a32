import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Benefit } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { parseVersion } from '../goals/initiative-access';
import { BenefitsService } from './benefits.service';
import { BenefitYearsDto, CreateBenefitDto, UpdateBenefitDto } from './dto/benefit.dto';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });
const benefitId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Benefit') });
const STALE = { description: 'The version is stale; the body carries the current state' };

@ApiTags('benefits')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class BenefitsController {
  constructor(private readonly benefits: BenefitsService) {}

  @Get('initiatives/:id/benefits')
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<Benefit[]> {
    return this.benefits.list(user, id);
  }

  @Post('initiatives/:id/benefits')
  @Policy('benefit.manage')
  @ApiUnprocessableEntityResponse({ description: 'Owner, receiving department or goal not of this organisation/initiative' })
  create(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: CreateBenefitDto): Promise<Benefit> {
    return this.benefits.create(user, id, dto);
  }

  @Patch('benefits/:id')
  @Policy('benefit.manage')
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse({ description: 'Owner, receiving department or goal not of this organisation/initiative' })
  update(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string, @Body() dto: UpdateBenefitDto): Promise<Benefit> {
    return this.benefits.update(user, id, dto);
  }

  @Delete('benefits/:id')
  @Policy('benefit.manage')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiConflictResponse(STALE)
  async remove(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string, @Query('version') version: unknown): Promise<void> {
    await this.benefits.remove(user, id, parseVersion(version));
  }

  /** Benefit owners may send realised amounts (planned unchanged); project leads and admins the whole profile. */
  @Put('benefits/:id/years')
  @Policy('measurement.record')
  @ApiConflictResponse(STALE)
  putYears(@CurrentUser() user: AuthUser, @Param('id', benefitId) id: string, @Body() dto: BenefitYearsDto): Promise<Benefit> {
    return this.benefits.putYears(user, id, dto);
  }
}
