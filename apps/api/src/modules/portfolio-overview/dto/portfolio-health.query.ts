import { PHASES } from '@gevinst/domain';
import type { Phase, PortfolioHealthQuery } from '@gevinst/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

const toArray = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== '');

export class PortfolioHealthQueryDto implements PortfolioHealthQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Lead or involved department (with its sub-departments)' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;

  @ApiPropertyOptional({ enum: PHASES, isArray: true, description: 'Repeat or comma-separate' })
  @IsOptional()
  @Transform(toArray)
  @IsIn(PHASES, { each: true })
  phase?: Phase[];
}
