/**
 * The benefit map (gevinstdiagram) of an initiative: deliveries → changes → benefits → goals → strategic goals, left
 * to right. Deliveries and changes are nodes of the map itself; benefits, goals and strategic goals are the existing
 * records (one model, no copies), and their links are the records' own references (a benefit's goal, a goal's
 * strategic goal).
 */
export const MAP_NODE_KINDS = ['delivery', 'change', 'benefit', 'goal', 'strategic_goal'] as const;
export type MapNodeKind = (typeof MAP_NODE_KINDS)[number];

/** The kinds the map itself stores; the others are created through their own routes. */
export const MAP_OWN_KINDS = ['delivery', 'change'] as const;
export type MapOwnKind = (typeof MAP_OWN_KINDS)[number];

/** A change (forudsætning) is followed up until it is done. */
export const MAP_CHANGE_STATUSES = ['open', 'done'] as const;
export type MapChangeStatus = (typeof MAP_CHANGE_STATUSES)[number];

export const MAP_LIMITS = {
  titleMax: 200,
  textMax: 2000,
  /** Nodes of the map's own kinds per initiative; a map larger than this is no longer a simple map. */
  nodesMax: 200,
} as const;

export interface MapNodeOwner {
  id: string;
  name: string;
}

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  title: string;
  owner: MapNodeOwner | null;
  /** Changes only: when the precondition must be in place, and whether it is. */
  dueDate: string | null;
  status: MapChangeStatus | null;
  description: string | null;
  /** Benefits only: a dis-benefit (ulempe), counted against the benefits of its unit. */
  disBenefit: boolean;
  /** Goals and benefits: how many measurements they carry (such a node cannot be deleted). */
  measurements: number;
  /** Deliveries and changes (the map's own nodes); the record's version for benefits and goals. */
  version: number | null;
}

export interface MapLink {
  from: string;
  to: string;
}

export interface BenefitMap {
  initiativeId: string;
  nodes: MapNode[];
  links: MapLink[];
  can: { manage: boolean };
}

export interface MapNodeRequest {
  kind: MapOwnKind;
  title: string;
  description?: string | null;
  ownerUserId?: string | null;
  dueDate?: string | null;
  status?: MapChangeStatus;
}

export interface MapLinkRequest {
  from: string;
  to: string;
}

/**
 * Which kinds a link may join, left to right. Changes may lead to changes (a precondition of a precondition); every
 * other link moves one or more columns to the right.
 */
export const MAP_LINK_TARGETS: Readonly<Record<MapNodeKind, readonly MapNodeKind[]>> = {
  delivery: ['change', 'benefit'],
  change: ['change', 'benefit'],
  benefit: ['goal'],
  goal: ['strategic_goal'],
  strategic_goal: [],
};

export const linkAllowed = (from: MapNodeKind, to: MapNodeKind): boolean => MAP_LINK_TARGETS[from].includes(to);
