import { HOURLY_RATE_MAX_DKK, REVIEW_CYCLES, type OrganisationSettingsRequest, type ReviewCycle } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsPositive, Max, ValidateIf } from 'class-validator';

export class UpdateOrganisationSettingsDto implements OrganisationSettingsRequest {
  /** Required; null clears the rate. Strings such as "400" are refused, not coerced. */
  @ApiProperty({ type: Number, nullable: true, minimum: 0, exclusiveMinimum: true, maximum: HOURLY_RATE_MAX_DKK, description: 'Default DKK per hour for time studies; null: none' })
  @ValidateIf((_, value) => value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(HOURLY_RATE_MAX_DKK)
  hourlyRateDkk!: number | null;

  /** Left out: unchanged (null is refused). */
  @ApiPropertyOptional({ enum: REVIEW_CYCLES, description: 'How often status reports are due (calendar month or quarter); left out: unchanged' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(REVIEW_CYCLES)
  reviewCycle?: ReviewCycle;
}
