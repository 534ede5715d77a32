import { RISK_IMPORT_MODES } from '@gevinst/domain';
import type { RiskImportMode } from '@gevinst/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

/** `?mode=append|replace&commit=true|false` of a risk log import. */
export class RiskLogImportQuery {
  @ApiPropertyOptional({ enum: RISK_IMPORT_MODES, default: 'append', description: "append: add to the initiative's log; replace: the file's log replaces it" })
  @IsOptional()
  @IsIn(RISK_IMPORT_MODES)
  mode: RiskImportMode = 'append';

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'false: preview only; true: write the rows when every row is valid' })
  @IsOptional()
  // Only the words true and false: "1", "yes" or an empty value are refused, not guessed at.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  commit = false;
}
