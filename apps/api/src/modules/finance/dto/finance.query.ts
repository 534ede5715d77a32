import { FUNDING_LIMITS as L, FUNDING_LINE_STATUSES, FUNDING_SOURCES, PHASES } from '@gevinst/domain';
import type { FinanceQuery, FundingLineStatus, FundingSource, Phase } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const YearField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: L.yearMin, maximum: L.yearMax, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(L.yearMin),
    Max(L.yearMax),
  );

/** `?phase=idea,analysis` or `?phase=idea&phase=analysis`; an empty value means "all" (no filter). */
const toList = ({ value }: { value: unknown }) => {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return list.length === 0 ? undefined : [...new Set(list)];
};

const ListField = (values: readonly string[], description: string) =>
  applyDecorators(
    ApiPropertyOptional({ enum: values, isArray: true, description: `${description}; repeat or comma-separate` }),
    IsOptional(),
    Transform(toList),
    IsIn(values, { each: true }),
  );

/** The filters of the finance overview and of both exports (the same object, so what is on screen is what is exported). */
export class FinanceQueryDto implements FinanceQuery {
  @YearField('First year (inclusive)')
  fromYear?: number;

  @YearField('Last year (inclusive); not before fromYear')
  toYear?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Paying department, including its sub-departments' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;

  @ListField(PHASES, "Initiatives' phases")
  phase?: Phase[];

  @ListField(FUNDING_SOURCES, 'Funding sources')
  source?: FundingSource[];

  @ListField(FUNDING_LINE_STATUSES, 'Funding line statuses (default: both)')
  status?: FundingLineStatus[];
}
