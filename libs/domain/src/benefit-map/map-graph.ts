import type { MapLink } from '../contracts/benefit-map';

/** Pure graph questions about a benefit map's links (directed, from → to). */

function successors(links: readonly MapLink[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const { from, to } of links) next.set(from, [...(next.get(from) ?? []), to]);
  return next;
}

function predecessors(links: readonly MapLink[]): Map<string, string[]> {
  return successors(links.map(({ from, to }) => ({ from: to, to: from })));
}

/** Every node reachable from `start` (itself excluded unless on a cycle), breadth first. */
function reachable(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...(next.get(start) ?? [])];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    if (seen.has(node)) continue;
    seen.add(node);
    queue.push(...(next.get(node) ?? []));
  }
  return seen;
}

/** Whether adding from → to would close a cycle (including a link to itself). */
export function wouldCreateCycle(links: readonly MapLink[], from: string, to: string): boolean {
  return from === to || reachable(to, successors(links)).has(from);
}

/** The nodes downstream of `id`: what it leads to, directly or through others. */
export const downstreamOf = (links: readonly MapLink[], id: string): Set<string> => reachable(id, successors(links));

/** The nodes upstream of `id`: what leads to it, directly or through others. */
export const upstreamOf = (links: readonly MapLink[], id: string): Set<string> => reachable(id, predecessors(links));

/**
 * Columns for a left-to-right layout: each node one column right of its furthest predecessor (longest path), so a
 * chain of changes spreads out. Nodes on a cycle (refused by the API, but data may be edited by hand) stay at 0.
 */
export function layerOf(nodeIds: readonly string[], links: readonly MapLink[]): Map<string, number> {
  const incoming = predecessors(links);
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const value = Math.max(-1, ...(incoming.get(id) ?? []).map(visit)) + 1;
    visiting.delete(id);
    layer.set(id, value);
    return value;
  };
  for (const id of nodeIds) visit(id);
  return layer;
}
