import { Injectable } from '@nestjs/common';
import { linkAllowed, MAP_LIMITS, MAP_LINK_TARGETS, wouldCreateCycle } from '@gevinst/domain';
import type { BenefitMap, MapLink, MapNodeKind } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { versionedUpdate } from '../../common/versioning/versioned-update';
import { authorise, initiativeLead, invalid, staleVersion, unknownReference } from '../goals/initiative-access';
import { BenefitMapReader } from './benefit-map.reader';
import type { CreateMapNodeDto, MapLinkDto, UpdateMapNodeDto } from './dto/map.dto';
import { MapLinkEntity } from './map-link.entity';
import { MapNodeEntity } from './map-node.entity';

const FORBIDDEN = 'You may not change the benefit map of this initiative';

/** The kind of each id that is a node of this initiative's map (or a strategic goal of the organisation). */
const KINDS_SQL = `
  SELECT id, kind::text AS kind FROM benefit_map_node WHERE organisation_id = $1 AND initiative_id = $2 AND id = ANY($3::uuid[])
  UNION ALL SELECT id, 'benefit' FROM benefit WHERE organisation_id = $1 AND initiative_id = $2 AND id = ANY($3::uuid[])
  UNION ALL SELECT id, 'goal' FROM goal WHERE organisation_id = $1 AND initiative_id = $2 AND id = ANY($3::uuid[])
  UNION ALL SELECT id, 'strategic_goal' FROM strategic_goal WHERE organisation_id = $1 AND id = ANY($3::uuid[])`;

/**
 * Writes to the benefit map: deliveries and changes, and links. A link from a benefit to a goal is the benefit's goal
 * and one from a goal to a strategic goal the goal's strategic goal (one model, no copies); the others are map rows.
 * Every write answers with the whole map, so a client redraws from one answer.
 */
@Injectable()
export class BenefitMapService {
  constructor(
    private readonly db: TenantDb,
    private readonly reader: BenefitMapReader,
  ) {}

  async addNode(user: AuthUser, initiativeId: string, dto: CreateMapNodeDto): Promise<BenefitMap> {
    await this.mayManage(user, initiativeId);
    await this.checkFields(user, dto.kind, dto);
    const [{ count }]: { count: number }[] = await this.db.manager.query(
      'SELECT count(*)::int AS count FROM benefit_map_node WHERE organisation_id = $1 AND initiative_id = $2',
      [user.organisationId, initiativeId],
    );
    if (count >= MAP_LIMITS.nodesMax) throw new DomainError('INVALID_STATE', `A benefit map holds at most ${MAP_LIMITS.nodesMax} deliveries and changes`);
    await this.db.manager.getRepository(MapNodeEntity).insert({
      organisationId: user.organisationId,
      initiativeId,
      kind: dto.kind,
      title: dto.title,
      description: dto.description ?? null,
      ownerUserId: dto.ownerUserId ?? null,
      dueDate: dto.kind === 'change' ? (dto.dueDate ?? null) : null,
      status: dto.kind === 'change' ? (dto.status ?? 'open') : null,
    });
    return this.reader.read(user, initiativeId);
  }

  async updateNode(user: AuthUser, id: string, dto: UpdateMapNodeDto): Promise<BenefitMap> {
    const node = await this.node(user, id);
    await this.mayManage(user, node.initiativeId);
    if (node.version !== dto.version) throw staleVersion('map node', node);
    await this.checkFields(user, node.kind, dto);
    const { version, ...changes } = dto;
    const key = { id, organisationId: user.organisationId, version };
    if ((await versionedUpdate(this.db.manager, MapNodeEntity, key, changes)) === 'stale') throw staleVersion('map node', await this.node(user, id));
    return this.reader.read(user, node.initiativeId);
  }

  /** Its links go with it; the benefits it led to stay. */
  async removeNode(user: AuthUser, id: string, version: number): Promise<void> {
    const node = await this.node(user, id);
    await this.mayManage(user, node.initiativeId);
    if (node.version !== version) throw staleVersion('map node', node);
    await this.db.manager.getRepository(MapNodeEntity).delete({ id, organisationId: user.organisationId, version });
  }

  async link(user: AuthUser, initiativeId: string, { from, to }: MapLinkDto): Promise<BenefitMap> {
    await this.mayManage(user, initiativeId, true);
    const kinds = await this.kindsOf(user, initiativeId, [from, to]);
    const fromKind = kinds.get(from);
    const toKind = kinds.get(to);
    if (!fromKind || fromKind === 'strategic_goal') throw invalid('from', "from names no delivery, change, benefit or goal of this initiative's map");
    if (!toKind) throw invalid('to', "to names no node of this initiative's map (nor a strategic goal of the organisation)");
    if (!linkAllowed(fromKind, toKind)) {
      throw invalid('to', `A link from a ${fromKind} leads to ${MAP_LINK_TARGETS[fromKind].map((k) => `a ${k}`).join(' or ')}, not to a ${toKind}`);
    }
    const manager = this.db.manager;
    if (fromKind === 'benefit') {
      await manager.query('UPDATE benefit SET goal_id = $3, version = version + 1 WHERE organisation_id = $1 AND id = $2 AND goal_id IS DISTINCT FROM $3', [user.organisationId, from, to]);
    } else if (fromKind === 'goal') {
      await manager.query('UPDATE goal SET strategic_goal_id = $3, version = version + 1 WHERE organisation_id = $1 AND id = $2 AND strategic_goal_id IS DISTINCT FROM $3', [user.organisationId, from, to]);
    } else {
      const links = await this.ownLinks(user, initiativeId);
      if (links.some((l) => l.from === from && l.to === to)) return this.reader.read(user, initiativeId);
      if (wouldCreateCycle(links, from, to)) throw invalid('to', 'The link would make a circle: a change cannot, through others, be its own precondition');
      await manager.getRepository(MapLinkEntity).insert({
        organisationId: user.organisationId,
        initiativeId,
        fromNodeId: from,
        toNodeId: toKind === 'benefit' ? null : to,
        toBenefitId: toKind === 'benefit' ? to : null,
      });
    }
    return this.reader.read(user, initiativeId);
  }

  async unlink(user: AuthUser, initiativeId: string, { from, to }: MapLinkDto): Promise<void> {
    await this.mayManage(user, initiativeId);
    const kind = (await this.kindsOf(user, initiativeId, [from])).get(from);
    const params = [user.organisationId, initiativeId, from, to];
    // The link is where linking put it: the benefit's goal, the goal's strategic goal, or a row of the map.
    const sql =
      kind === 'benefit'
        ? 'UPDATE benefit SET goal_id = NULL, version = version + 1 WHERE organisation_id = $1 AND initiative_id = $2 AND id = $3 AND goal_id = $4 RETURNING id'
        : kind === 'goal'
          ? 'UPDATE goal SET strategic_goal_id = NULL, version = version + 1 WHERE organisation_id = $1 AND initiative_id = $2 AND id = $3 AND strategic_goal_id = $4 RETURNING id'
          : 'DELETE FROM benefit_map_link WHERE organisation_id = $1 AND initiative_id = $2 AND from_node_id = $3 AND COALESCE(to_node_id, to_benefit_id) = $4 RETURNING id';
    // TypeORM answers UPDATE/DELETE … RETURNING with [rows, count].
    const [rows]: [unknown[], number] = await this.db.manager.query(sql, params);
    if (rows.length === 0) throw notFound('Map link');
  }

  private async node(user: AuthUser, id: string): Promise<MapNodeEntity> {
    const node = await this.db.manager.getRepository(MapNodeEntity).findOneBy({ id, organisationId: user.organisationId });
    if (!node) throw notFound('Map node');
    return node;
  }

  /** 404 for an initiative of another organisation, 403 for one the user may not edit. Locks it for a link's checks. */
  private async mayManage(user: AuthUser, initiativeId: string, lock = false): Promise<void> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'benefit.manage', { leadsInitiative: lead === user.id }, FORBIDDEN);
    // Two links added at once could each pass the circle check alone: the second waits for the first.
    if (lock) await this.db.manager.query('SELECT 1 FROM initiative WHERE organisation_id = $1 AND id = $2 FOR UPDATE', [user.organisationId, initiativeId]);
  }

  private async checkFields(user: AuthUser, kind: MapNodeKind, dto: Partial<CreateMapNodeDto>): Promise<void> {
    if (kind === 'delivery' && (dto.dueDate != null || dto.status !== undefined)) {
      throw invalid(dto.dueDate != null ? 'dueDate' : 'status', 'Only a change has a due date and a status');
    }
    if (dto.ownerUserId) {
      const [row]: unknown[] = await this.db.manager.query('SELECT 1 FROM app_user WHERE organisation_id = $1 AND id = $2', [user.organisationId, dto.ownerUserId]);
      if (!row) throw unknownReference('ownerUserId', 'Unknown user');
    }
  }

  private async kindsOf(user: AuthUser, initiativeId: string, ids: string[]): Promise<Map<string, MapNodeKind>> {
    const rows: { id: string; kind: MapNodeKind }[] = await this.db.manager.query(KINDS_SQL, [user.organisationId, initiativeId, ids]);
    return new Map(rows.map((row) => [row.id, row.kind]));
  }

  private ownLinks(user: AuthUser, initiativeId: string): Promise<MapLink[]> {
    return this.db.manager.query(
      `SELECT from_node_id AS "from", COALESCE(to_node_id, to_benefit_id) AS "to" FROM benefit_map_link WHERE organisation_id = $1 AND initiative_id = $2`,
      [user.organisationId, initiativeId],
    );
  }
}
