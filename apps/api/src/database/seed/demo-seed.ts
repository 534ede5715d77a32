import { formatInitiativeCode } from '@gevinst/domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/password-hasher';
import { DepartmentEntity } from '../../modules/departments/department.entity';
import { InitiativeCodeSequenceEntity } from '../../modules/initiatives/initiative-code-sequence.entity';
import { InitiativeDepartmentEntity } from '../../modules/initiatives/initiative-department.entity';
import { InitiativeEntity } from '../../modules/initiatives/initiative.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_DEPARTMENTS, DEMO_INITIATIVES, DEMO_ORGANISATION } from './demo-data';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * Seeds the demo kommune, only into a database without organisations, in one transaction.
 * Returns false when there was something already (nothing is touched then).
 */
export async function seedDemoOrganisation(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Two instances booting at once must not both seed: serialise on an advisory lock.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['gevinst-demo-seed']);
    if ((await manager.getRepository(OrganisationEntity).count()) > 0) return false;
    const organisation = await manager.getRepository(OrganisationEntity).save({ ...DEMO_ORGANISATION, settings: {} });
    const departmentIds = await seedDepartments(manager, organisation.id);
    const projectLeadId = await seedUsers(manager, organisation.id, departmentIds);
    await seedInitiatives(manager, organisation, departmentIds, projectLeadId);
    return true;
  });
}

async function seedDepartments(manager: EntityManager, organisationId: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const department of DEMO_DEPARTMENTS) {
    const parentId = department.parentCode ? ids.get(department.parentCode) : null;
    if (parentId === undefined) throw new Error(`Demo department ${department.code} lists its parent after itself`);
    const saved = await manager.getRepository(DepartmentEntity).save({ organisationId, code: department.code, name: department.name, parentId });
    ids.set(department.code, saved.id);
  }
  return ids;
}

/** One user per role (demo mode only); returns the demo project lead, who then leads the demo initiatives. */
async function seedUsers(manager: EntityManager, organisationId: string, departmentIds: Map<string, string>): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let projectLeadId = '';
  for (const user of DEMO_USERS) {
    const saved = await manager.getRepository(UserEntity).save({
      organisationId,
      email: user.email,
      name: user.name,
      roles: user.roles,
      departmentId: departmentIds.get(user.departmentCode) ?? null,
      passwordHash,
    });
    if (user.roles.includes('project_lead')) projectLeadId = saved.id;
  }
  return projectLeadId;
}

async function seedInitiatives(manager: EntityManager, organisation: OrganisationEntity, departmentIds: Map<string, string>, projectLeadId: string) {
  const department = (code: string) => {
    const id = departmentIds.get(code);
    if (!id) throw new Error(`Demo data names an unknown department ${code}`);
    return id;
  };
  const lastNumberPerYear = new Map<number, number>();
  for (const demo of DEMO_INITIATIVES) {
    const sequence = (lastNumberPerYear.get(demo.registeredYear) ?? 0) + 1;
    lastNumberPerYear.set(demo.registeredYear, sequence);
    const saved = await manager.getRepository(InitiativeEntity).save({
      organisationId: organisation.id,
      code: formatInitiativeCode(organisation.codePrefix, demo.registeredYear, sequence),
      title: demo.title,
      purpose: demo.purpose,
      description: demo.description,
      expectedValue: demo.expectedValue,
      leadDepartmentId: department(demo.leadDepartmentCode),
      sizeClass: demo.sizeClass,
      technology: demo.technology,
      radarRing: demo.radarRing,
      phase: demo.phase,
      plannedStart: demo.plannedStart,
      plannedEnd: demo.plannedEnd,
      projectLeadId,
    });
    if (demo.involvedDepartmentCodes.length > 0) {
      await manager.getRepository(InitiativeDepartmentEntity).insert(
        demo.involvedDepartmentCodes.map((code) => ({ organisationId: organisation.id, initiativeId: saved.id, departmentId: department(code) })),
      );
    }
  }
  await manager.getRepository(InitiativeCodeSequenceEntity).insert(
    [...lastNumberPerYear].map(([year, lastValue]) => ({ organisationId: organisation.id, year, lastValue })),
  );
}
