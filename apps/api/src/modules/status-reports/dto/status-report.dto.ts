import { GOVERNANCE_LIMITS as L, RAG_STATUSES } from '@gevinst/domain';
import type { Rag, ReportDimension, StatusReportRequest } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { VersionField } from '../../initiatives/dto/versioned.dto';

const RagField = () => applyDecorators(ApiProperty({ enum: RAG_STATUSES }), IsIn(RAG_STATUSES));

export class ReportDimensionsDto implements Record<ReportDimension, Rag> {
  @RagField()
  scope!: Rag;

  @RagField()
  time!: Rag;

  @RagField()
  budget!: Rag;

  @RagField()
  benefits!: Rag;

  @RagField()
  risks!: Rag;
}

export class CreateStatusReportDto implements StatusReportRequest {
  @ApiProperty({ format: 'date', description: 'First day of the period; one report per initiative and start date' })
  @IsDateOnly()
  periodStart!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period; not before periodStart' })
  @IsDateOnly()
  periodEnd!: string;

  @RagField()
  overall!: Rag;

  @ApiProperty({ type: ReportDimensionsDto, description: 'RAG per dimension: scope, time, budget, benefits, risks' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ReportDimensionsDto)
  dimensions!: ReportDimensionsDto;

  @RequiredText(L.textMax)
  summary!: string;

  @OptionalText(L.textMax)
  nextSteps?: string | null;

  /** What the project asks the steering group to decide; puts the initiative on the next review's agenda. */
  @OptionalText(L.textMax)
  decisionRequest?: string | null;
}

export class UpdateStatusReportDto extends PartialType(CreateStatusReportDto, { skipNullProperties: false }) {
  @VersionField()
  version!: number;
}

export class MissingReportsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only initiatives steered by this group or a group below it' })
  @IsOptional()
  @IsUUID('all')
  steeringGroupId?: string;
}
