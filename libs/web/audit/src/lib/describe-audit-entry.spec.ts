import type { AuditEntry } from '@gevinst/domain';
import { formatAuditDateTime } from './audit-values';
import { describeAuditEntry } from './describe-audit-entry';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: '1',
  at: '2026-03-01T10:00:00Z',
  tableName: 'initiative',
  rowId: 'i1',
  action: 'update',
  actor: { id: 'u1', name: 'Anna' },
  before: null,
  after: null,
  ...overrides,
});

const departments = new Map([
  ['d1', 'Social og Sundhed'],
  ['d2', 'IT og Digitalisering'],
]);

describe('describeAuditEntry', () => {
  it('lists changed fields with Danish names and values, hiding bookkeeping columns', () => {
    const described = describeAuditEntry(
      entry({
        before: { title: 'Gammel', phase: 'idea', lead_department_id: 'd1', planned_start: null, version: 1, updated_at: 'x' },
        after: { title: 'Ny', phase: 'analysis', lead_department_id: 'd2', planned_start: '2026-02-01', version: 2, updated_at: 'y' },
      }),
      { departments },
    );
    expect(described.summary).toBe('Ændret');
    expect(described.changes).toEqual([
      { column: 'title', label: 'Titel', before: 'Gammel', after: 'Ny' },
      { column: 'phase', label: 'Fase', before: 'Idé', after: 'Analyse' },
      { column: 'lead_department_id', label: 'Ledende forvaltning', before: 'Social og Sundhed', after: 'IT og Digitalisering' },
      { column: 'planned_start', label: 'Planlagt start', before: '(tom)', after: '01.02.2026' },
    ]);
  });

  it('shows archiving as a timestamp in local time', () => {
    const at = '2026-03-01T10:05:00Z';
    const described = describeAuditEntry(entry({ before: { archived_at: null }, after: { archived_at: at } }));
    expect(described.changes).toEqual([{ column: 'archived_at', label: 'Arkiveret', before: '(tom)', after: formatAuditDateTime(at) }]);
    expect(formatAuditDateTime(at)).toMatch(/^01\.03\.2026 \d{2}:05$/);
  });

  it('names an involved department added to or removed from the initiative', () => {
    const added = entry({ tableName: 'initiative_department', action: 'insert', after: { initiative_id: 'i1', department_id: 'd1' } });
    const removed = entry({ tableName: 'initiative_department', action: 'delete', before: { initiative_id: 'i1', department_id: 'd2' } });
    expect(describeAuditEntry(added, { departments }).summary).toBe('Involveret forvaltning tilføjet: Social og Sundhed');
    expect(describeAuditEntry(removed, { departments }).summary).toBe('Involveret forvaltning fjernet: IT og Digitalisering');
  });

  it('lists a created user with role labels and never a secret column', () => {
    const described = describeAuditEntry(
      entry({
        tableName: 'app_user',
        action: 'insert',
        after: { name: 'Bo', email: 'bo@kommune.dk', roles: ['admin', 'finance'], active: true, password_hash: 'x', version: 1 },
      }),
    );
    expect(described.summary).toBe('Oprettet');
    expect(described.values.map((v) => `${v.label}: ${v.value}`)).toEqual([
      'Navn: Bo',
      'E-mail: bo@kommune.dk',
      'Roller: Porteføljekontor (admin), Økonomi',
      'Status: Aktiv',
    ]);
  });

  it('keeps unknown columns readable under their own name', () => {
    const described = describeAuditEntry(entry({ before: { new_column: 1 }, after: { new_column: 2 } }));
    expect(described.changes).toEqual([{ column: 'new_column', label: 'new_column', before: '1', after: '2' }]);
  });
});
