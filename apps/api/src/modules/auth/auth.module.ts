import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { OidcClient } from './oidc/oidc-client';
import { OidcUserSync } from './oidc/oidc-user-sync';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

@Module({
  controllers: [AuthController, OidcController],
  providers: [AuthService, SessionService, PasswordHasher, OidcClient, OidcService, OidcUserSync],
  exports: [SessionService, PasswordHasher],
})
export class AuthModule {}
