import { can, oreToKroner } from '@gevinst/domain';
import type { FundingCategory, FundingLine, FundingLineStatus, FundingSource } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';

export interface FundingLineRow {
  id: string;
  initiative_id: string;
  year: number;
  category: FundingCategory;
  amount_ore: string;
  source: FundingSource;
  pool_id: string | null;
  pool_name: string | null;
  source_name: string | null;
  paying_department_id: string;
  department_name: string;
  note: string | null;
  status: FundingLineStatus;
  application_id: string | null;
  version: number;
  project_lead_id: string | null;
}

export const FUNDING_LINE_COLUMNS = `
  f.id, f.initiative_id, f.year, f.category, f.amount_ore::text AS amount_ore, f.source, f.pool_id, p.name AS pool_name,
  f.source_name, f.paying_department_id, d.name AS department_name, f.note, f.status, f.application_id, f.version,
  i.project_lead_id`;

export const FUNDING_LINE_FROM = `funding_line f JOIN initiative i ON i.id = f.initiative_id
  JOIN department d ON d.id = f.paying_department_id LEFT JOIN funding_pool p ON p.id = f.pool_id`;

/**
 * Finance manages every line; the initiative's project lead manages its proposed lines only (a confirmed line is
 * finance's to change).
 */
export function mayManageLine(user: AuthUser, row: Pick<FundingLineRow, 'status' | 'project_lead_id'>): boolean {
  if (can(user.roles, 'funding.manage')) return true;
  return row.status === 'proposed' && can(user.roles, 'funding.propose', { leadsInitiative: row.project_lead_id === user.id });
}

export function toFundingLine(row: FundingLineRow, user: AuthUser): FundingLine {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    year: row.year,
    category: row.category,
    amount: oreToKroner(row.amount_ore),
    source: row.source,
    pool: row.pool_id ? { id: row.pool_id, name: row.pool_name ?? '' } : null,
    sourceName: row.source_name,
    payingDepartment: { id: row.paying_department_id, name: row.department_name },
    note: row.note,
    status: row.status,
    applicationId: row.application_id,
    version: row.version,
    can: { manage: mayManageLine(user, row) },
  };
}
