import { FUNDING_LIMITS, hasAtMostTwoDecimals } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min, ValidateBy } from 'class-validator';

/**
 * An amount of DKK: a JSON number with at most two decimals (øre), within [min, FUNDING_LIMITS.amountMax].
 * Strings are refused rather than coerced; more decimals are refused rather than rounded.
 */
export const MoneyField = (options: { min: number; description?: string }) =>
  applyDecorators(
    ApiProperty({ type: Number, minimum: options.min, maximum: FUNDING_LIMITS.amountMax, description: options.description ?? 'DKK, at most two decimals' }),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    ValidateBy({
      name: 'hasAtMostTwoDecimals',
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || hasAtMostTwoDecimals(value),
        defaultMessage: (args) => `${args?.property ?? 'amount'} must have at most two decimals (øre)`,
      },
    }),
    Min(options.min),
    Max(FUNDING_LIMITS.amountMax),
  );
