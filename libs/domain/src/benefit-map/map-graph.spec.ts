import fc from 'fast-check';
import { downstreamOf, layerOf, upstreamOf, wouldCreateCycle } from './map-graph';

const link = (from: string, to: string) => ({ from, to });

describe('benefit map graph', () => {
  const links = [link('d1', 'c1'), link('c1', 'c2'), link('c2', 'b1'), link('b1', 'g1'), link('d2', 'b1')];

  it('finds a link that would close a cycle, and one to itself', () => {
    expect(wouldCreateCycle(links, 'c2', 'c1')).toBe(true);
    expect(wouldCreateCycle(links, 'g1', 'd1')).toBe(true);
    expect(wouldCreateCycle(links, 'c1', 'c1')).toBe(true);
    expect(wouldCreateCycle(links, 'd2', 'c2')).toBe(false);
  });

  it('walks downstream and upstream through chains', () => {
    expect([...downstreamOf(links, 'd1')].sort()).toEqual(['b1', 'c1', 'c2', 'g1']);
    expect([...upstreamOf(links, 'b1')].sort()).toEqual(['c1', 'c2', 'd1', 'd2']);
    expect(upstreamOf(links, 'd1').size).toBe(0);
  });

  it('lays nodes out by their longest path from the left', () => {
    const layers = layerOf(['d1', 'c1', 'c2', 'b1', 'g1', 'd2', 'alone'], links);
    expect(Object.fromEntries(layers)).toEqual({ d1: 0, c1: 1, c2: 2, b1: 3, g1: 4, d2: 0, alone: 0 });
  });

  it('never lets links accepted one by one form a cycle (property)', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const pair = fc.tuple(fc.constantFrom(...nodes), fc.constantFrom(...nodes));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 30 }), (pairs) => {
        const accepted: { from: string; to: string }[] = [];
        for (const [from, to] of pairs) if (!wouldCreateCycle(accepted, from, to)) accepted.push(link(from, to));
        // Acyclic: no node reaches itself, and every link goes to a higher layer.
        const layers = layerOf(nodes, accepted);
        return accepted.every(({ from, to }) => (layers.get(to) ?? 0) > (layers.get(from) ?? 0)) && nodes.every((n) => !downstreamOf(accepted, n).has(n));
      }),
    );
  });
});
