export { AUDIT_ACTION_LABELS, AUDIT_TABLE_LABELS, auditTableLabel } from './lib/audit-labels';
export { type AuditLookups, formatAuditDateTime } from './lib/audit-values';
export { AuditChanges } from './lib/audit-changes';
export {
  type AuditChange,
  type AuditValue,
  type DescribedAuditEntry,
  describeAuditEntry,
} from './lib/describe-audit-entry';
