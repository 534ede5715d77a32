import { FUNDING_LIMITS, INITIATIVE_LIMITS, OVERVIEW_FIGURES, PHASES } from '@gevinst/domain';
import type { OverviewFigure, Phase, PortfolioOverviewQuery } from '@gevinst/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

const toArray = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== '');

/** The overview's filters; every figure, chart and drill-down list honours all of them. */
export class PortfolioOverviewQueryDto implements PortfolioOverviewQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Lead or involved department, with its sub-departments' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string;

  @ApiPropertyOptional({ enum: PHASES, isArray: true, description: 'Repeat or comma-separate' })
  @IsOptional()
  @Transform(toArray)
  @IsIn(PHASES, { each: true })
  phase?: Phase[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Steered by this group or a group below it' })
  @IsOptional()
  @IsUUID('all')
  steeringGroupId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With a goal serving this strategic goal' })
  @IsOptional()
  @IsUUID('all')
  strategicGoalId?: string;

  @ApiPropertyOptional({ maxLength: INITIATIVE_LIMITS.technologyMax })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.technologyMax)
  technology?: string;

  @ApiPropertyOptional({ minimum: FUNDING_LIMITS.yearMin, maximum: FUNDING_LIMITS.yearMax })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FUNDING_LIMITS.yearMin)
  @Max(FUNDING_LIMITS.yearMax)
  year?: number;
}

export class OverviewDrilldownQueryDto extends PortfolioOverviewQueryDto {
  @ApiPropertyOptional({ enum: OVERVIEW_FIGURES, default: 'all' })
  @IsOptional()
  @IsIn(OVERVIEW_FIGURES)
  figure?: OverviewFigure;
}
