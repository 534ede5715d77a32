import { INITIATIVE_LIMITS as L, RADAR_RINGS, SIZE_CLASSES } from '@gevinst/domain';
import type { RadarRing } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { Trim, TrimToNull } from '../../../common/validation/transforms';

/** Validators of the fields an initiative must always have; the DTOs decide whether they must be sent. */
export const TitleField = () =>
  applyDecorators(ApiProperty({ maxLength: L.titleMax }), Trim(), IsString(), IsNotEmpty(), MaxLength(L.titleMax));

export const PurposeField = () =>
  applyDecorators(
    ApiProperty({ maxLength: L.purposeMax, description: 'Formål og problem' }),
    Trim(),
    IsString(),
    IsNotEmpty(),
    MaxLength(L.purposeMax),
  );

export const LeadDepartmentField = () => applyDecorators(ApiProperty({ format: 'uuid' }), IsUUID('all'));

export const SizeClassField = () => applyDecorators(ApiProperty({ enum: SIZE_CLASSES }), IsIn(SIZE_CLASSES));

/** The optional intake fields, shared by creation and change; null clears a value. */
export class OptionalInitiativeFields {
  @ApiPropertyOptional({ maxLength: L.descriptionMax, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.descriptionMax)
  description?: string | null;

  @ApiPropertyOptional({ maxLength: L.expectedValueMax, nullable: true, description: 'Expected value in words' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.expectedValueMax)
  expectedValue?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: L.involvedDepartmentsMax })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.involvedDepartmentsMax)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  involvedDepartmentIds?: string[];

  @ApiPropertyOptional({ maxLength: L.technologyMax, nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.technologyMax)
  technology?: string | null;

  @ApiPropertyOptional({ enum: RADAR_RINGS, nullable: true })
  @IsOptional()
  @IsIn(RADAR_RINGS)
  radarRing?: RadarRing | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  plannedStart?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  plannedEnd?: string | null;
}
