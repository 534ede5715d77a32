import { MAP_CHANGE_STATUSES, MAP_LIMITS as L, MAP_OWN_KINDS } from '@gevinst/domain';
import type { MapChangeStatus, MapLinkRequest, MapNodeRequest, MapOwnKind } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class CreateMapNodeDto implements MapNodeRequest {
  @ApiProperty({ enum: MAP_OWN_KINDS, description: 'Benefits and goals are added through their own routes' })
  @IsIn(MAP_OWN_KINDS)
  kind!: MapOwnKind;

  @RequiredText(L.titleMax)
  title!: string;

  @OptionalText(L.textMax)
  description?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'Changes only: when the precondition must be in place' })
  @IsOptional()
  @IsDateOnly()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: MAP_CHANGE_STATUSES, description: "Changes only; 'open' when left out" })
  @IsOptional()
  @IsIn(MAP_CHANGE_STATUSES)
  status?: MapChangeStatus;
}

/** The kind is fixed once created. */
export class UpdateMapNodeDto extends PartialType(OmitType(CreateMapNodeDto, ['kind'] as const)) {
  @VersionField()
  version!: number;
}

export class MapLinkDto implements MapLinkRequest {
  @ApiProperty({ format: 'uuid', description: 'A delivery, change, benefit or goal of this initiative' })
  @IsUUID('all')
  from!: string;

  @ApiProperty({ format: 'uuid', description: "A change, benefit or goal of this initiative, or one of the organisation's strategic goals" })
  @IsUUID('all')
  to!: string;
}
