import { FUNDING_LIMITS, GOVERNANCE_LIMITS as L, hasAtMostTwoDecimals, PHASES, RISK_APPETITES, RISK_CATEGORIES } from '@gevinst/domain';
import type { Phase, PriorityCriterionRequest, RiskAppetite, RiskAppetiteStatement, RiskCategory } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsUUID, Max, Min, ValidateBy, ValidateNested } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/validation/benefit-fields';

/** Generous bound on list bodies; the real limits (1–10 criteria) are validateWeights' and come with Danish messages. */
const LIST_MAX = 50;

export class PriorityCriterionDto implements PriorityCriterionRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing criterion’s id keeps the criterion and its scores' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @RequiredText(L.nameMax)
  name!: string;

  @OptionalText(L.textMax)
  description?: string | null;

  /** Whole number and range are checked with the sum by validateWeights, so all weight messages read alike. */
  @ApiProperty({ type: Number, minimum: 0, maximum: L.weightTotal, description: 'Whole percent; the set sums to 100' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  weight!: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  inverse?: boolean;
}

/** The whole set of criteria: what is not in it is removed (with its scores). */
export class PriorityCriteriaDto {
  @ApiProperty({ type: [PriorityCriterionDto], minItems: L.criteriaMin, maxItems: L.criteriaMax })
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PriorityCriterionDto)
  criteria!: PriorityCriterionDto[];
}

export class PriorityScoreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  criterionId!: string;

  @ApiProperty({ minimum: 0, maximum: L.scoreMax })
  @IsInt()
  @Min(0)
  @Max(L.scoreMax)
  score!: number;
}

/** An initiative's scores, the whole set: a criterion left out loses its score. */
export class PriorityScoresDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The version last read; a stale one answers 409 with the current scores' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;

  @ApiProperty({ type: [PriorityScoreDto], maxItems: L.criteriaMax })
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PriorityScoreDto)
  scores!: PriorityScoreDto[];
}

const Year = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: FUNDING_LIMITS.yearMin, maximum: FUNDING_LIMITS.yearMax, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(FUNDING_LIMITS.yearMin),
    Max(FUNDING_LIMITS.yearMax),
  );

const toList = ({ value }: { value: unknown }) => {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return list.length === 0 ? undefined : [...new Set(list)];
};

export class PrioritisationQuery {
  @Year('First year of the funding plan counted as cost (default: this year)')
  fromYear?: number;

  @Year('Last year (inclusive; default: fromYear)')
  toYear?: number;

  @ApiPropertyOptional({
    type: Number,
    minimum: 0,
    maximum: FUNDING_LIMITS.amountMax,
    description: 'Funding available in the years, DKK (at most two decimals); default: the capital of all funding pools in the years',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @ValidateBy({
    name: 'hasAtMostTwoDecimals',
    validator: {
      validate: (value: unknown) => typeof value !== 'number' || hasAtMostTwoDecimals(value),
      defaultMessage: () => 'available must have at most two decimals (øre)',
    },
  })
  @Min(0)
  @Max(FUNDING_LIMITS.amountMax)
  available?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Lead or involved department, with its sub-departments' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;

  @ApiPropertyOptional({ enum: PHASES, isArray: true, description: 'Repeat or comma-separate; closed and stopped initiatives are never ranked' })
  @IsOptional()
  @Transform(toList)
  @IsIn(PHASES, { each: true })
  phase?: Phase[];
}

export class RiskAppetiteDto implements Omit<RiskAppetiteStatement, 'statement'> {
  @ApiProperty({ enum: RISK_CATEGORIES })
  @IsIn(RISK_CATEGORIES)
  category!: RiskCategory;

  @ApiProperty({ enum: RISK_APPETITES })
  @IsIn(RISK_APPETITES)
  appetite!: RiskAppetite;

  @OptionalText(L.textMax)
  statement?: string | null;
}

/** The whole statement: a category left out has no stated appetite. */
export class RiskAppetitesDto {
  @ApiProperty({ type: [RiskAppetiteDto], maxItems: RISK_CATEGORIES.length })
  @IsArray()
  @ArrayMaxSize(RISK_CATEGORIES.length)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RiskAppetiteDto)
  appetites!: RiskAppetiteDto[];
}
