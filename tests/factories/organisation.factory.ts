import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DepartmentEntity } from '../../apps/api/src/modules/departments/department.entity';
import { OrganisationEntity } from '../../apps/api/src/modules/organisations/organisation.entity';

export interface OrganisationFixture {
  organisation: OrganisationEntity;
  /** Departments by code: a forvaltning OKD with områder OKD-IT and OKD-OKO, and SOS with SOS-AEL. */
  departments: Record<string, DepartmentEntity>;
}

/** A small organisation with a two-level department tree, written straight to the database. */
export async function createOrganisation(
  dataSource: DataSource,
  overrides: Partial<Pick<OrganisationEntity, 'name' | 'municipalityCode' | 'codePrefix'>> = {},
): Promise<OrganisationFixture> {
  const organisation = await dataSource.getRepository(OrganisationEntity).save({
    name: 'Testrup Kommune',
    municipalityCode: randomInt(100, 999),
    codePrefix: 'TST',
    settings: {},
    ...overrides,
  });
  const repository = dataSource.getRepository(DepartmentEntity);
  const add = (code: string, name: string, parentId: string | null = null) =>
    repository.save({ organisationId: organisation.id, code, name, parentId });
  const okd = await add('OKD', 'Økonomi og Digitalisering');
  const sos = await add('SOS', 'Social og Sundhed');
  const departments = {
    OKD: okd,
    'OKD-IT': await add('OKD-IT', 'IT og Digitalisering', okd.id),
    'OKD-OKO': await add('OKD-OKO', 'Økonomi', okd.id),
    SOS: sos,
    'SOS-AEL': await add('SOS-AEL', 'Ældre', sos.id),
  };
  return { organisation, departments };
}
