import { GOVERNANCE_LIMITS as L, REVIEW_STATUSES } from '@gevinst/domain';
import type { PortfolioReviewRequest, ReviewStatus } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { Trim } from '../../../common/validation/transforms';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class CreatePortfolioReviewDto implements PortfolioReviewRequest {
  @ApiProperty({ format: 'uuid', description: 'The steering group that meets; its agenda covers the group and the groups below it' })
  @IsUUID('all')
  steeringGroupId!: string;

  @RequiredText(L.nameMax)
  title!: string;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  heldOn!: string;
}

/** Left out: unchanged; null is refused like any other wrong value. */
const Changed = () => ValidateIf((_, value) => value !== undefined);

export class UpdatePortfolioReviewDto {
  @VersionField()
  version!: number;

  @ApiPropertyOptional({ maxLength: L.nameMax })
  @Changed()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.nameMax)
  title?: string;

  @ApiPropertyOptional({ format: 'date' })
  @Changed()
  @IsDateOnly()
  heldOn?: string;

  /** The meeting's notes (referat); null clears them. */
  @OptionalText(L.textMax)
  notes?: string | null;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @Changed()
  @IsIn(REVIEW_STATUSES)
  status?: ReviewStatus;
}

export class AddAgendaItemDto {
  @ApiProperty({ format: 'uuid', description: 'An initiative of the organisation; added with the reason "added"' })
  @IsUUID('all')
  initiativeId!: string;
}

export class ListPortfolioReviewsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  steeringGroupId?: string;
}
