/** Roles a user can hold; several at once. */
export const ROLES = ['admin', 'project_lead', 'benefit_owner', 'directorate', 'finance'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Porteføljekontor (admin)',
  project_lead: 'Projektleder',
  benefit_owner: 'Gevinstejer',
  directorate: 'Direktion / styregruppe',
  finance: 'Økonomi',
};
