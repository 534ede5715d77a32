import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Decision, HealthFinding, InitiativeGovernance, Page } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { DecisionsService } from './decisions.service';
import { DecisionDto, GateRequestDto, InitiativeGovernanceDto, ListDecisionsQuery } from './dto/governance.dto';
import { GovernanceService } from './governance.service';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });

@ApiTags('governance')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class GovernanceController {
  constructor(
    private readonly governance: GovernanceService,
    private readonly decisions: DecisionsService,
  ) {}

  /** Steering group and its chain up to the top, project owner, gate request, and what the user may do. */
  @Get('initiatives/:id/governance')
  @Policy('initiative.read')
  get(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<InitiativeGovernance> {
    return this.governance.get(user, id);
  }

  @Put('initiatives/:id/governance')
  @Policy('governance.manage')
  @ApiConflictResponse({ description: 'The version is stale (1 while nothing was set); the body carries the current state' })
  @ApiUnprocessableEntityResponse({ description: 'The steering group or the project owner is not the organisation\'s' })
  update(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: InitiativeGovernanceDto): Promise<InitiativeGovernance> {
    return this.governance.update(user, id, dto);
  }

  /** Asks for the gate to the next phase; answers with the gate's checklist (the open health findings). */
  @Post('initiatives/:id/gate-request')
  @Policy('gate.request')
  @HttpCode(200)
  @ApiUnprocessableEntityResponse({ description: 'Not the next phase, or the initiative is paused, stopped or closed' })
  requestGate(
    @CurrentUser() user: AuthUser,
    @Param('id', initiativeId) id: string,
    @Body() dto: GateRequestDto,
  ): Promise<{ governance: InitiativeGovernance; checklist: HealthFinding[] }> {
    return this.governance.requestGate(user, id, dto);
  }

  @Delete('initiatives/:id/gate-request')
  @Policy('gate.request')
  @HttpCode(204)
  async withdrawGate(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<void> {
    await this.governance.withdrawGate(user, id);
  }

  /** The initiative's decision log, newest first. */
  @Get('initiatives/:id/decisions')
  @Policy('initiative.read')
  listOfInitiative(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<Decision[]> {
    return this.decisions.listOfInitiative(user, id);
  }

  /** The directorate, or a member of the initiative's steering group or a group above it, records a decision. */
  @Post('initiatives/:id/decisions')
  @Policy('decision.record')
  @ApiForbiddenResponse({ description: 'Neither the directorate nor in the initiative\'s steering group chain' })
  @ApiUnprocessableEntityResponse({ description: 'A skipped or backward gate, an unknown review, or a stopped or closed initiative' })
  record(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: DecisionDto): Promise<Decision> {
    return this.decisions.record(user, id, dto);
  }

  /** The organisation's decision log. */
  @Get('decisions')
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Query() query: ListDecisionsQuery): Promise<Page<Decision>> {
    return this.decisions.list(user, query);
  }
}
