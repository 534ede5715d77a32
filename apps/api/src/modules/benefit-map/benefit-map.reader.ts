import { Injectable } from '@nestjs/common';
import { can } from '@gevinst/domain';
import type { BenefitMap, MapChangeStatus, MapLink, MapNode, MapNodeKind } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { initiativeLead } from '../goals/initiative-access';

interface NodeRow {
  id: string;
  kind: MapNodeKind;
  title: string;
  owner_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: MapChangeStatus | null;
  description: string | null;
  dis_benefit: boolean;
  measurements: number;
  version: number | null;
}

/**
 * Every node of an initiative's map in one statement: its deliveries and changes, its benefits and goals, and the
 * strategic goals its goals serve, with owners and measurement counts.
 */
const NODES_SQL = `
  SELECT n.id, n.kind::text AS kind, n.title, n.owner_user_id AS owner_id, u.name AS owner_name, n.due_date::text AS due_date,
         n.status::text AS status, n.description, false AS dis_benefit, 0 AS measurements, n.version, n.created_at
  FROM benefit_map_node n LEFT JOIN app_user u ON u.id = n.owner_user_id
  WHERE n.organisation_id = $1 AND n.initiative_id = $2
  UNION ALL
  SELECT b.id, 'benefit', b.title, b.owner_user_id, u.name, NULL, NULL, b.description, b.dis_benefit,
         (SELECT count(*)::int FROM measurement m WHERE m.benefit_id = b.id), b.version, b.created_at
  FROM benefit b LEFT JOIN app_user u ON u.id = b.owner_user_id
  WHERE b.organisation_id = $1 AND b.initiative_id = $2
  UNION ALL
  SELECT g.id, 'goal', g.title, NULL, NULL, g.target_date::text, NULL, NULL, false,
         (SELECT count(*)::int FROM measurement m WHERE m.goal_id = g.id), g.version, g.created_at
  FROM goal g WHERE g.organisation_id = $1 AND g.initiative_id = $2
  UNION ALL
  SELECT s.id, 'strategic_goal', s.title, NULL, NULL, NULL, NULL, s.description, false, 0, NULL, s.created_at
  FROM strategic_goal s
  WHERE s.organisation_id = $1 AND s.id IN (SELECT g.strategic_goal_id FROM goal g WHERE g.organisation_id = $1 AND g.initiative_id = $2)
  ORDER BY created_at, id`;

/** The map's own links, and the records' references that are links of the map too. */
const LINKS_SQL = `
  SELECT l.from_node_id AS "from", COALESCE(l.to_node_id, l.to_benefit_id) AS "to"
  FROM benefit_map_link l WHERE l.organisation_id = $1 AND l.initiative_id = $2
  UNION ALL
  SELECT b.id, b.goal_id FROM benefit b WHERE b.organisation_id = $1 AND b.initiative_id = $2 AND b.goal_id IS NOT NULL
  UNION ALL
  SELECT g.id, g.strategic_goal_id FROM goal g WHERE g.organisation_id = $1 AND g.initiative_id = $2 AND g.strategic_goal_id IS NOT NULL`;

/** Reads an initiative's benefit map (gevinstdiagram); whoever may read the initiative may read its map. */
@Injectable()
export class BenefitMapReader {
  constructor(private readonly db: TenantDb) {}

  async read(user: AuthUser, initiativeId: string): Promise<BenefitMap> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    const params = [user.organisationId, initiativeId];
    const rows: NodeRow[] = await this.db.manager.query(NODES_SQL, params);
    const links: MapLink[] = await this.db.manager.query(LINKS_SQL, params);
    return {
      initiativeId,
      nodes: rows.map(toNode),
      links,
      can: { manage: can(user.roles, 'benefit.manage', { leadsInitiative: lead === user.id }) },
    };
  }
}

function toNode(row: NodeRow): MapNode {
  const change = row.kind === 'change';
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    owner: row.owner_id ? { id: row.owner_id, name: row.owner_name ?? '' } : null,
    // A goal's date is its target date: when it should be reached.
    dueDate: change || row.kind === 'goal' ? row.due_date : null,
    status: change ? row.status : null,
    description: row.description,
    disBenefit: row.dis_benefit,
    measurements: row.measurements,
    version: row.version,
  };
}
