import { BUSINESS_CASE_LIMITS as B, HOURLY_RATE_MAX_DKK, REVIEW_CYCLES, type OrganisationSettingsRequest, type ReviewCycle } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsPositive, Max, Min, ValidateIf } from 'class-validator';

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

  /** Left out: unchanged (null is refused). */
  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: B.discountRateMax, description: 'Real discount rate of the business case as a fraction (default 0.035, the Ministry of Finance’s); left out: unchanged' })
  @ValidateIf((_, value) => value !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(B.discountRateMax)
  discountRate?: number;

  /** Left out: unchanged (null is refused). */
  @ApiPropertyOptional({ type: Number, minimum: B.horizonYearsMin, maximum: B.horizonYearsMax, description: 'Years the business case covers (default 10); left out: unchanged' })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt()
  @Min(B.horizonYearsMin)
  @Max(B.horizonYearsMax)
  horizonYears?: number;
}
