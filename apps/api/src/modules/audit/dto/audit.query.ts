import type { AuditQuery } from '@gevinst/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { PageField, PageSizeField } from '../../../common/validation/paging';

export const AUDITED_TABLES = ['department', 'initiative', 'initiative_department', 'app_user'] as const;

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ enum: AUDITED_TABLES })
  @IsOptional()
  @IsIn(AUDITED_TABLES)
  tableName?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  rowId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'From this day (inclusive, Danish time)' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'To this day (inclusive, Danish time)' })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @PageField()
  page?: number;

  @PageSizeField(200, 50)
  pageSize?: number;
}
