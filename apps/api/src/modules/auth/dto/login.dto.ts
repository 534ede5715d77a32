import { AUTH_LIMITS } from '@gevinst/domain';
import type { ChangePasswordRequest, LoginRequest } from '@gevinst/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

export class LoginDto implements LoginRequest {
  @ApiProperty({ format: 'email', maxLength: AUTH_LIMITS.emailMax })
  @Trim()
  @IsString()
  @MaxLength(AUTH_LIMITS.emailMax)
  @IsEmail({}, { message: 'email must be an e-mail address' })
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
