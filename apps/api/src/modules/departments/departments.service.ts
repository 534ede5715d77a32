import { Injectable } from '@nestjs/common';
import type { Department } from '@gevinst/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(organisationId: string): Promise<Department[]> {
    const rows = await this.dataSource.getRepository(DepartmentEntity).find({
      where: { organisationId },
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
