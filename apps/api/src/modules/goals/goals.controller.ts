import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Goal } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { CreateGoalDto, UpdateGoalDto } from './dto/goal.dto';
import { GoalsService } from './goals.service';
import { parseVersion } from './initiative-access';

const initiativeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Initiative') });
const goalId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Goal') });

@ApiTags('goals')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller()
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get('initiatives/:id/goals')
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string): Promise<Goal[]> {
    return this.goals.list(user, id);
  }

  @Post('initiatives/:id/goals')
  @Policy('goal.manage')
  @ApiUnprocessableEntityResponse({ description: 'strategicGoalId names no strategic goal of the organisation' })
  create(@CurrentUser() user: AuthUser, @Param('id', initiativeId) id: string, @Body() dto: CreateGoalDto): Promise<Goal> {
    return this.goals.create(user, id, dto);
  }

  @Patch('goals/:id')
  @Policy('goal.manage')
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  update(@CurrentUser() user: AuthUser, @Param('id', goalId) id: string, @Body() dto: UpdateGoalDto): Promise<Goal> {
    return this.goals.update(user, id, dto);
  }

  @Delete('goals/:id')
  @Policy('goal.manage')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  async remove(@CurrentUser() user: AuthUser, @Param('id', goalId) id: string, @Query('version') version: unknown): Promise<void> {
    await this.goals.remove(user, id, parseVersion(version));
  }
}
