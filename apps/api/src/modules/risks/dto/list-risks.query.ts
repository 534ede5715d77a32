import { HEAT_MAP_MATRICES, RISK_BANDS, RISK_CATEGORIES, RISK_HANDLERS, RISK_LIMITS, RISK_SORT_FIELDS, RISK_STATUSES } from '@gevinst/domain';
import type { HeatMapMatrix, RiskBand, RiskCategory, RiskHandler, RiskListQuery, RiskSortField, RiskStatus } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { PageField, PageSizeField } from '../../../common/validation/paging';

const toArray = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== '');

const EnumList = (values: readonly string[], description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ enum: values, isArray: true, description: description ?? 'Repeat or comma-separate' }),
    IsOptional(),
    Transform(toArray),
    IsIn(values, { each: true }),
  );

const Rating = () =>
  applyDecorators(ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'A heat-map cell: with matrix' }), IsOptional(), Type(() => Number), IsInt(), Min(1), Max(5));

/** Filters shared by the portfolio risk list and the heat map. */
export class RiskFiltersQuery implements RiskListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  initiativeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Lead or involved department (with its sub-departments)' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;

  @EnumList(RISK_BANDS, 'Band before mitigation; repeat or comma-separate')
  band?: RiskBand[];

  @EnumList(RISK_CATEGORIES)
  category?: RiskCategory[];

  @EnumList(RISK_HANDLERS)
  handler?: RiskHandler[];

  @EnumList(RISK_STATUSES, 'Default: open and in_progress')
  status?: RiskStatus[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  ownerUserId?: string;

  @ApiPropertyOptional({ description: 'Only risks with an action not done and past its deadline' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdueActions?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: RISK_LIMITS.notReviewedDaysMax, description: 'Not reviewed for at least this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(RISK_LIMITS.notReviewedDaysMax)
  notReviewedDays?: number;
}


export class ListRisksQuery extends RiskFiltersQuery {
  @Rating()
  @ValidateIf((q: ListRisksQuery) => q.probability !== undefined || q.consequence !== undefined)
  probability?: number;

  @Rating()
  @ValidateIf((q: ListRisksQuery) => q.probability !== undefined || q.consequence !== undefined)
  consequence?: number;

  @ApiPropertyOptional({ enum: HEAT_MAP_MATRICES, default: 'before', description: 'Which matrix the cell belongs to' })
  @IsOptional()
  @IsIn(HEAT_MAP_MATRICES)
  matrix?: HeatMapMatrix;

  @ApiPropertyOptional({ enum: RISK_SORT_FIELDS, default: 'score' })
  @IsOptional()
  @IsIn(RISK_SORT_FIELDS)
  sort?: RiskSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction?: 'asc' | 'desc';

  @PageField()
  page?: number;

  @PageSizeField(100, 25)
  pageSize?: number;
}
