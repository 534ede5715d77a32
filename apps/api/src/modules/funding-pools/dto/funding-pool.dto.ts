import { APPLICATION_STATUSES, FUNDING_CATEGORIES, FUNDING_LIMITS as L } from '@gevinst/domain';
import type { ApplicationDecisionRequest, ApplicationStatus, FundingCategory, FundingPoolRequest, PoolApplicationRequest } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { MoneyField } from '../../../common/validation/money-field';
import { PageField, PageSizeField } from '../../../common/validation/paging';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class PoolYearDto {
  @ApiProperty({ minimum: L.yearMin, maximum: L.yearMax })
  @IsInt()
  @Min(L.yearMin)
  @Max(L.yearMax)
  year!: number;

  @MoneyField({ min: 0, description: 'The capital of the year, DKK' })
  capital!: number;
}

export class CreateFundingPoolDto implements FundingPoolRequest {
  @RequiredText(L.nameMax)
  name!: string;

  @OptionalText(L.rulesMax)
  rules?: string | null;

  @ApiProperty({ type: [PoolYearDto], maxItems: L.yearsMax })
  @IsArray()
  @ArrayMaxSize(L.yearsMax)
  // ValidateNested alone takes an array in place of an object ([[]] passed and reached the service).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PoolYearDto)
  years!: PoolYearDto[];
}

export class UpdateFundingPoolDto extends PartialType(CreateFundingPoolDto, { skipNullProperties: false }) {
  @VersionField()
  version!: number;
}

export class CreateApplicationDto implements Omit<PoolApplicationRequest, never> {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  initiativeId!: string;

  @ApiProperty({ minimum: L.yearMin, maximum: L.yearMax })
  @IsInt()
  @Min(L.yearMin)
  @Max(L.yearMax)
  year!: number;

  @MoneyField({ min: 0.01 })
  amount!: number;

  @ApiPropertyOptional({ enum: FUNDING_CATEGORIES, default: 'implementation' })
  @IsOptional()
  @IsIn(FUNDING_CATEGORIES)
  category?: FundingCategory;

  @RequiredText(L.purposeMax)
  purpose!: string;
}

export class DecideApplicationDto implements ApplicationDecisionRequest {
  @VersionField()
  version!: number;

  @ApiProperty({ enum: ['granted', 'rejected'] })
  @IsIn(['granted', 'rejected'])
  decision!: 'granted' | 'rejected';

  @OptionalText(L.reasonMax)
  reason?: string | null;
}

const toArray = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== '');

export class ListApplicationsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  poolId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  initiativeId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, isArray: true, description: 'Repeat or comma-separate' })
  @IsOptional()
  @Transform(toArray)
  @IsIn(APPLICATION_STATUSES, { each: true })
  status?: ApplicationStatus[];

  @PageField()
  page?: number;

  @PageSizeField(L.pageSizeMax, 50)
  pageSize?: number;
}
