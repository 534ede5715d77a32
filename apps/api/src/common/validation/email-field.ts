import { AUTH_LIMITS } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { Trim } from './transforms';

/** An e-mail address, trimmed, at most 254 characters. */
export const EmailField = () =>
  applyDecorators(
    ApiProperty({ format: 'email', maxLength: AUTH_LIMITS.emailMax }),
    Trim(),
    IsString(),
    MaxLength(AUTH_LIMITS.emailMax),
    IsEmail({}, { message: 'email must be an e-mail address' }),
  );
