import type { StrategicGoalRequest } from '@gevinst/domain';
import { PartialType } from '@nestjs/swagger';
import { OptionalText, RequiredText } from '../../../common/validation/benefit-fields';
import { VersionField } from '../../initiatives/dto/versioned.dto';

export class CreateStrategicGoalDto implements StrategicGoalRequest {
  @RequiredText()
  title!: string;

  @OptionalText()
  description?: string | null;
}

/** null is refused for the title (skipNullProperties: false keeps its validators for null). */
export class UpdateStrategicGoalDto extends PartialType(CreateStrategicGoalDto, { skipNullProperties: false }) {
  @VersionField()
  version!: number;
}
