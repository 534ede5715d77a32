import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { UserSummary } from '@gevinst/domain';
import { Policy } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound('User') });

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Policy('user.read')
  list(): Promise<UserSummary[]> {
    return this.users.list();
  }

  @Post()
  @Policy('user.manage')
  @ApiConflictResponse({ description: 'The e-mail is in use' })
  create(@CurrentUser() admin: AuthUser, @Body() dto: CreateUserDto): Promise<UserSummary> {
    return this.users.create(admin, dto);
  }

  @Patch(':id')
  @Policy('user.manage')
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current state' })
  update(@CurrentUser() admin: AuthUser, @Param('id', uuid) id: string, @Body() dto: UpdateUserDto): Promise<UserSummary> {
    return this.users.update(admin, id, dto);
  }
}
