import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { InitiativeCodeSequenceEntity } from '../modules/initiatives/initiative-code-sequence.entity';
import { InitiativeDepartmentEntity } from '../modules/initiatives/initiative-department.entity';
import { InitiativeEntity } from '../modules/initiatives/initiative.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity, listed explicitly so the webpack bundle needs no globs. */
export const ENTITIES = [
  OrganisationEntity,
  DepartmentEntity,
  InitiativeEntity,
  InitiativeDepartmentEntity,
  InitiativeCodeSequenceEntity,
  UserEntity,
  SessionEntity,
  AuditLogEntity,
];
