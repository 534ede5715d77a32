import { AUTH_LIMITS } from '@gevinst/domain';
import type { ChangePasswordRequest, LoginRequest } from '@gevinst/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { EmailField } from '../../../common/validation/email-field';

export class LoginDto implements LoginRequest {
  @EmailField()
  email!: string;

  @ApiProperty({ maxLength: AUTH_LIMITS.passwordMax })
  @IsString()
  @IsNotEmpty()
  @MaxLength(AUTH_LIMITS.passwordMax)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ maxLength: AUTH_LIMITS.passwordMax })
  @IsString()
  @IsNotEmpty()
  @MaxLength(AUTH_LIMITS.passwordMax)
  currentPassword!: string;

  @ApiProperty({ minLength: AUTH_LIMITS.passwordMin, maxLength: AUTH_LIMITS.passwordMax })
  @IsString()
  @MinLength(AUTH_LIMITS.passwordMin)
  @MaxLength(AUTH_LIMITS.passwordMax)
  newPassword!: string;
}
