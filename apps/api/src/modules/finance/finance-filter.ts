import { danishDay, FUNDING_LINE_STATUS_LABELS, FUNDING_LINE_STATUSES, FUNDING_SOURCE_LABELS, PHASE_LABELS } from '@gevinst/domain';
import type { FinanceQuery, FundingLineStatus, FundingSource, Phase } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { invalid, unknownReference } from '../goals/initiative-access';
import type { FinanceQueryDto } from './dto/finance.query';

/**
 * The finance filters, checked and resolved once per request; the overview and both exports read through the same
 * SQL below, so they always agree.
 *
 * Semantics:
 * - Funding lines: of the organisation's non-archived initiatives in the chosen phases, paid by the department or
 *   one of its sub-departments, with the chosen sources and statuses (default: proposed and confirmed), in the years.
 * - Benefits "of the same initiatives and years": the planned quantified benefits (DKK and hours, never 'other',
 *   never non-quantified) of every initiative that has at least one funding line matching the non-year filters, in
 *   the years. The year range does not choose initiatives, so benefits that follow the spending years later count.
 */
export interface FinanceFilter {
  organisationId: string;
  fromYear: number | null;
  toYear: number | null;
  departmentId: string | null;
  departmentName: string | null;
  phases: Phase[] | null;
  sources: FundingSource[] | null;
  statuses: FundingLineStatus[];
  /** The filters as applied, echoed in the overview. */
  query: FinanceQuery;
}

export async function resolveFinanceFilter(manager: EntityManager, user: AuthUser, dto: FinanceQueryDto): Promise<FinanceFilter> {
  const fromYear = dto.fromYear ?? null;
  const toYear = dto.toYear ?? null;
  if (fromYear !== null && toYear !== null && fromYear > toYear) throw invalid('toYear', 'toYear must not be before fromYear');
  const departmentId = dto.departmentId ?? null;
  let departmentName: string | null = null;
  if (departmentId !== null) {
    const rows: { name: string }[] = await manager.query('SELECT name FROM department WHERE organisation_id = $1 AND id = $2', [
      user.organisationId,
      departmentId,
    ]);
    if (rows.length === 0) throw unknownReference('departmentId', 'Unknown department');
    departmentName = rows[0].name;
  }
  const phases = dto.phase?.length ? dto.phase : null;
  const sources = dto.source?.length ? dto.source : null;
  const statuses = dto.status?.length ? dto.status : [...FUNDING_LINE_STATUSES];
  const query: FinanceQuery = {
    ...(fromYear !== null ? { fromYear } : {}),
    ...(toYear !== null ? { toYear } : {}),
    ...(departmentId !== null ? { departmentId } : {}),
    ...(phases ? { phase: phases } : {}),
    ...(sources ? { source: sources } : {}),
    status: statuses,
  };
  return { organisationId: user.organisationId, fromYear, toYear, departmentId, departmentName, phases, sources, statuses, query };
}

/** $1 organisation, $2 department, $3 fromYear, $4 toYear, $5 phases, $6 sources, $7 statuses; more may follow. */
export const filterParams = (f: FinanceFilter): unknown[] => [f.organisationId, f.departmentId, f.fromYear, f.toYear, f.phases, f.sources, f.statuses];

/** Opens a `WITH RECURSIVE`: `payer` is the paying department and its sub-departments (empty without $2). */
export const PAYER_CTE = `WITH RECURSIVE payer AS (
    SELECT id FROM department WHERE organisation_id = $1 AND id = $2::uuid
    UNION ALL SELECT c.id FROM department c JOIN payer p ON c.parent_id = p.id WHERE c.organisation_id = $1)`;

/** The funding line `fl` of initiative `i` matches every filter but the years. */
export const LINE_MATCHES = `fl.organisation_id = $1 AND i.organisation_id = $1 AND i.archived_at IS NULL
    AND ($2::uuid IS NULL OR fl.paying_department_id IN (SELECT id FROM payer))
    AND ($5::initiative_phase[] IS NULL OR i.phase = ANY ($5::initiative_phase[]))
    AND ($6::funding_source[] IS NULL OR fl.source = ANY ($6::funding_source[]))
    AND fl.status = ANY ($7::funding_line_status[])`;

/** `column` (a year) lies in the range; the years are $3 and $4 unless the query numbers its parameters otherwise. */
export const inYears = (column: string, from = '$3', to = '$4') =>
  `(${from}::int IS NULL OR ${column} >= ${from}::int) AND (${to}::int IS NULL OR ${column} <= ${to}::int)`;

/** The initiatives whose benefits are set against the costs (a CTE `chosen` after PAYER_CTE). */
export const CHOSEN_CTE = `chosen AS (
    SELECT DISTINCT fl.initiative_id FROM funding_line fl JOIN initiative i ON i.id = fl.initiative_id WHERE ${LINE_MATCHES})`;

/** "27. november 2026 kl. 14.03" in Danish time. */
export const danishDateTime = (at: Date) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }).format(at);

/** The filters in words (Danish), for the header of each export. Always the same labels in the same order. */
export function describeFilter(f: FinanceFilter): [label: string, value: string][] {
  const years =
    f.fromYear !== null && f.toYear !== null
      ? f.fromYear === f.toYear
        ? String(f.fromYear)
        : `${f.fromYear}–${f.toYear}`
      : f.fromYear !== null
        ? `fra og med ${f.fromYear}`
        : f.toYear !== null
          ? `til og med ${f.toYear}`
          : 'alle år';
  const list = (values: string[] | null, all: string) => (values ? values.join(', ') : all);
  return [
    ['År', years],
    ['Betalende afdeling', f.departmentName === null ? 'alle afdelinger' : `${f.departmentName} inkl. underafdelinger`],
    ['Fase', list(f.phases?.map((p) => PHASE_LABELS[p]) ?? null, 'alle faser')],
    ['Kilde', list(f.sources?.map((s) => FUNDING_SOURCE_LABELS[s]) ?? null, 'alle kilder')],
    ['Status', f.statuses.map((s) => FUNDING_LINE_STATUS_LABELS[s]).join(', ')],
  ];
}

/** `finansieringsplan-2026-11-27.xlsx` (the date in Denmark) as an attachment, with the RFC 6266/5987 form too. */
export function attachment(baseName: string, extension: string, at: Date): string {
  const name = `${baseName}-${danishDay(at)}.${extension}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
