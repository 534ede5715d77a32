import { DECISION_KINDS, GOVERNANCE_LIMITS as L, PHASES } from '@gevinst/domain';
import type { DecisionKind, DecisionRequest, GateRequest, InitiativeGovernanceRequest, Phase } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { OptionalText } from '../../../common/validation/benefit-fields';
import { IsDateOnly } from '../../../common/validation/is-date-only';
import { PageField, PageSizeField } from '../../../common/validation/paging';
import { VersionField } from '../../initiatives/dto/versioned.dto';

const OptionalId = (description: string) =>
  applyDecorators(ApiPropertyOptional({ format: 'uuid', nullable: true, description }), IsOptional(), IsUUID('all'));

export class InitiativeGovernanceDto implements InitiativeGovernanceRequest {
  @VersionField()
  version!: number;

  @OptionalId('The steering group of the organisation that steers the initiative; null removes it')
  steeringGroupId?: string | null;

  @OptionalId('The project owner (a user of the organisation); null removes them')
  projectOwnerUserId?: string | null;
}

export class GateRequestDto implements GateRequest {
  @ApiProperty({ enum: PHASES, description: 'The next phase of idea → analysis → implementation → realisation → closed' })
  @IsIn(PHASES)
  toPhase!: Phase;

  @OptionalText(L.textMax)
  note?: string | null;
}

export class DecisionDto implements DecisionRequest {
  @ApiProperty({ enum: DECISION_KINDS })
  @IsIn(DECISION_KINDS)
  kind!: DecisionKind;

  @ApiPropertyOptional({ enum: PHASES, description: 'approve_phase: the next phase (required). continue: where a paused initiative resumes, when unknown' })
  @IsOptional()
  @IsIn(PHASES)
  toPhase?: Phase;

  @OptionalText(L.textMax)
  reason?: string | null;

  @OptionalId('Record the decision as part of this portfolio review')
  reviewId?: string | null;
}

const toArray = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : String(value).split(',')).filter((v) => v !== '');

/** The organisation's decision log: dates are Danish calendar days, both ends included. */
export class ListDecisionsQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Decided on or after this day' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Decided on or before this day' })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @ApiPropertyOptional({ enum: DECISION_KINDS, isArray: true, description: 'Repeat or comma-separate' })
  @IsOptional()
  @Transform(toArray)
  @IsIn(DECISION_KINDS, { each: true })
  kind?: DecisionKind[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  steeringGroupId?: string;

  @PageField()
  page?: number;

  @PageSizeField(200, 50)
  pageSize?: number;
}
