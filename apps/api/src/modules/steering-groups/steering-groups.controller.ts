import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { SteeringGroup } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { parseVersion } from '../goals/initiative-access';
import { CreateSteeringGroupDto, UpdateSteeringGroupDto } from './dto/steering-group.dto';
import { SteeringGroupsService } from './steering-groups.service';

const groupId = new ParseUUIDPipe({ exceptionFactory: () => notFound('Steering group') });
const RULES = { description: 'Unknown parent or user, a cycle, a level above the parent, or (delete) a group still in use' };

@ApiTags('steering groups')
@ApiBadRequestResponse({ description: 'Invalid input, with field-level details' })
@ApiNotFoundResponse()
@Controller('steering-groups')
export class SteeringGroupsController {
  constructor(private readonly groups: SteeringGroupsService) {}

  /** Every group of the organisation with chair, members and the number of initiatives assigned. */
  @Get()
  @Policy('initiative.read')
  list(@CurrentUser() user: AuthUser): Promise<SteeringGroup[]> {
    return this.groups.list(user);
  }

  @Get(':id')
  @Policy('initiative.read')
  get(@CurrentUser() user: AuthUser, @Param('id', groupId) id: string): Promise<SteeringGroup> {
    return this.groups.get(user, id);
  }

  @Post()
  @Policy('steering_group.manage')
  @ApiConflictResponse({ description: 'The name is taken' })
  @ApiUnprocessableEntityResponse(RULES)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSteeringGroupDto): Promise<SteeringGroup> {
    return this.groups.create(user, dto);
  }

  @Patch(':id')
  @Policy('steering_group.manage')
  @ApiConflictResponse({ description: 'The version is stale (the body carries the current state), or the name is taken' })
  @ApiUnprocessableEntityResponse(RULES)
  update(@CurrentUser() user: AuthUser, @Param('id', groupId) id: string, @Body() dto: UpdateSteeringGroupDto): Promise<SteeringGroup> {
    return this.groups.update(user, id, dto);
  }

  @Delete(':id')
  @Policy('steering_group.manage')
  @HttpCode(204)
  @ApiQuery({ name: 'version', type: Number })
  @ApiConflictResponse({ description: 'The version is stale' })
  @ApiUnprocessableEntityResponse(RULES)
  async remove(@CurrentUser() user: AuthUser, @Param('id', groupId) id: string, @Query('version') version: unknown): Promise<void> {
    await this.groups.remove(user, id, parseVersion(version));
  }
}
