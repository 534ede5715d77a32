import { HOURLY_RATE_MAX_DKK, type OrganisationSettingsRequest } from '@gevinst/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsPositive, Max, ValidateIf } from 'class-validator';

export class UpdateOrganisationSettingsDto implements OrganisationSettingsRequest {
  /** Required; null clears the rate. Strings such as "400" are refused, not coerced. */
  @ApiProperty({ type: Number, nullable: true, minimum: 0, exclusiveMinimum: true, maximum: HOURLY_RATE_MAX_DKK, description: 'Default DKK per hour for time studies; null: none' })
  @ValidateIf((_, value) => value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(HOURLY_RATE_MAX_DKK)
  hourlyRateDkk!: number | null;
}
