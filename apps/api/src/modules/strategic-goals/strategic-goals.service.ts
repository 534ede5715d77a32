import { Injectable } from '@nestjs/common';
import type { StrategicGoal } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { staleVersion } from '../goals/initiative-access';
import type { CreateStrategicGoalDto, UpdateStrategicGoalDto } from './dto/strategic-goal.dto';
import { StrategicGoalEntity } from './strategic-goal.entity';
import { versionedUpdate } from '../../common/versioning/versioned-update';

const toView = ({ id, title, description, version }: StrategicGoalEntity): StrategicGoal => ({ id, title, description, version });

/** The organisation's strategic goals (admin-managed); row-level security confines every query. */
@Injectable()
export class StrategicGoalsService {
  constructor(private readonly db: TenantDb) {}

  private get repository() {
    return this.db.manager.getRepository(StrategicGoalEntity);
  }

  async list(user: AuthUser): Promise<StrategicGoal[]> {
    return (await this.repository.find({ where: { organisationId: user.organisationId }, order: { title: 'ASC' } })).map(toView);
  }

  async get(user: AuthUser, id: string): Promise<StrategicGoal> {
    const row = await this.repository.findOneBy({ id, organisationId: user.organisationId });
    if (!row) throw notFound('Strategic goal');
    return toView(row);
  }

  async create(user: AuthUser, dto: CreateStrategicGoalDto): Promise<StrategicGoal> {
    const { identifiers } = await this.repository.insert({
      organisationId: user.organisationId,
      title: dto.title,
      description: dto.description ?? null,
    });
    return this.get(user, identifiers[0].id as string);
  }

  async update(user: AuthUser, id: string, dto: UpdateStrategicGoalDto): Promise<StrategicGoal> {
    const current = await this.get(user, id);
    if (current.version !== dto.version) throw staleVersion('strategic goal', current);
    const changes: Partial<Pick<StrategicGoalEntity, 'title' | 'description'>> = {};
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.description !== undefined) changes.description = dto.description;
    const key = { id, organisationId: user.organisationId, version: dto.version };
    if ((await versionedUpdate(this.repository.manager, StrategicGoalEntity, key, changes)) === 'stale') throw staleVersion('strategic goal', await this.get(user, id));
    return this.get(user, id);
  }

  /** Goals linked to it keep existing; their link is cleared (ON DELETE SET NULL). */
  async remove(user: AuthUser, id: string, version: number): Promise<void> {
    const current = await this.get(user, id);
    if (current.version !== version) throw staleVersion('strategic goal', current);
    await this.repository.delete({ id, organisationId: user.organisationId, version });
  }
}
