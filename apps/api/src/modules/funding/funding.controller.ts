import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FundingLine, PayersAndGainers, RuleFindings } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { parseVersion } from '../goals/initiative-access';
import { CreateFundingLineDto, UpdateFundingLineDto } from './dto/funding-line.dto';
import { FundingFindingsService } from './funding-findings.service';
import { FundingLinesService } from './funding-lines.service';
import { PayersAndGainersService } from './payers-and-gainers.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });
const lineId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Funding line') });
const STALE = { description: 'The version is stale; the body carries the current state' };
const REFERENCES = { description: 'Paying department or pool not of this organisation' };

@ApiTags('funding')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class FundingController {
  constructor(
    private readonly lines: FundingLinesService,
    private readonly payers: PayersAndGainersService,
    private readonly findings: FundingFindingsService,
  ) {}

  /** The funding rules of the health check (FIN-1, FIN-2) and what they find in this initiative. */
  @Get('initiatives/:id/funding-findings')
  @Policy('initiative.read')
  fundingFindings(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<RuleFindings> {
    return this.findings.forInitiative(user, id);
  }

  @Get('initiatives/:id/funding-lines')
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<FundingLine[]> {
    return this.lines.list(user, id);
  }

  /** Finance adds confirmed lines; the initiative's project lead proposes lines (status proposed). */
  @Post('initiatives/:id/funding-lines')
  @Policy('funding.propose')
  @ApiUnprocessableEntityResponse(REFERENCES)
  create(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: CreateFundingLineDto): Promise<FundingLine> {
    return this.lines.create(user, id, dto);
  }

  /** Per year and department: what it pays against the planned DKK benefits it receives, and the net. */
  @Get('initiatives/:id/payers-and-gainers')
  @Policy('initiative.read')
  payersAndGainers(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<PayersAndGainers> {
    return this.payers.forInitiative(user, id);
  }

  @Patch('funding-lines/:id')
  @Policy('funding.propose')
  @ApiConflictResponse(STALE)
  @ApiUnprocessableEntityResponse(REFERENCES)
  update(@CurrentUser() user: AuthUser, @Param('id', lineId) id: string, @Body() dto: UpdateFundingLineDto): Promise<FundingLine> {
    return this.lines.update(user, id, dto);
  }

  @Delete('funding-lines/:id')
  @Policy('funding.propose')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiConflictResponse(STALE)
  async remove(@CurrentUser() user: AuthUser, @Param('id', lineId) id: string, @Query('version') version: unknown): Promise<void> {
    await this.lines.remove(user, id, parseVersion(version));
  }
}
