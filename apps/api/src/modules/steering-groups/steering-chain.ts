import type { SteeringLevel } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';

/** directorate > department > project: a lower rank is a higher level. */
export const LEVEL_RANK: Record<SteeringLevel, number> = { directorate: 0, department: 1, project: 2 };

/** Deeper than any real hierarchy; stops a walk should a cycle ever slip into the data. */
export const MAX_DEPTH = 50;

export interface ChainLink {
  id: string;
  name: string;
  level: SteeringLevel;
  /** 0 for the initiative's own group, 1 for the group it reports to, … */
  depth: number;
  /** The user asked about is a member or the chair of this group. */
  sits: boolean;
}

/**
 * The steering group chain of an initiative, from its own group up to the top (WITH RECURSIVE over parent_id), and
 * whether `userId` sits in each group. Empty when the initiative has no group.
 */
export async function initiativeChain(manager: EntityManager, organisationId: string, initiativeId: string, userId: string): Promise<ChainLink[]> {
  return manager.query(
    `WITH RECURSIVE chain AS (
       SELECT g.id, g.name, g.level, g.parent_id, g.chair_user_id, 0 AS depth
       FROM initiative_governance ig JOIN steering_group g ON g.id = ig.steering_group_id
       WHERE ig.organisation_id = $1 AND ig.initiative_id = $2
       UNION ALL
       SELECT p.id, p.name, p.level, p.parent_id, p.chair_user_id, c.depth + 1
       FROM chain c JOIN steering_group p ON p.id = c.parent_id AND p.organisation_id = $1
       WHERE c.depth < ${MAX_DEPTH}
     )
     SELECT c.id, c.name, c.level, c.depth,
            (COALESCE(c.chair_user_id = $3, false) OR EXISTS (SELECT 1 FROM steering_group_member m WHERE m.group_id = c.id AND m.user_id = $3)) AS sits
     FROM chain c ORDER BY c.depth`,
    [organisationId, initiativeId, userId],
  );
}

/** The ids of a group and every group above it (the group first). */
export async function ancestorsOf(manager: EntityManager, organisationId: string, groupId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE up AS (
       SELECT g.id, g.parent_id, 0 AS depth FROM steering_group g WHERE g.organisation_id = $1 AND g.id = $2
       UNION ALL
       SELECT p.id, p.parent_id, u.depth + 1 FROM up u JOIN steering_group p ON p.id = u.parent_id AND p.organisation_id = $1
       WHERE u.depth < ${MAX_DEPTH}
     )
     SELECT id FROM up ORDER BY depth`,
    [organisationId, groupId],
  );
  return rows.map((row) => row.id);
}
