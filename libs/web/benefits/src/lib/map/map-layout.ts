// The benefit map drawn left to right: one column per kind (changes spread over as many columns as their chains are
// deep), rows ordered to follow their predecessors, edges as curves between the boxes. Pure: no Angular.
import type { BenefitMap, MapLink, MapNode, MapNodeKind } from '@gevinst/domain';
import { layerOf } from '@gevinst/domain';

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 72;
const COLUMN_GAP = 56;
const ROW_GAP = 18;
const MARGIN = 12;

export const KIND_LABELS: Readonly<Record<MapNodeKind, string>> = {
  delivery: 'Leverance',
  change: 'Forandring',
  benefit: 'Gevinst',
  goal: 'Mål',
  strategic_goal: 'Strategisk mål',
};

/** Headings of the accessible list, in the diagram's order. */
export const KIND_HEADINGS: Readonly<Record<MapNodeKind, string>> = {
  delivery: 'Leverancer',
  change: 'Forandringer og forudsætninger',
  benefit: 'Gevinster og ulemper',
  goal: 'Mål',
  strategic_goal: 'Strategiske mål',
};

export const KIND_ORDER: readonly MapNodeKind[] = ['delivery', 'change', 'benefit', 'goal', 'strategic_goal'];

export interface PlacedNode {
  node: MapNode;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** An SVG path from the right edge of `from` to the left edge of `to`. */
  path: string;
}

export interface MapLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/** Column of each node: deliveries first, then changes by the depth of their chain, then benefits, goals, strategic goals. */
function columnsOf(map: BenefitMap): Map<string, number> {
  const changes = map.nodes.filter((n) => n.kind === 'change').map((n) => n.id);
  const changeIds = new Set(changes);
  const depth = layerOf(changes, map.links.filter((l) => changeIds.has(l.from) && changeIds.has(l.to)));
  const deepest = Math.max(0, ...depth.values());
  const base: Record<MapNodeKind, number> = { delivery: 0, change: 1, benefit: deepest + 2, goal: deepest + 3, strategic_goal: deepest + 4 };
  const columns = new Map<string, number>();
  for (const node of map.nodes) columns.set(node.id, base[node.kind] + (node.kind === 'change' ? (depth.get(node.id) ?? 0) : 0));
  return columns;
}

export function layoutMap(map: BenefitMap): MapLayout {
  const column = columnsOf(map);
  const used = [...new Set(column.values())].sort((a, b) => a - b);
  // Empty kinds take no room: columns are packed.
  const packed = new Map(used.map((c, i) => [c, i]));
  const incoming = new Map<string, string[]>();
  for (const link of map.links) incoming.set(link.to, [...(incoming.get(link.to) ?? []), link.from]);

  const row = new Map<string, number>();
  const placed: PlacedNode[] = [];
  for (const c of used) {
    const inColumn = map.nodes.map((node, index) => ({ node, index })).filter(({ node }) => column.get(node.id) === c);
    // Follow the predecessors' rows (their average), so lines cross less; keep the API's order otherwise.
    const key = ({ node, index }: { node: MapNode; index: number }) => {
      const rows = (incoming.get(node.id) ?? []).map((id) => row.get(id)).filter((r): r is number => r !== undefined);
      return rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : index;
    };
    inColumn.sort((a, b) => key(a) - key(b) || a.index - b.index);
    inColumn.forEach(({ node }, i) => {
      row.set(node.id, i);
      placed.push({ node, x: MARGIN + (packed.get(c) ?? 0) * (NODE_WIDTH + COLUMN_GAP), y: MARGIN + i * (NODE_HEIGHT + ROW_GAP) });
    });
  }
  const at = new Map(placed.map((p) => [p.node.id, p]));
  const edges = map.links.flatMap((link): PlacedEdge[] => {
    const from = at.get(link.from);
    const to = at.get(link.to);
    return from && to ? [{ ...link, path: curve(from, to) }] : [];
  });
  const rows = Math.max(1, ...used.map((c) => [...column.values()].filter((v) => v === c).length));
  return {
    nodes: placed,
    edges,
    width: MARGIN * 2 + Math.max(1, used.length) * NODE_WIDTH + Math.max(0, used.length - 1) * COLUMN_GAP,
    height: MARGIN * 2 + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP,
  };
}

function curve(from: PlacedNode, to: PlacedNode): string {
  const x1 = from.x + NODE_WIDTH;
  const y1 = from.y + NODE_HEIGHT / 2;
  const x2 = to.x;
  const y2 = to.y + NODE_HEIGHT / 2;
  const bend = Math.max(24, (x2 - x1) / 2);
  return `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
}

/** What each node leads to, for the accessible list ("Fører til …"). */
export function targetsOf(map: BenefitMap): Map<string, MapNode[]> {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const targets = new Map<string, MapNode[]>();
  for (const link of map.links) {
    const to = byId.get(link.to);
    if (to) targets.set(link.from, [...(targets.get(link.from) ?? []), to]);
  }
  return targets;
}

/** The kinds a node of `kind` may lead to, and the candidates among the map's nodes (and the organisation's strategic goals). */
export function linkCandidates(map: BenefitMap, from: MapNode, strategicGoals: readonly { id: string; title: string }[], allowed: readonly MapNodeKind[]): MapNode[] {
  const existing = new Set(map.links.filter((l) => l.from === from.id).map((l) => l.to));
  const inMap = map.nodes.filter((n) => n.id !== from.id && allowed.includes(n.kind) && !existing.has(n.id));
  if (!allowed.includes('strategic_goal')) return inMap;
  const shown = new Set(inMap.map((n) => n.id));
  const others = strategicGoals
    .filter((s) => !shown.has(s.id) && !existing.has(s.id))
    .map((s): MapNode => ({ id: s.id, kind: 'strategic_goal', title: s.title, owner: null, dueDate: null, status: null, description: null, disBenefit: false, measurements: 0, version: null }));
  return [...inMap, ...others];
}

export type { MapLink };
