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
  // Municipality codes are unique: take one this database does not use yet (a random pick could collide).
  const [{ code }] = (await dataSource.query(
    `SELECT code FROM generate_series(100, 999) code WHERE code NOT IN (SELECT municipality_code FROM organisation) ORDER BY random() LIMIT 1`,
  )) as { code: number }[];
  const organisation = await dataSource.getRepository(OrganisationEntity).save({
    name: 'Testrup Kommune',
    municipalityCode: code,
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
