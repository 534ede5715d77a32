import { Injectable } from '@nestjs/common';
import type { SteeringGroup, SteeringLevel } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { staleVersion, unknownReference } from '../goals/initiative-access';
import type { CreateSteeringGroupDto, UpdateSteeringGroupDto } from './dto/steering-group.dto';
import { ancestorsOf, LEVEL_RANK } from './steering-chain';
import { STEERING_GROUP_SELECT, SteeringGroupRow, toSteeringGroup } from './steering-group-rows';
import { SteeringGroupMemberEntity } from './steering-group-member.entity';
import { SteeringGroupEntity } from './steering-group.entity';
import { versionedUpdate } from '../../common/versioning/versioned-update';

/** What a group will be after a create or an update, checked as a whole. */
interface GroupState {
  name: string;
  level: SteeringLevel;
  parentId: string | null;
  chairUserId: string | null;
  memberUserIds: string[];
}

/** 422 with the field: the request is well-formed but breaks a rule of the hierarchy or the group's state. */
const refused = (field: string | null, message: string) =>
  new DomainError('INVALID_STATE', message, field ? [{ field, messages: [message] }] : undefined);

/**
 * Steering groups: levels, the parent a group reports to, chair and members. Admin keeps them; everyone reads.
 * Changes of the hierarchy take a per-organisation advisory lock, so two concurrent moves can never form a cycle.
 */
@Injectable()
export class SteeringGroupsService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser): Promise<SteeringGroup[]> {
    const rows: SteeringGroupRow[] = await this.db.manager.query(`${STEERING_GROUP_SELECT} WHERE g.organisation_id = $1 ORDER BY g.level, g.name, g.id`, [
      user.organisationId,
    ]);
    return rows.map(toSteeringGroup);
  }

  async get(user: AuthUser, id: string): Promise<SteeringGroup> {
    const rows: SteeringGroupRow[] = await this.db.manager.query(`${STEERING_GROUP_SELECT} WHERE g.organisation_id = $1 AND g.id = $2`, [
      user.organisationId,
      id,
    ]);
    if (rows.length === 0) throw notFound('Steering group');
    return toSteeringGroup(rows[0]);
  }

  async create(user: AuthUser, dto: CreateSteeringGroupDto): Promise<SteeringGroup> {
    await this.lockHierarchy(user);
    const state = withChair({
      name: dto.name,
      level: dto.level,
      parentId: dto.parentId ?? null,
      chairUserId: dto.chairUserId ?? null,
      memberUserIds: dto.memberUserIds ?? [],
    });
    await this.check(user, null, state);
    const { identifiers } = await this.db.manager.getRepository(SteeringGroupEntity).insert({
      organisationId: user.organisationId,
      name: state.name,
      level: state.level,
      parentId: state.parentId,
      chairUserId: state.chairUserId,
    });
    const id = identifiers[0].id as string;
    await this.replaceMembers(user, id, state.memberUserIds);
    return this.get(user, id);
  }

  /** Members are replaced as a whole when sent; the chair is always a member. */
  async update(user: AuthUser, id: string, dto: UpdateSteeringGroupDto): Promise<SteeringGroup> {
    await this.lockHierarchy(user);
    const current = await this.get(user, id);
    if (current.version !== dto.version) throw staleVersion('steering group', current);
    const state = withChair({
      name: dto.name ?? current.name,
      level: dto.level ?? current.level,
      parentId: dto.parentId === undefined ? current.parentId : dto.parentId,
      chairUserId: dto.chairUserId === undefined ? (current.chair?.id ?? null) : dto.chairUserId,
      memberUserIds: dto.memberUserIds ?? current.members.map((m) => m.id),
    });
    await this.check(user, id, state);
    const before = new Set(current.members.map((m) => m.id));
    const membersChanged = before.size !== state.memberUserIds.length || state.memberUserIds.some((m) => !before.has(m));
    const key = { id, organisationId: user.organisationId, version: dto.version };
    const changes = { name: state.name, level: state.level, parentId: state.parentId, chairUserId: state.chairUserId };
    if ((await versionedUpdate(this.db.manager, SteeringGroupEntity, key, changes, { force: membersChanged })) === 'stale') {
      throw staleVersion('steering group', await this.get(user, id));
    }
    if (membersChanged) await this.replaceMembers(user, id, state.memberUserIds);
    return this.get(user, id);
  }

  /** Only a group nothing depends on: no initiatives, no groups below it, no reviews or decisions of its own. */
  async remove(user: AuthUser, id: string, version: number): Promise<void> {
    await this.lockHierarchy(user);
    const current = await this.get(user, id);
    if (current.version !== version) throw staleVersion('steering group', current);
    if (current.initiativeCount > 0) {
      throw refused(null, `${current.initiativeCount} initiative(s) are assigned to the group; assign them to another group first`);
    }
    const [uses]: { children: number; reviews: number; decisions: number }[] = await this.db.manager.query(
      `SELECT (SELECT count(*)::int FROM steering_group WHERE organisation_id = $1 AND parent_id = $2) AS children,
              (SELECT count(*)::int FROM portfolio_review WHERE organisation_id = $1 AND steering_group_id = $2) AS reviews,
              (SELECT count(*)::int FROM decision WHERE organisation_id = $1 AND steering_group_id = $2) AS decisions`,
      [user.organisationId, id],
    );
    if (uses.children > 0) throw refused(null, `${uses.children} group(s) report to this group; move or delete them first`);
    if (uses.reviews > 0) throw refused(null, 'The group has held portfolio reviews; it stays for their minutes');
    if (uses.decisions > 0) throw refused(null, 'Decisions were recorded in the group; it stays for the decision log');
    await this.db.manager.getRepository(SteeringGroupEntity).delete({ id, organisationId: user.organisationId, version });
  }

  /** Serialises changes of one organisation's hierarchy until the transaction ends. */
  private async lockHierarchy(user: AuthUser): Promise<void> {
    await this.db.manager.query(`SELECT pg_advisory_xact_lock(hashtext('steering_group_tree'), hashtext($1))`, [user.organisationId]);
  }

  /** Users of the organisation (422), a unique name (409), a parent in the organisation, no cycle, levels in order (422). */
  private async check(user: AuthUser, id: string | null, state: GroupState): Promise<void> {
    await this.checkUsers(user, state);
    const [taken]: { n: number }[] = await this.db.manager.query(
      'SELECT count(*)::int AS n FROM steering_group WHERE organisation_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3::uuid',
      [user.organisationId, state.name, id],
    );
    if (taken.n > 0) {
      throw new DomainError('DUPLICATE', 'A steering group with this name already exists', [{ field: 'name', messages: ['The name is already used by another steering group'] }]);
    }
    if (state.parentId) {
      if (state.level === 'directorate') throw refused('parentId', 'A directorate-level group reports to no one: it has no parent');
      if (state.parentId === id) throw refused('parentId', 'A group cannot report to itself');
      const parents: { level: SteeringLevel }[] = await this.db.manager.query('SELECT level FROM steering_group WHERE organisation_id = $1 AND id = $2', [
        user.organisationId,
        state.parentId,
      ]);
      if (parents.length === 0) throw unknownReference('parentId', 'Unknown steering group: the parent must belong to the organisation');
      if (id && (await ancestorsOf(this.db.manager, user.organisationId, state.parentId)).includes(id)) {
        throw refused('parentId', 'The parent reports (directly or further up) to this group: that would make a cycle');
      }
      const parentLevel = parents[0].level;
      if (LEVEL_RANK[state.level] < LEVEL_RANK[parentLevel]) {
        throw refused('level', `A ${state.level}-level group cannot report to a ${parentLevel}-level group`);
      }
    }
    if (id) {
      const children: { level: SteeringLevel }[] = await this.db.manager.query('SELECT DISTINCT level FROM steering_group WHERE organisation_id = $1 AND parent_id = $2', [
        user.organisationId,
        id,
      ]);
      const above = children.find((child) => LEVEL_RANK[child.level] < LEVEL_RANK[state.level]);
      if (above) throw refused('level', `A ${above.level}-level group reports to this group; it cannot become a ${state.level}-level group`);
    }
  }

  private async checkUsers(user: AuthUser, state: GroupState): Promise<void> {
    if (state.memberUserIds.length === 0) return;
    const found: { id: string }[] = await this.db.manager.query('SELECT id FROM app_user WHERE organisation_id = $1 AND id = ANY($2::uuid[])', [
      user.organisationId,
      state.memberUserIds,
    ]);
    const known = new Set(found.map((row) => row.id));
    if (state.chairUserId && !known.has(state.chairUserId)) throw unknownReference('chairUserId', 'Unknown user: the chair must belong to the organisation');
    if (state.memberUserIds.some((member) => !known.has(member))) throw unknownReference('memberUserIds', 'Unknown user: every member must belong to the organisation');
  }

  private async replaceMembers(user: AuthUser, groupId: string, memberUserIds: string[]): Promise<void> {
    const repository = this.db.manager.getRepository(SteeringGroupMemberEntity);
    await repository.delete({ organisationId: user.organisationId, groupId });
    if (memberUserIds.length > 0) {
      await repository.insert(memberUserIds.map((userId) => ({ organisationId: user.organisationId, groupId, userId })));
    }
  }
}

/** Members without duplicates, with the chair among them. */
function withChair(state: GroupState): GroupState {
  const members = new Set(state.memberUserIds);
  if (state.chairUserId) members.add(state.chairUserId);
  return { ...state, memberUserIds: [...members] };
}
