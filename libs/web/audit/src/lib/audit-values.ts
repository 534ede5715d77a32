import { PHASE_LABELS, RADAR_RING_LABELS, ROLE_LABELS, SIZE_CLASS_LABELS } from '@gevinst/domain';

/** Names the audit log's ids stand for; what the page knows (departments, users, the log's own actors). */
export interface AuditLookups {
  departments?: ReadonlyMap<string, string>;
  users?: ReadonlyMap<string, string>;
}

export const EMPTY_VALUE = '(tom)';
const MAX_TEXT = 300;

const pad = (value: number) => value.toString().padStart(2, '0');

/** 'YYYY-MM-DD' (or the date part of a timestamp) as dd.MM.yyyy, without time zone conversion. */
export function formatAuditDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

/** A timestamp as dd.MM.yyyy HH:mm in the browser's (Danish) time zone. */
export function formatAuditDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const label = (labels: Readonly<Record<string, string>>, value: unknown) =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : String(value);

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** One column's value from a row of the audit log, as Danish display text. */
export function formatAuditValue(column: string, value: unknown, lookups: AuditLookups = {}): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  switch (column) {
    case 'phase':
      return label(PHASE_LABELS, value);
    case 'size_class':
      return label(SIZE_CLASS_LABELS, value);
    case 'radar_ring':
      return label(RADAR_RING_LABELS, value);
    case 'active':
      return value === true ? 'Aktiv' : value === false ? 'Deaktiveret' : String(value);
    case 'roles':
      return Array.isArray(value) && value.length > 0 ? value.map((role) => label(ROLE_LABELS, role)).join(', ') : EMPTY_VALUE;
    case 'lead_department_id':
    case 'department_id':
    case 'parent_id':
      return lookups.departments?.get(String(value)) ?? 'Ukendt forvaltning';
    case 'project_lead_id':
      return lookups.users?.get(String(value)) ?? 'Ukendt bruger';
  }
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'string') {
    if (/_at$/.test(column)) return formatAuditDateTime(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatAuditDate(value);
    return clip(value);
  }
  if (typeof value === 'number') return value.toLocaleString('da-DK');
  return clip(JSON.stringify(value));
}
