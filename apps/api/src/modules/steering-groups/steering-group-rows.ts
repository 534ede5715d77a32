import type { SteeringGroup, SteeringLevel, UserRef } from '@gevinst/domain';

export interface SteeringGroupRow {
  id: string;
  name: string;
  level: SteeringLevel;
  parent_id: string | null;
  chair_user_id: string | null;
  chair_name: string | null;
  members: UserRef[];
  initiative_count: number;
  version: number;
}

/** A group with its chair, members (by name) and number of assigned initiatives, in one statement for any number of groups. */
export const STEERING_GROUP_SELECT = `
  SELECT g.id, g.name, g.level, g.parent_id, g.chair_user_id, c.name AS chair_name, g.version,
         COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
                   FROM steering_group_member m JOIN app_user u ON u.id = m.user_id WHERE m.group_id = g.id), '[]'::json) AS members,
         (SELECT count(*)::int FROM initiative_governance ig WHERE ig.steering_group_id = g.id) AS initiative_count
  FROM steering_group g LEFT JOIN app_user c ON c.id = g.chair_user_id`;

export const toSteeringGroup = (row: SteeringGroupRow): SteeringGroup => ({
  id: row.id,
  name: row.name,
  level: row.level,
  parentId: row.parent_id,
  chair: row.chair_user_id ? { id: row.chair_user_id, name: row.chair_name ?? '' } : null,
  members: row.members,
  initiativeCount: row.initiative_count,
  version: row.version,
});
