import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { StrategicGoal } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { parseVersion } from '../goals/initiative-access';
import { CreateStrategicGoalDto, UpdateStrategicGoalDto } from './dto/strategic-goal.dto';
import { StrategicGoalsService } from './strategic-goals.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound('Strategic goal') });

@ApiTags('strategic goals')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@Controller('strategic-goals')
export class StrategicGoalsController {
  constructor(private readonly goals: StrategicGoalsService) {}

  @Get()
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser): Promise<StrategicGoal[]> {
    return this.goals.list(user);
  }

  @Post()
  @Policy('strategic_goal.manage')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateStrategicGoalDto): Promise<StrategicGoal> {
    return this.goals.create(user, dto);
  }

  @Patch(':id')
  @Policy('strategic_goal.manage')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  update(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Body() dto: UpdateStrategicGoalDto): Promise<StrategicGoal> {
    return this.goals.update(user, id, dto);
  }

  @Delete(':id')
  @Policy('strategic_goal.manage')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  async remove(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string, @Query('version') version: unknown): Promise<void> {
    await this.goals.remove(user, id, parseVersion(version));
  }
}
