import type { Role } from './roles';

/**
 * Every action the API performs, named resource.verb. One table decides who may do what (deny by default):
 * the API enforces it, the web uses it to hide what a user cannot do, docs/permissions.md explains it.
 */
export const ACTIONS = [
  'organisation.read',
  'organisation.manage',
  'department.read',
  'initiative.read',
  'initiative.create',
  'initiative.update',
  'initiative.archive',
  'audit.read',
  'user.read',
  'user.manage',
  'strategic_goal.manage',
  'goal.manage',
  'benefit.manage',
  'measurement.record',
  'risk.manage',
  'risk.update',
  'funding.propose',
  'funding.manage',
  'funding_pool.manage',
  'application.create',
  'application.decide',
  'steering_group.manage',
  'governance.manage',
  'gate.request',
  'decision.record',
  'status_report.write',
  'review.manage',
  'priority.configure',
  'priority.score',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Facts about the object an action touches that rules depend on. */
export interface PermissionSubject {
  /** The user leads the initiative (its project lead). */
  leadsInitiative?: boolean;
  /** The user is the benefit owner of the benefit the action touches. */
  ownsBenefit?: boolean;
  /** The user is the owner of the risk the action touches. */
  ownsRisk?: boolean;
  /** The user sits in the steering group (or a group above it) that the action concerns. */
  inSteeringGroup?: boolean;
}

type Rule = Role[] | ((roles: readonly Role[], subject: PermissionSubject) => boolean);

const EVERYONE: Role[] = ['admin', 'project_lead', 'benefit_owner', 'directorate', 'finance'];
const has = (roles: readonly Role[], role: Role) => roles.includes(role);

const RULES: Record<Action, Rule> = {
  'organisation.read': EVERYONE,
  'organisation.manage': ['admin'],
  'department.read': EVERYONE,
  'initiative.read': EVERYONE,
  'initiative.create': ['admin', 'project_lead'],
  // Project leads edit the initiatives they lead; the portfolio office edits any.
  'initiative.update': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'initiative.archive': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'audit.read': ['admin'],
  'user.read': ['admin'],
  'user.manage': ['admin'],
  'strategic_goal.manage': ['admin'],
  // Goals and benefits belong to the initiative: whoever may edit it may edit them.
  'goal.manage': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'benefit.manage': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  // Benefit owners follow up where the change happens, but only on the benefits they own.
  'measurement.record': (roles, s) =>
    has(roles, 'admin') ||
    (has(roles, 'project_lead') && s.leadsInitiative === true) ||
    (has(roles, 'benefit_owner') && s.ownsBenefit === true),
  // The risk log is the project's; the owner of a risk, whatever their role, keeps its status and actions current.
  'risk.manage': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'risk.update': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true) || s.ownsRisk === true,
  // Finance keeps the funding plans; a project lead proposes lines for their initiatives (drafts until finance confirms).
  'funding.propose': (roles, s) => has(roles, 'admin') || has(roles, 'finance') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'funding.manage': ['admin', 'finance'],
  'funding_pool.manage': ['admin', 'finance'],
  // Applying must be easy (the guide): the lead of the initiative applies; finance decides.
  'application.create': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'application.decide': ['admin', 'finance'],
  // Governance: admin keeps the groups; the project lead runs the project; the directorate and the members of the
  // steering groups decide (a decision by someone outside the initiative's group chain is refused).
  'steering_group.manage': ['admin'],
  'governance.manage': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'gate.request': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'decision.record': (roles, s) => has(roles, 'directorate') || s.inSteeringGroup === true,
  'status_report.write': (roles, s) => has(roles, 'admin') || (has(roles, 'project_lead') && s.leadsInitiative === true),
  'review.manage': (roles, s) => has(roles, 'admin') || has(roles, 'directorate') || s.inSteeringGroup === true,
  'priority.configure': ['admin'],
  'priority.score': ['admin', 'directorate'],
};

/** May a user with these roles perform the action (on this subject)? Unknown actions and no roles: no. */
export function can(roles: readonly Role[], action: Action, subject: PermissionSubject = {}): boolean {
  const rule = RULES[action];
  if (!rule || roles.length === 0) return false;
  return typeof rule === 'function' ? rule(roles, subject) : rule.some((role) => roles.includes(role));
}

/** Whether the role could perform the action on some subject (used to show or hide navigation). */
export function canSometimes(roles: readonly Role[], action: Action): boolean {
  return can(roles, action, { leadsInitiative: true, ownsBenefit: true, ownsRisk: true, inSteeringGroup: true });
}
