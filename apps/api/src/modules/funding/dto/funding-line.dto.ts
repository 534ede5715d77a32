import { FUNDING_CATEGORIES, FUNDING_LIMITS as L, FUNDING_LINE_STATUSES, FUNDING_SOURCES } from '@gevinst/domain';
import type { FundingCategory, FundingLineRequest, FundingLineStatus, FundingSource, UpdateFundingLineRequest } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { OptionalText } from '../../../common/validation/benefit-fields';
import { MoneyField } from '../../../common/validation/money-field';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class CreateFundingLineDto implements FundingLineRequest {
  @ApiProperty({ minimum: L.yearMin, maximum: L.yearMax })
  @IsInt()
  @Min(L.yearMin)
  @Max(L.yearMax)
  year!: number;

  @ApiProperty({ enum: FUNDING_CATEGORIES })
  @IsIn(FUNDING_CATEGORIES)
  category!: FundingCategory;

  @MoneyField({ min: 0.01 })
  amount!: number;

  @ApiProperty({ enum: FUNDING_SOURCES })
  @IsIn(FUNDING_SOURCES)
  source!: FundingSource;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Required when source is pool' })
  @IsOptional()
  @IsUUID('all')
  poolId?: string | null;

  @OptionalText(L.nameMax)
  sourceName?: string | null;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  payingDepartmentId!: string;

  @OptionalText(L.noteMax)
  note?: string | null;

  @ApiPropertyOptional({ enum: FUNDING_LINE_STATUSES, description: 'Finance only: confirmed; a project lead’s lines are proposed' })
  @IsOptional()
  @IsIn(FUNDING_LINE_STATUSES)
  status?: FundingLineStatus;
}

export class UpdateFundingLineDto extends PartialType(CreateFundingLineDto, { skipNullProperties: false }) implements UpdateFundingLineRequest {
  @VersionField()
  version!: number;
}
