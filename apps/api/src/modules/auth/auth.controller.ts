import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { AuthOptions, CurrentUser as CurrentUserView } from '@gevinst/domain';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../../common/auth/access.decorators';
import { CurrentUser, type AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('options')
  @Public()
  options(): AuthOptions {
    const sso = this.config.OIDC_ISSUER ? { label: this.config.OIDC_LABEL, startUrl: '/api/v1/auth/oidc/start' } : null;
    return { passwordLogin: true, sso };
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: { limit: 10, ttl: 60_000 } })
  @ApiOkResponse({ description: 'Signed in: session and XSRF-TOKEN cookies are set' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or the user is deactivated or locked' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async login(@Body() dto: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<CurrentUserView> {
    const user = await this.auth.verifyLogin(dto.email, dto.password, request.ip);
    await this.sessions.start(request, response, user, 'password');
    const authUser: AuthUser = {
      id: user.id,
      organisationId: user.organisationId,
      email: user.email,
      name: user.name,
      roles: user.roles,
      departmentId: user.departmentId,
      sessionId: '',
      signedInWith: 'password',
    };
    return this.db.run({ organisationId: user.organisationId, userId: user.id }, () => this.auth.profile(this.db.manager, authUser));
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.sessions.end(request, response, user.sessionId);
  }

  @Get('me')
  @SignedIn()
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserView> {
    return this.auth.profile(this.db.manager, user);
  }

  @Post('password')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; the user’s other sessions end' })
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(this.db.manager, user, dto.currentPassword, dto.newPassword);
  }
}
