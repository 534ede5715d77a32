import type { CreateInitiativeRequest, SizeClass } from '@gevinst/domain';
import { IsDefined } from 'class-validator';
import { LeadDepartmentField, OptionalInitiativeFields, PurposeField, SizeClassField, TitleField } from './initiative-fields';

const required = { message: ({ property }: { property: string }) => `${property} is required` };

/** Idea intake. */
export class CreateInitiativeDto extends OptionalInitiativeFields implements CreateInitiativeRequest {
  @IsDefined(required)
  @TitleField()
  title!: string;

  @IsDefined(required)
  @PurposeField()
  purpose!: string;

  @IsDefined(required)
  @LeadDepartmentField()
  leadDepartmentId!: string;

  @IsDefined(required)
  @SizeClassField()
  sizeClass!: SizeClass;
}
