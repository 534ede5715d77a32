import { DepartmentEntity } from '../modules/departments/department.entity';
import { InitiativeCodeSequenceEntity } from '../modules/initiatives/initiative-code-sequence.entity';
import { InitiativeDepartmentEntity } from '../modules/initiatives/initiative-department.entity';
import { InitiativeEntity } from '../modules/initiatives/initiative.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';

/** Every entity, listed explicitly so the webpack bundle needs no globs. */
export const ENTITIES = [
  OrganisationEntity,
  DepartmentEntity,
  InitiativeEntity,
  InitiativeDepartmentEntity,
  InitiativeCodeSequenceEntity,
];
