import type { BenefitMap, MapNode, MapNodeKind } from '@gevinst/domain';
import { layoutMap, linkCandidates, NODE_WIDTH, targetsOf } from './map-layout';

const node = (id: string, kind: MapNodeKind): MapNode => ({
  id,
  kind,
  title: id,
  owner: null,
  dueDate: null,
  status: kind === 'change' ? 'open' : null,
  description: null,
  disBenefit: false,
  measurements: 0,
  version: 1,
});

const map = (nodes: MapNode[], links: [string, string][]): BenefitMap => ({
  initiativeId: 'i',
  nodes,
  links: links.map(([from, to]) => ({ from, to })),
  can: { manage: true },
});

describe('benefit map layout', () => {
  const rpa = map(
    [node('goal', 'goal'), node('benefit', 'benefit'), node('robot', 'delivery'), node('routine', 'change'), node('training', 'change'), node('strategy', 'strategic_goal')],
    [
      ['robot', 'routine'],
      ['routine', 'training'],
      ['training', 'benefit'],
      ['benefit', 'goal'],
      ['goal', 'strategy'],
    ],
  );

  it('places kinds left to right and spreads a chain of changes over columns', () => {
    const x = Object.fromEntries(layoutMap(rpa).nodes.map((p) => [p.node.id, p.x]));
    expect(x['robot']).toBeLessThan(x['routine']);
    expect(x['routine']).toBeLessThan(x['training']);
    expect(x['training']).toBeLessThan(x['benefit']);
    expect(x['benefit']).toBeLessThan(x['goal']);
    expect(x['goal']).toBeLessThan(x['strategy']);
  });

  it('draws every link from the right edge of its source, and sizes the drawing to fit', () => {
    const layout = layoutMap(rpa);
    expect(layout.edges).toHaveLength(5);
    const robot = layout.nodes.find((p) => p.node.id === 'robot');
    expect(layout.edges[0].path.startsWith(`M ${(robot?.x ?? 0) + NODE_WIDTH} `)).toBe(true);
    expect(layout.width).toBeGreaterThanOrEqual(Math.max(...layout.nodes.map((p) => p.x + NODE_WIDTH)));
  });

  it('packs columns of kinds that are missing, and copes with an empty map', () => {
    const small = layoutMap(map([node('b', 'benefit'), node('g', 'goal')], [['b', 'g']]));
    expect(small.nodes.map((p) => p.x)).toEqual([12, 12 + NODE_WIDTH + 56]);
    expect(layoutMap(map([], [])).nodes).toEqual([]);
  });

  it('lists what each node leads to, and offers only allowed, unlinked targets', () => {
    expect(targetsOf(rpa).get('routine')?.map((n) => n.id)).toEqual(['training']);
    const routine = rpa.nodes.find((n) => n.id === 'routine') as MapNode;
    expect(linkCandidates(rpa, routine, [], ['change', 'benefit']).map((n) => n.id)).toEqual(['benefit']);
    const goal = rpa.nodes.find((n) => n.id === 'goal') as MapNode;
    const offered = linkCandidates(rpa, goal, [{ id: 'strategy', title: 'S' }, { id: 'other', title: 'Anden strategi' }], ['strategic_goal']);
    expect(offered.map((n) => n.id)).toEqual(['other']);
  });
});
