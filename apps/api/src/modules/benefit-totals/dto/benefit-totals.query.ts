import { BENEFIT_LIMITS as L } from '@gevinst/domain';
import type { PortfolioBenefitTotalsQuery } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const YearField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: L.yearMin, maximum: L.yearMax, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(L.yearMin),
    Max(L.yearMax),
  );

export class BenefitTotalsQueryDto implements PortfolioBenefitTotalsQuery {
  @YearField('First year (inclusive)')
  fromYear?: number;

  @YearField('Last year (inclusive)')
  toYear?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Initiatives led by or involving this department or a sub-department' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;
}
