import { RISK_ACTION_STATUSES, RISK_CATEGORIES, RISK_HANDLERS, RISK_LIMITS as L, RISK_STATUSES } from '@gevinst/domain';
import type { RiskActionRequest, RiskActionStatus, RiskCategory, RiskHandler, RiskRequest, RiskStatus, UpdateRiskRequest } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { VersionField } from '../../initiatives/dto/versioned.dto';

const RATING_MESSAGE = '$property must be a whole number from 1 to 5';

/** A 1–5 rating of the template; decimals and strings are refused, not rounded or coerced. */
const RatingField = (optional: boolean) =>
  applyDecorators(
    optional ? ApiPropertyOptional({ type: Number, minimum: 1, maximum: 5, nullable: true }) : ApiProperty({ type: Number, minimum: 1, maximum: 5 }),
    ...(optional ? [IsOptional()] : []),
    IsInt({ message: RATING_MESSAGE }),
    Min(1, { message: RATING_MESSAGE }),
    Max(5, { message: RATING_MESSAGE }),
  );

const DateField = (description: string, nullable: boolean) =>
  applyDecorators(ApiPropertyOptional({ format: 'date', nullable, description }), IsOptional(), IsDateOnly());

export class RiskActionDto implements RiskActionRequest {
  @RequiredText(L.actionMax)
  action!: string;

  @OptionalText(L.nameMax)
  responsible?: string | null;

  @DateField('Must not be before the date the risk was identified', true)
  deadline?: string | null;

  @ApiPropertyOptional({ enum: RISK_ACTION_STATUSES, default: 'planned' })
  @IsOptional()
  @IsIn(RISK_ACTION_STATUSES)
  status?: RiskActionStatus;
}

export class CreateRiskDto implements RiskRequest {
  @RequiredText(L.titleMax)
  title!: string;

  @OptionalText(L.textMax)
  cause?: string | null;

  @OptionalText(L.textMax)
  event?: string | null;

  @OptionalText(L.textMax)
  consequenceText?: string | null;

  @ApiProperty({ enum: RISK_CATEGORIES })
  @IsIn(RISK_CATEGORIES)
  category!: RiskCategory;

  @RatingField(false)
  probability!: number;

  @RatingField(false)
  consequence!: number;

  @ApiPropertyOptional({ enum: RISK_HANDLERS, nullable: true, description: 'Who is best placed to handle the risk' })
  @IsOptional()
  @IsIn(RISK_HANDLERS)
  handler?: RiskHandler | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The risk owner (a user of the organisation)' })
  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string | null;

  @RatingField(true)
  residualProbability?: number | null;

  @RatingField(true)
  residualConsequence?: number | null;

  @ApiPropertyOptional({ enum: RISK_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(RISK_STATUSES)
  status?: RiskStatus;

  @DateField('Defaults to today', false)
  identifiedOn?: string;

  @DateField('When the risk was last reviewed', true)
  lastReviewedOn?: string | null;

  @ApiPropertyOptional({ type: [RiskActionDto], maxItems: L.actionsMax, description: 'The whole list of mitigation actions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.actionsMax)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RiskActionDto)
  actions?: RiskActionDto[];
}

export class UpdateRiskDto extends PartialType(CreateRiskDto, { skipNullProperties: false }) implements UpdateRiskRequest {
  @VersionField()
  version!: number;
}

/** An imported row also names its number and owner as the file does (resolved by the importer). */
export class ImportedRiskDto extends CreateRiskDto {
  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  number?: number;
}
