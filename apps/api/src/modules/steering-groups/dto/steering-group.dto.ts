import { GOVERNANCE_LIMITS as L, STEERING_LEVELS } from '@gevinst/domain';
import type { SteeringGroupRequest, SteeringLevel } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { RequiredText } from '../../../common/validation/benefit-fields';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class CreateSteeringGroupDto implements SteeringGroupRequest {
  @RequiredText(L.nameMax)
  name!: string;

  @ApiProperty({ enum: STEERING_LEVELS, description: 'directorate > department > project; a group is not above its parent' })
  @IsIn(STEERING_LEVELS)
  level!: SteeringLevel;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The group it reports to; a directorate group has none' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'A user of the organisation; added to the members' })
  @IsOptional()
  @IsUUID('all')
  chairUserId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: L.membersMax, description: 'The whole list of members' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.membersMax)
  @IsUUID('all', { each: true })
  memberUserIds?: string[];
}

export class UpdateSteeringGroupDto extends PartialType(CreateSteeringGroupDto, { skipNullProperties: false }) {
  @VersionField()
  version!: number;
}
