import type { SteeringGroup } from '@gevinst/domain';
import { groupAndDescendants, groupTree, initiativeCount, memberCount, parentOptions, sitsInChain } from './group-tree';

const group = (id: string, level: SteeringGroup['level'], parentId: string | null = null, name = id): SteeringGroup => ({
  id,
  name,
  level,
  parentId,
  chair: null,
  members: [],
  initiativeCount: 0,
  version: 1,
});

const names = (nodes: ReturnType<typeof groupTree>): unknown =>
  nodes.map((node) => (node.children.length > 0 ? [node.group.name, names(node.children)] : node.group.name));

describe('steering group tree', () => {
  it('nests groups under their parents, siblings by level and then name', () => {
    const groups = [
      group('p1', 'project', 'f1', 'Ø-projekt'),
      group('f2', 'department', 'd', 'Børn og Unge'),
      group('d', 'directorate', null, 'Direktionen'),
      group('f1', 'department', 'd', 'Ældre'),
      group('p2', 'project', 'd', 'Aa-projekt'),
      group('solo', 'department', null, 'Alene'),
    ];
    expect(names(groupTree(groups))).toEqual([['Direktionen', ['Børn og Unge', ['Ældre', ['Ø-projekt']], 'Aa-projekt']], 'Alene']);
  });

  it('shows groups with an unknown parent, or in a cycle, as roots instead of losing them', () => {
    const groups = [group('a', 'department', 'b'), group('b', 'department', 'a'), group('c', 'project', 'gone')];
    const tree = groupTree(groups);
    expect(tree.map((n) => n.group.id).sort()).toEqual(['a', 'c']);
    expect(tree.find((n) => n.group.id === 'a')?.children.map((n) => n.group.id)).toEqual(['b']);
    expect(groupTree([])).toEqual([]);
  });

  it('offers as parent only groups at the same level or above that are not the group or below it', () => {
    const groups = [group('d', 'directorate'), group('f', 'department', 'd'), group('f2', 'department', 'd'), group('p', 'project', 'f')];
    expect([...groupAndDescendants(groups, 'f')].sort()).toEqual(['f', 'p']);
    expect(parentOptions(groups, 'department', 'f').map((g) => g.id)).toEqual(['d', 'f2']);
    expect(parentOptions(groups, 'project', null).map((g) => g.id)).toEqual(['d', 'f', 'f2', 'p']);
    expect(parentOptions(groups, 'directorate', null)).toEqual([]);
  });

  it('counts in Danish', () => {
    expect(memberCount(1)).toBe('1 medlem');
    expect(memberCount(3)).toBe('3 medlemmer');
    expect(initiativeCount(1)).toBe('1 initiativ');
    expect(initiativeCount(1200)).toBe('1.200 initiativer');
  });

  it('knows whether a user sits in a group or a group above it, without looping on a cycle', () => {
    const top = { ...group('d', 'directorate'), chair: { id: 'chair', name: 'Formand' } };
    const middle = { ...group('f', 'department', 'd'), members: [{ id: 'member', name: 'Medlem' }] };
    const groups = [top, middle, group('p', 'project', 'f'), group('x', 'department', 'y'), group('y', 'department', 'x')];
    expect(sitsInChain(groups, 'p', 'chair')).toBe(true);
    expect(sitsInChain(groups, 'p', 'member')).toBe(true);
    expect(sitsInChain(groups, 'd', 'member')).toBe(false);
    expect(sitsInChain(groups, 'x', 'chair')).toBe(false);
    expect(sitsInChain(groups, 'gone', 'chair')).toBe(false);
  });
});
