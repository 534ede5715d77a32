import { STEERING_LEVELS, type SteeringGroup } from '@gevinst/domain';

/** A steering group with the groups that report to it. */
export interface GroupNode {
  group: SteeringGroup;
  children: GroupNode[];
}

const byLevelThenName = (a: SteeringGroup, b: SteeringGroup) =>
  STEERING_LEVELS.indexOf(a.level) - STEERING_LEVELS.indexOf(b.level) || a.name.localeCompare(b.name, 'da');

/**
 * The groups as a tree by parent: roots are groups without a (known) parent, siblings by level then name. A group in
 * a parent cycle (the API prevents them, but the page must not loop) is shown as a root rather than dropped.
 */
export function groupTree(groups: readonly SteeringGroup[]): GroupNode[] {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | null, SteeringGroup[]>();
  for (const group of groups) {
    const parent = group.parentId && ids.has(group.parentId) ? group.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  const visited = new Set<string>();
  const build = (parentId: string | null): GroupNode[] =>
    [...(children.get(parentId) ?? [])]
      .sort(byLevelThenName)
      .filter((group) => !visited.has(group.id))
      .map((group) => {
        visited.add(group.id);
        return { group, children: build(group.id) };
      });
  const roots = build(null);
  for (const group of [...groups].sort(byLevelThenName)) {
    if (!visited.has(group.id)) {
      visited.add(group.id);
      roots.push({ group, children: build(group.id) });
    }
  }
  return roots;
}

/** The group and every group below it: what may not become its parent (that would make a cycle). */
export function groupAndDescendants(groups: readonly SteeringGroup[], groupId: string): Set<string> {
  const result = new Set<string>([groupId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const group of groups) {
      if (group.parentId && result.has(group.parentId) && !result.has(group.id)) {
        result.add(group.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The parents a group may have: a group at its own level or above, not itself or below it. Directorate groups have none. */
export function parentOptions(groups: readonly SteeringGroup[], level: SteeringGroup['level'], groupId: string | null): SteeringGroup[] {
  if (level === 'directorate') return [];
  const excluded = groupId ? groupAndDescendants(groups, groupId) : new Set<string>();
  const rank = STEERING_LEVELS.indexOf(level);
  return groups.filter((g) => !excluded.has(g.id) && STEERING_LEVELS.indexOf(g.level) <= rank).sort(byLevelThenName);
}

/** "1 medlem", "3 medlemmer". */
export function memberCount(count: number): string {
  return count === 1 ? '1 medlem' : `${count.toLocaleString('da-DK')} medlemmer`;
}

export function initiativeCount(count: number): string {
  return count === 1 ? '1 initiativ' : `${count.toLocaleString('da-DK')} initiativer`;
}

/** Whether the user chairs or sits in the group or a group above it (the groups that decide for a group's initiatives). */
export function sitsInChain(groups: readonly SteeringGroup[], groupId: string, userId: string): boolean {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const seen = new Set<string>();
  for (let group = byId.get(groupId); group && !seen.has(group.id); group = group.parentId ? byId.get(group.parentId) : undefined) {
    seen.add(group.id);
    if (group.chair?.id === userId || group.members.some((m) => m.id === userId)) return true;
  }
  return false;
}
