import { BENEFIT_LIMITS as L, MEASUREMENT_KINDS } from '@gevinst/domain';
import type { EvaluationPointRequest, EvaluationPointUpdate, EvaluationScheduleRequest, MeasurementKind, MeasurementRequest } from '@gevinst/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { NumberField, OptionalText } from '../../../common/validation/benefit-fields';
import { IsDateOnly } from '../../../common/validation/is-date-only';

const Minutes = () => (target: object, property: string) => {
  ApiProperty({ minimum: 0 })(target, property);
  IsNumber({ allowNaN: false, allowInfinity: false })(target, property);
  Min(0)(target, property);
  Max(L.valueMax)(target, property);
};

export class TimeStudyDto {
  @Minutes()
  minutesBefore!: number;

  @Minutes()
  minutesAfter!: number;

  @Minutes()
  casesPerYear!: number;

  @ApiPropertyOptional({ description: 'DKK per hour; default: the organisation’s rate, if set' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  hourlyRate?: number;
}

export class CreateMeasurementDto implements MeasurementRequest {
  @ApiProperty({ enum: MEASUREMENT_KINDS })
  @IsIn(MEASUREMENT_KINDS)
  kind!: MeasurementKind;

  @ApiProperty({ format: 'date', description: 'At most one day ahead' })
  @IsDateOnly()
  measuredOn!: string;

  @NumberField({ optional: true })
  value?: number;

  @ApiPropertyOptional({ type: TimeStudyDto, description: 'Instead of value, for benefits counted in hours' })
  @IsOptional()
  // ValidateNested alone takes an array in place of the object ([] passed and reached the time study).
  @IsObject()
  @ValidateNested()
  @Type(() => TimeStudyDto)
  timeStudy?: TimeStudyDto;

  @ApiPropertyOptional({ maxLength: L.unitMax, description: 'When sent, must equal the indicator’s unit' })
  @IsOptional()
  @IsString()
  @MaxLength(L.unitMax)
  unit?: string;

  @OptionalText()
  comment?: string | null;

  @ApiPropertyOptional({ maxLength: L.urlMax, nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(L.urlMax)
  evidenceUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  evaluationPointId?: string;
}

export class CreateEvaluationPointDto implements EvaluationPointRequest {
  @ApiProperty({ format: 'date' })
  @IsDateOnly()
  dueDate!: string;

  @OptionalText(L.titleMax)
  label?: string | null;
}

export class UpdateEvaluationPointDto implements EvaluationPointUpdate {
  @ApiPropertyOptional({ format: 'date' })
  // Optional, but not nullable: a point always has a due date.
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @IsDateOnly()
  dueDate?: string;

  @OptionalText(L.titleMax)
  label?: string | null;
}

export class EvaluationScheduleDto implements EvaluationScheduleRequest {
  @ApiProperty({ format: 'date', description: 'The first point falls one interval after this date' })
  @IsDateOnly()
  start!: string;

  @ApiProperty({ minimum: 1, maximum: 24 })
  @IsInt()
  @Min(1)
  @Max(24)
  monthsApart!: number;

  @ApiProperty({ minimum: 1, maximum: L.scheduleCountMax })
  @IsInt()
  @Min(1)
  @Max(L.scheduleCountMax)
  count!: number;

  @OptionalText(L.titleMax)
  label?: string | null;
}
