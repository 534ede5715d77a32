import type { AuditEntry } from '@gevinst/domain';
import { AUDIT_ACTION_LABELS, AUDIT_FIELD_LABELS, auditFieldLabel, isHiddenAuditField } from './audit-labels';
import { type AuditLookups, formatAuditValue } from './audit-values';

/** One changed column of an update, as display text. */
export interface AuditChange {
  column: string;
  label: string;
  before: string;
  after: string;
}

/** One column of an inserted or deleted row. */
export interface AuditValue {
  column: string;
  label: string;
  value: string;
}

export interface DescribedAuditEntry {
  /** "Oprettet", "Ændret", "Slettet"; for an involved department "Involveret forvaltning tilføjet: <navn>". */
  summary: string;
  /** For updates: what changed, before → after. */
  changes: AuditChange[];
  /** For inserts and deletes: the row's visible values. */
  values: AuditValue[];
}

const KNOWN_ORDER = Object.keys(AUDIT_FIELD_LABELS);
const byKnownOrder = (a: string, b: string) => {
  const ia = KNOWN_ORDER.indexOf(a);
  const ib = KNOWN_ORDER.indexOf(b);
  return (ia < 0 ? KNOWN_ORDER.length : ia) - (ib < 0 ? KNOWN_ORDER.length : ib) || a.localeCompare(b);
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changedColumns(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const columns = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...columns].filter((c) => !isHiddenAuditField(c) && !sameValue(before[c], after[c])).sort(byKnownOrder);
}

/** Turns a raw audit entry (snake_case rows) into Danish text for the history lists. */
export function describeAuditEntry(entry: AuditEntry, lookups: AuditLookups = {}): DescribedAuditEntry {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const table = entry.tableName;

  if (entry.action === 'update') {
    const columns = changedColumns(before, after);
    const changes = columns.map((column) => ({
      column,
      label: auditFieldLabel(table, column),
      before: formatAuditValue(column, before[column], lookups),
      after: formatAuditValue(column, after[column], lookups),
    }));
    return { summary: AUDIT_ACTION_LABELS.update, changes, values: [] };
  }

  const row = entry.action === 'insert' ? after : before;
  if (table === 'initiative_department') {
    const department = formatAuditValue('department_id', row['department_id'], lookups);
    const verb = entry.action === 'insert' ? 'tilføjet' : 'fjernet';
    return { summary: `Involveret forvaltning ${verb}: ${department}`, changes: [], values: [] };
  }
  const values = Object.keys(row)
    .filter((column) => !isHiddenAuditField(column) && row[column] !== null && row[column] !== '')
    .sort(byKnownOrder)
    .map((column) => ({
      column,
      label: auditFieldLabel(table, column),
      value: formatAuditValue(column, row[column], lookups),
    }));
  return { summary: AUDIT_ACTION_LABELS[entry.action] ?? entry.action, changes: [], values };
}
