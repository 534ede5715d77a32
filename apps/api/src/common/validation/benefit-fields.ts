import { BENEFIT_LIMITS as L, hasAtMostTwoDecimals } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { Trim, TrimToNull } from './transforms';

/** A finite number within ±valueMax; strings such as "12" are refused, not coerced. */
export const NumberField = (options: { optional?: boolean } = {}) =>
  applyDecorators(
    options.optional ? ApiPropertyOptional({ type: Number, nullable: true }) : ApiProperty({ type: Number }),
    ...(options.optional ? [IsOptional()] : []),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(-L.valueMax),
    Max(L.valueMax),
  );

/**
 * A benefit amount: a NumberField in hundredths at most, whatever the unit (øre for DKK, 0.25 hours), because every
 * total is summed exactly in hundredths; more decimals are refused rather than rounded, like funding amounts.
 */
export const AmountField = (options: { optional?: boolean } = {}) =>
  applyDecorators(
    NumberField(options),
    ValidateBy({
      name: 'hasAtMostTwoDecimals',
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || hasAtMostTwoDecimals(value),
        defaultMessage: (args) => `${args?.property ?? 'amount'} must have at most two decimals (øre for DKK)`,
      },
    }),
  );

export const RequiredText = (max: number = L.titleMax) =>
  applyDecorators(ApiProperty({ maxLength: max }), Trim(), IsString(), IsNotEmpty(), MaxLength(max));

/** Optional text; an empty answer is stored as null. */
export const OptionalText = (max: number = L.textMax) =>
  applyDecorators(ApiPropertyOptional({ maxLength: max, nullable: true }), IsOptional(), TrimToNull(), IsString(), MaxLength(max));
