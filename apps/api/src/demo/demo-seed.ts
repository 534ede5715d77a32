import { formatInitiativeCode, yearOf } from '@gevinst/domain';
import type { Role } from '@gevinst/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock/clock';
import { hashPassword } from '../modules/auth/password-hasher';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { InitiativeCodeSequenceEntity } from '../modules/initiatives/initiative-code-sequence.entity';
import { InitiativeDepartmentEntity } from '../modules/initiatives/initiative-department.entity';
import { InitiativeEntity } from '../modules/initiatives/initiative.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { UserEntity } from '../modules/users/user.entity';
import { seedDemoBenefits } from './demo-benefits-seed';
import { type DemoCalendar, demoCalendar } from './demo-calendar';
import { DEMO_DEPARTMENTS, DEMO_INITIATIVES, DEMO_ORGANISATION } from './demo-data';
import { seedDemoFunding } from './demo-funding';
import { seedDemoGovernance } from './demo-governance-seed';
import { seedDemoMaps } from './demo-maps-seed';
import { seedDemoRisks } from './demo-risks-seed';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/**
 * Seeds the demo kommune, only into a database without organisations, in one transaction, with every date relative
 * to the clock's today. Returns false when there was something already (nothing is touched then).
 */
export async function seedDemoOrganisation(dataSource: DataSource, clock: Clock): Promise<boolean> {
  // The clock's today, not the day of clock.now(): on a shifted test clock the two can differ near midnight.
  const calendar = demoCalendar(clock.today(), clock.now());
  return dataSource.transaction(async (manager) => {
    // Two instances booting at once must not both seed: serialise on an advisory lock.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['gevinst-demo-seed']);
    if ((await manager.getRepository(OrganisationEntity).count()) > 0) return false;
    const organisation = await manager.getRepository(OrganisationEntity).save({ ...DEMO_ORGANISATION, settings: {} });
    const departmentIds = await seedDepartments(manager, organisation.id);
    const userIds = await seedUsers(manager, organisation.id, departmentIds);
    const projectLeadId = demoUserId(userIds, 'project_lead');
    const initiativeIds = await seedInitiatives(manager, organisation, departmentIds, projectLeadId, calendar);
    await seedDemoBenefits(manager, { organisationId: organisation.id, initiativeIds, departmentIds, projectLeadId, benefitOwnerId: demoUserId(userIds, 'benefit_owner') }, calendar);
    await seedDemoRisks(manager, { organisationId: organisation.id, initiativeIds, userIds }, calendar);
    await seedDemoMaps(manager, { organisationId: organisation.id, initiativeIds, userIds: { projectLeadId, benefitOwnerId: demoUserId(userIds, 'benefit_owner') } }, calendar);
    await seedDemoFunding(manager, { organisationId: organisation.id, initiativeIds, departmentIds, userIds }, calendar);
    await seedDemoGovernance(manager, { organisationId: organisation.id, initiativeIds, userIds }, calendar);
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

/** The demo user holding a role: the project lead leads the demo initiatives, the benefit owner owns benefits. */
function demoUserId(userIds: Map<Role, string>, role: Role): string {
  const id = userIds.get(role);
  if (!id) throw new Error(`No demo user has the role ${role}`);
  return id;
}

/** One user per role (demo mode only); returns their ids by role. */
async function seedUsers(manager: EntityManager, organisationId: string, departmentIds: Map<string, string>): Promise<Map<Role, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<Role, string>();
  for (const user of DEMO_USERS) {
    const saved = await manager.getRepository(UserEntity).save({
      organisationId,
      email: user.email,
      name: user.name,
      roles: user.roles,
      departmentId: departmentIds.get(user.departmentCode) ?? null,
      passwordHash,
    });
    for (const role of user.roles) userIds.set(role, saved.id);
  }
  return userIds;
}

/**
 * Returns the initiatives' ids by title. Codes are numbered per year in order of registration, the year being the
 * registration day's, and the code sequence continues from the last number of each year.
 */
async function seedInitiatives(
  manager: EntityManager,
  organisation: OrganisationEntity,
  departmentIds: Map<string, string>,
  projectLeadId: string,
  calendar: DemoCalendar,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const department = (code: string) => {
    const id = departmentIds.get(code);
    if (!id) throw new Error(`Demo data names an unknown department ${code}`);
    return id;
  };
  const codes = new Map<string, string>();
  const lastNumberPerYear = new Map<number, number>();
  for (const demo of [...DEMO_INITIATIVES].sort((a, b) => a.registeredDay - b.registeredDay)) {
    if (demo.registeredDay > 0 || (demo.startDay !== null && demo.startDay < demo.registeredDay) || (demo.startDay === null) !== (demo.endDay === null)) {
      throw new Error(`Demo initiative ${demo.title} is registered in the future or after its start, or has only one planned date`);
    }
    const year = yearOf(calendar.day(demo.registeredDay));
    const sequence = (lastNumberPerYear.get(year) ?? 0) + 1;
    lastNumberPerYear.set(year, sequence);
    codes.set(demo.title, formatInitiativeCode(organisation.codePrefix, year, sequence));
  }
  for (const demo of DEMO_INITIATIVES) {
    const saved = await manager.getRepository(InitiativeEntity).save({
      organisationId: organisation.id,
      code: codes.get(demo.title) ?? '',
      title: demo.title,
      purpose: demo.purpose,
      description: demo.description,
      expectedValue: demo.expectedValue,
      leadDepartmentId: department(demo.leadDepartmentCode),
      sizeClass: demo.sizeClass,
      technology: demo.technology,
      radarRing: demo.radarRing,
      phase: demo.phase,
      plannedStart: demo.startDay === null ? null : calendar.workday(demo.startDay),
      plannedEnd: demo.endDay === null ? null : calendar.workday(demo.endDay),
      projectLeadId,
      createdAt: calendar.at(calendar.day(demo.registeredDay), '09:00'),
    });
    ids.set(demo.title, saved.id);
    if (demo.involvedDepartmentCodes.length > 0) {
      await manager.getRepository(InitiativeDepartmentEntity).insert(
        demo.involvedDepartmentCodes.map((code) => ({ organisationId: organisation.id, initiativeId: saved.id, departmentId: department(code) })),
      );
    }
  }
  await manager.getRepository(InitiativeCodeSequenceEntity).insert(
    [...lastNumberPerYear].map(([year, lastValue]) => ({ organisationId: organisation.id, year, lastValue })),
  );
  return ids;
}
