import { BENEFIT_LIMITS as L, BENEFIT_STATUSES, BENEFIT_TYPES, BENEFIT_UNITS } from '@gevinst/domain';
import type { BenefitRequest, BenefitStatus, BenefitType, BenefitUnit, BenefitYear, BenefitYearsRequest } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { AmountField, OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class BenefitYearDto implements BenefitYear {
  @ApiProperty({ minimum: L.yearMin, maximum: L.yearMax })
  @IsInt()
  @Min(L.yearMin)
  @Max(L.yearMax)
  year!: number;

  @AmountField()
  planned!: number;

  @AmountField({ optional: true })
  realised!: number | null;

  /** Pessimistic figure of the business case (≤ planned); null: planned; left out of a PUT: kept. */
  @AmountField({ optional: true })
  plannedLow?: number | null;

  /** Optimistic figure of the business case (≥ planned); null: planned; left out of a PUT: kept. */
  @AmountField({ optional: true })
  plannedHigh?: number | null;
}

const YearsField = (required: boolean) =>
  applyDecorators(
    ApiProperty({ type: [BenefitYearDto], maxItems: L.yearsMax, required, description: 'Planned and realised amount per year' }),
    ...(required ? [] : [IsOptional()]),
    IsArray(),
    ArrayMaxSize(L.yearsMax),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => BenefitYearDto),
  );

export class CreateBenefitDto implements BenefitRequest {
  @RequiredText()
  title!: string;

  @OptionalText()
  description?: string | null;

  @ApiProperty({ enum: BENEFIT_TYPES })
  @IsIn(BENEFIT_TYPES)
  type!: BenefitType;

  @ApiProperty({ description: 'Non-quantified benefits are described in text and never enter a total' })
  @IsBoolean()
  quantified!: boolean;

  @ApiPropertyOptional({ description: 'A dis-benefit (ulempe): a negative effect, counted against the benefits of its unit', default: false })
  @IsOptional()
  @IsBoolean()
  disBenefit?: boolean;

  @ApiPropertyOptional({ enum: BENEFIT_UNITS, description: 'Required when quantified; a qualitative benefit without one gets the unit its type implies' })
  @ValidateIf((benefit: CreateBenefitDto) => benefit.quantified !== false || benefit.unit !== undefined)
  @IsIn(BENEFIT_UNITS)
  unit!: BenefitUnit;

  @OptionalText(L.unitMax)
  unitLabel?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The goal it serves (of the same initiative)' })
  @IsOptional()
  @IsUUID('all')
  goalId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The benefit owner (a user)' })
  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  receivingDepartmentId?: string | null;

  @OptionalText()
  preconditions?: string | null;

  @OptionalText()
  measurementMethod?: string | null;

  @ApiPropertyOptional({ description: 'Taken into the budget' })
  @IsOptional()
  @IsBoolean()
  inBudget?: boolean;

  @ApiPropertyOptional({ enum: BENEFIT_STATUSES })
  @IsOptional()
  @IsIn(BENEFIT_STATUSES)
  status?: BenefitStatus;

  @YearsField(false)
  years?: BenefitYearDto[];
}

/** A partial change of the benefit itself; its yearly profile changes through PUT …/years. */
export class UpdateBenefitDto extends PartialType(CreateBenefitDto, { skipNullProperties: false }) {
  @VersionField()
  version!: number;
}

/** The whole realisation profile: years not sent are removed. */
export class BenefitYearsDto implements BenefitYearsRequest {
  @VersionField()
  version!: number;

  @YearsField(true)
  years!: BenefitYearDto[];
}
