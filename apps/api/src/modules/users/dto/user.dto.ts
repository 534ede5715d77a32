import { AUTH_LIMITS, ROLES } from '@gevinst/domain';
import type { CreateUserRequest, Role, UpdateUserRequest } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { EmailField } from '../../../common/validation/email-field';
import { Trim } from '../../../common/validation/transforms';
import { VersionField } from '../../initiatives/dto/versioned.dto';

const WhenSent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export class CreateUserDto implements CreateUserRequest {
  @EmailField()
  email!: string;

  @ApiProperty({ maxLength: AUTH_LIMITS.nameMax })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(AUTH_LIMITS.nameMax)
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string | null;

  @ApiPropertyOptional({ minLength: AUTH_LIMITS.passwordMin, maxLength: AUTH_LIMITS.passwordMax })
  @IsOptional()
  @IsString()
  @MinLength(AUTH_LIMITS.passwordMin)
  @MaxLength(AUTH_LIMITS.passwordMax)
  password?: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @VersionField()
  version!: number;

  @ApiPropertyOptional({ maxLength: AUTH_LIMITS.nameMax })
  @WhenSent()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(AUTH_LIMITS.nameMax)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @WhenSent()
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string | null;

  @ApiPropertyOptional()
  @WhenSent()
  @IsBoolean()
  active?: boolean;
}
