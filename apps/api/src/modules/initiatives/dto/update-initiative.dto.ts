import type { SizeClass, UpdateInitiativeRequest } from '@gevinst/domain';
import { ValidateIf } from 'class-validator';
import { LeadDepartmentField, OptionalInitiativeFields, PurposeField, SizeClassField, TitleField } from './initiative-fields';
import { VersionField } from './versioned.dto';

/** Validate when sent; null is refused for fields an initiative must have. */
const WhenSent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** A partial change: only the fields sent are changed; `version` guards against lost updates. */
export class UpdateInitiativeDto extends OptionalInitiativeFields implements UpdateInitiativeRequest {
  @VersionField()
  version!: number;

  @WhenSent()
  @TitleField()
  title?: string;

  @WhenSent()
  @PurposeField()
  purpose?: string;

  @WhenSent()
  @LeadDepartmentField()
  leadDepartmentId?: string;

  @WhenSent()
  @SizeClassField()
  sizeClass?: SizeClass;
}
