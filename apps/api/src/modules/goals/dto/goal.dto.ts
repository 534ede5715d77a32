import { BENEFIT_LIMITS as L, DIRECTIONS } from '@gevinst/domain';
import type { Direction, GoalRequest } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { NumberField, OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class CreateGoalDto implements GoalRequest {
  @RequiredText()
  title!: string;

  @RequiredText()
  indicatorName!: string;

  @RequiredText(L.unitMax)
  unit!: string;

  @ApiProperty({ enum: DIRECTIONS, description: 'Which way the indicator improves' })
  @IsIn(DIRECTIONS)
  direction!: Direction;

  @NumberField({ optional: true })
  baselineValue?: number | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  baselineDate?: string | null;

  @NumberField()
  targetValue!: number;

  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  targetDate!: string;

  @NumberField({ optional: true })
  pessimisticTarget?: number | null;

  @NumberField({ optional: true })
  optimisticTarget?: number | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  strategicGoalId?: string | null;

  @OptionalText()
  sideEffects?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  sideEffectsConsidered?: boolean;
}

/** A partial change; null is refused for the fields a goal must have. */
export class UpdateGoalDto extends PartialType(CreateGoalDto, { skipNullProperties: false }) {
  @VersionField()
  version!: number;
}
