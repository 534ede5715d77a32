import type { AuditAction } from '@gevinst/domain';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  insert: 'Oprettet',
  update: 'Ændret',
  delete: 'Slettet',
};

/** The audited tables (see the identity migration), by their database names. */
export const AUDIT_TABLE_LABELS: Readonly<Record<string, string>> = {
  initiative: 'Initiativ',
  initiative_department: 'Involveret forvaltning',
  department: 'Forvaltning',
  app_user: 'Bruger',
};

export function auditTableLabel(tableName: string): string {
  return Object.prototype.hasOwnProperty.call(AUDIT_TABLE_LABELS, tableName) ? AUDIT_TABLE_LABELS[tableName] : tableName;
}

/** Danish names of the audited columns, in the order changes are listed. Table-specific names first. */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'Kode',
  title: 'Titel',
  name: 'Navn',
  email: 'E-mail',
  purpose: 'Formål og problem',
  description: 'Beskrivelse',
  expected_value: 'Forventet værdi',
  phase: 'Fase',
  lead_department_id: 'Ledende forvaltning',
  project_lead_id: 'Projektleder',
  size_class: 'Størrelse',
  technology: 'Teknologi',
  radar_ring: 'Teknologiradar',
  planned_start: 'Planlagt start',
  planned_end: 'Planlagt slut',
  archived_at: 'Arkiveret',
  roles: 'Roller',
  department_id: 'Forvaltning',
  parent_id: 'Overordnet forvaltning',
  active: 'Status',
  oidc_subject: 'Single sign-on-id',
};

const TABLE_FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  initiative_department: { department_id: 'Involveret forvaltning' },
};

export function auditFieldLabel(tableName: string, column: string): string {
  return TABLE_FIELD_LABELS[tableName]?.[column] ?? AUDIT_FIELD_LABELS[column] ?? column;
}

/** Bookkeeping columns and anything secret are never shown, whatever the API sends. */
const HIDDEN_FIELDS = new Set([
  'id',
  'organisation_id',
  'initiative_id',
  'version',
  'created_at',
  'updated_at',
  'last_login_at',
  'failed_logins',
  'locked_until',
]);
const SECRET = /password|hash|secret|token/i;

export function isHiddenAuditField(column: string): boolean {
  return HIDDEN_FIELDS.has(column) || SECRET.test(column);
}
