import { Injectable } from '@nestjs/common';
import type { Department } from '@gevinst/domain';
import { EntityManager, In } from 'typeorm';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentsService {
  constructor(private readonly db: TenantDb) {}

  /** Row-level security already confines the query to the request's organisation. */
  async list(): Promise<Department[]> {
    const rows = await this.db.manager.getRepository(DepartmentEntity).find({
      order: { code: 'ASC' },
    });
    return rows.map(({ id, code, name, parentId }) => ({ id, code, name, parentId }));
  }

  /** The subset of ids that are departments of this organisation. */
  async existingIds(manager: EntityManager, organisationId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.getRepository(DepartmentEntity).find({
      select: { id: true },
      where: { organisationId, id: In(ids) },
    });
    return new Set(rows.map((row) => row.id));
  }
}
