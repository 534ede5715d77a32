import { INITIATIVE_LIMITS, INITIATIVE_SORT_FIELDS, PHASES } from '@gevinst/domain';
import type { InitiativeListQuery, InitiativeSortField, Phase, SortDirection } from '@gevinst/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageField, PageSizeField } from '../../../common/validation/paging';

const toArray = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== '');

export class ListInitiativesQuery implements InitiativeListQuery {
  @ApiPropertyOptional({ enum: PHASES, isArray: true, description: 'Repeat or comma-separate' })
  @IsOptional()
  @Transform(toArray)
  @IsIn(PHASES, { each: true })
  phase?: Phase[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Lead or involved department' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;

  @ApiPropertyOptional({ maxLength: INITIATIVE_LIMITS.searchMax, description: 'Searches code, title and purpose' })
  @IsOptional()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.searchMax)
  q?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived?: boolean;

  @ApiPropertyOptional({ enum: INITIATIVE_SORT_FIELDS, default: 'code' })
  @IsOptional()
  @IsIn(INITIATIVE_SORT_FIELDS)
  sort?: InitiativeSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction?: SortDirection;

  @PageField()
  page?: number;

  @PageSizeField(INITIATIVE_LIMITS.pageSizeMax, 25)
  pageSize?: number;

  @ApiPropertyOptional({ maxLength: 400, description: 'Keyset paging: nextCursor of the previous page, instead of page (fast at any depth)' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
}
