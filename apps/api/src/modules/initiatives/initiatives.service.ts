import { Injectable } from '@nestjs/common';
import { can, isValidPlannedPeriod } from '@gevinst/domain';
import type { Action, FieldError, InitiativeDetail } from '@gevinst/domain';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { DepartmentsService } from '../departments/departments.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { CreateInitiativeDto } from './dto/create-initiative.dto';
import type { UpdateInitiativeDto } from './dto/update-initiative.dto';
import { InitiativeCodeAllocator } from './initiative-code.allocator';
import { InitiativeDepartmentEntity } from './initiative-department.entity';
import { InitiativeEntity } from './initiative.entity';
import { InitiativesQueryService } from './initiatives-query.service';
import { Clock } from '../../common/clock/clock';
import { versionedUpdate } from '../../common/versioning/versioned-update';

/** The fields a change may touch, mapped to their columns. */
const UPDATABLE = {
  title: 'title',
  purpose: 'purpose',
  description: 'description',
  expectedValue: 'expectedValue',
  leadDepartmentId: 'leadDepartmentId',
  sizeClass: 'sizeClass',
  technology: 'technology',
  radarRing: 'radarRing',
  plannedStart: 'plannedStart',
  plannedEnd: 'plannedEnd',
} as const satisfies Partial<Record<keyof UpdateInitiativeDto, keyof InitiativeEntity>>;

type InitiativeChanges = Partial<Pick<InitiativeEntity, (typeof UPDATABLE)[keyof typeof UPDATABLE] | 'archivedAt'>>;

interface Relations {
  leadDepartmentId: string;
  involvedDepartmentIds: string[];
  plannedStart: string | null;
  plannedEnd: string | null;
}

/** Writes of initiatives, inside the request's tenant transaction: all or nothing. */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly departments: DepartmentsService,
    private readonly codes: InitiativeCodeAllocator,
    private readonly queries: InitiativesQueryService,
  ) {}

  async create(user: AuthUser, dto: CreateInitiativeDto): Promise<InitiativeDetail> {
    const manager = this.db.manager;
    const { organisationId } = user;
    const involved = dto.involvedDepartmentIds ?? [];
    await this.checkRelations(manager, organisationId, {
      leadDepartmentId: dto.leadDepartmentId,
      involvedDepartmentIds: involved,
      plannedStart: dto.plannedStart ?? null,
      plannedEnd: dto.plannedEnd ?? null,
    });
    const organisation = await manager.getRepository(OrganisationEntity).findOneByOrFail({ id: organisationId });
    const code = await this.codes.next(manager, organisationId, organisation.codePrefix, this.clock.year());
    const { identifiers } = await manager.getRepository(InitiativeEntity).insert({
      organisationId,
      code,
      title: dto.title,
      purpose: dto.purpose,
      description: dto.description ?? null,
      expectedValue: dto.expectedValue ?? null,
      leadDepartmentId: dto.leadDepartmentId,
      sizeClass: dto.sizeClass,
      technology: dto.technology ?? null,
      radarRing: dto.radarRing ?? null,
      plannedStart: dto.plannedStart ?? null,
      plannedEnd: dto.plannedEnd ?? null,
      // A project lead who registers an idea leads it until someone else is appointed.
      projectLeadId: user.roles.includes('project_lead') ? user.id : null,
    });
    const id = identifiers[0].id as string;
    await this.replaceInvolved(manager, organisationId, id, involved);
    return this.queries.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateInitiativeDto): Promise<InitiativeDetail> {
    const manager = this.db.manager;
    const { organisationId } = user;
    const current = await this.queries.get(user, id);
    this.authorise(user, 'initiative.update', current);
    if (current.version !== dto.version) throw staleVersion(current);
    await this.checkRelations(manager, organisationId, {
      leadDepartmentId: dto.leadDepartmentId ?? current.leadDepartment.id,
      involvedDepartmentIds: dto.involvedDepartmentIds ?? current.involvedDepartments.map((d) => d.id),
      plannedStart: dto.plannedStart === undefined ? current.plannedStart : dto.plannedStart,
      plannedEnd: dto.plannedEnd === undefined ? current.plannedEnd : dto.plannedEnd,
    });
    const changes: InitiativeChanges = {};
    for (const [field, column] of Object.entries(UPDATABLE)) {
      const value = dto[field as keyof typeof UPDATABLE];
      if (value !== undefined) Object.assign(changes, { [column]: value });
    }
    const involved = dto.involvedDepartmentIds;
    const involvedChanged = involved !== undefined && !sameSet(involved, current.involvedDepartments.map((d) => d.id));
    await this.bumpVersion(manager, user, id, dto.version, changes, involvedChanged);
    if (involved && involvedChanged) await this.replaceInvolved(manager, organisationId, id, involved);
    return this.queries.get(user, id);
  }

  async setArchived(user: AuthUser, id: string, version: number, archived: boolean): Promise<InitiativeDetail> {
    const current = await this.queries.get(user, id);
    this.authorise(user, 'initiative.archive', current);
    if (current.version !== version) throw staleVersion(current);
    if (current.archived !== archived) {
      await this.bumpVersion(this.db.manager, user, id, version, { archivedAt: archived ? this.clock.now() : null });
    }
    return this.queries.get(user, id);
  }

  /** Object-level rule (project leads change only what they lead); the guard already checked the role. */
  private authorise(user: AuthUser, action: Action, current: InitiativeDetail): void {
    if (!can(user.roles, action, { leadsInitiative: current.projectLead?.id === user.id })) {
      throw new DomainError('FORBIDDEN', 'You may not change this initiative');
    }
  }

  /** The optimistic lock itself: UPDATE … WHERE id AND version; no row means someone else got there first. */
  private async bumpVersion(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    version: number,
    changes: InitiativeChanges,
    force = false,
  ): Promise<void> {
    const { organisationId } = user;
    if ((await versionedUpdate(manager, InitiativeEntity, { id, organisationId, version }, changes, { force })) === 'stale') {
      const exists = await manager.getRepository(InitiativeEntity).existsBy({ id, organisationId });
      throw exists ? staleVersion(await this.queries.get(user, id)) : notFound('Initiative');
    }
  }

  private async replaceInvolved(manager: EntityManager, organisationId: string, initiativeId: string, departmentIds: string[]) {
    const repository = manager.getRepository(InitiativeDepartmentEntity);
    await repository.delete({ organisationId, initiativeId });
    if (departmentIds.length > 0) {
      await repository.insert(departmentIds.map((departmentId) => ({ organisationId, initiativeId, departmentId })));
    }
  }

  private async checkRelations(manager: EntityManager, organisationId: string, relations: Relations): Promise<void> {
    const { leadDepartmentId, involvedDepartmentIds } = relations;
    const invalid: FieldError[] = [];
    if (involvedDepartmentIds.includes(leadDepartmentId)) {
      invalid.push({ field: 'involvedDepartmentIds', messages: ['involvedDepartmentIds must not include the lead department'] });
    }
    if (!isValidPlannedPeriod(relations.plannedStart, relations.plannedEnd)) {
      invalid.push({ field: 'plannedEnd', messages: ['plannedEnd must not be before plannedStart'] });
    }
    if (invalid.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', invalid);

    const known = await this.departments.existingIds(manager, organisationId, [leadDepartmentId, ...involvedDepartmentIds]);
    const unknown: FieldError[] = [];
    if (!known.has(leadDepartmentId)) unknown.push({ field: 'leadDepartmentId', messages: ['Unknown department'] });
    involvedDepartmentIds.forEach((departmentId, index) => {
      if (!known.has(departmentId)) unknown.push({ field: `involvedDepartmentIds.${index}`, messages: ['Unknown department'] });
    });
    if (unknown.length > 0) throw new DomainError('UNKNOWN_REFERENCE', 'A referenced department does not exist', unknown);
  }
}

/** 409 with the current state, so the client can show what changed and reload. */
function staleVersion(current: InitiativeDetail): DomainError {
  return new DomainError(
    'VERSION_CONFLICT',
    `The initiative was changed by someone else (current version is ${current.version}); reload and try again`,
    undefined,
    current,
  );
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === new Set(a).size && new Set(a).size === a.length;
