import type { Phase } from './initiative';

/** Anskaffelse, implementering, drift, risikopulje, andet. */
export const FUNDING_CATEGORIES = ['acquisition', 'implementation', 'operation', 'risk_reserve', 'other'] as const;
export type FundingCategory = (typeof FUNDING_CATEGORIES)[number];

/** Own budget, a named funding pool, central funds, an external grant. */
export const FUNDING_SOURCES = ['own_budget', 'pool', 'central', 'external_grant'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** A project lead proposes; finance confirms. */
export const FUNDING_LINE_STATUSES = ['proposed', 'confirmed'] as const;
export type FundingLineStatus = (typeof FUNDING_LINE_STATUSES)[number];

/** Ansøgt, bevilget, afslået. */
export const APPLICATION_STATUSES = ['applied', 'granted', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Money is exact: amounts travel as numbers of kroner with at most two decimals (øre) and are stored as whole øre
 * (bigint), so sums never meet floating point. The limit keeps øre within a double's exact integers many times over.
 */
export const FUNDING_LIMITS = {
  amountMax: 10_000_000_000,
  yearMin: 2000,
  yearMax: 2100,
  nameMax: 200,
  noteMax: 2000,
  rulesMax: 8000,
  purposeMax: 2000,
  reasonMax: 2000,
  yearsMax: 30,
  pageSizeMax: 500,
} as const;

export interface FundingLine {
  id: string;
  initiativeId: string;
  year: number;
  category: FundingCategory;
  /** DKK with at most two decimals. */
  amount: number;
  source: FundingSource;
  /** Set when source is 'pool'. */
  pool: { id: string; name: string } | null;
  /** Free text naming the grant or fund for central funds and external grants. */
  sourceName: string | null;
  payingDepartment: { id: string; name: string };
  note: string | null;
  status: FundingLineStatus;
  /** The pool application it came from, when granted. */
  applicationId: string | null;
  version: number;
  can: { manage: boolean };
}

export interface FundingLineRequest {
  year: number;
  category: FundingCategory;
  amount: number;
  source: FundingSource;
  poolId?: string | null;
  sourceName?: string | null;
  payingDepartmentId: string;
  note?: string | null;
  /** Finance only; a project lead's lines are always proposed. */
  status?: FundingLineStatus;
}

export interface UpdateFundingLineRequest extends Partial<FundingLineRequest> {
  version: number;
}

/** Per year and department of one initiative: what it pays against the planned DKK benefits it receives. */
export interface PayerGainRow {
  year: number;
  department: { id: string; name: string };
  pays: number;
  /** Planned quantified DKK benefits whose receiving department this is. */
  gains: number;
  /** gains − pays. */
  net: number;
  /** Planned freed hours received (never added to kroner). */
  hours: number;
}

export interface PayersAndGainers {
  initiativeId: string;
  rows: PayerGainRow[];
  /** DKK benefits without a receiving department, per year: they cannot be placed. */
  unplacedGains: { year: number; amount: number }[];
}

export interface FundingPool {
  id: string;
  name: string;
  rules: string | null;
  /** Capital per year, with what is granted and what remains. */
  years: { year: number; capital: number; granted: number; remaining: number }[];
  version: number;
}

export interface FundingPoolRequest {
  name: string;
  rules?: string | null;
  years: { year: number; capital: number }[];
}

export interface PoolApplication {
  id: string;
  pool: { id: string; name: string };
  initiative: { id: string; code: string; title: string };
  year: number;
  amount: number;
  category: FundingCategory;
  purpose: string;
  status: ApplicationStatus;
  appliedBy: { id: string; name: string } | null;
  appliedAt: string;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  reason: string | null;
  fundingLineId: string | null;
  version: number;
}

/** Short and plain on purpose: the guide warns that long forms and jargon keep people from applying. */
export interface PoolApplicationRequest {
  initiativeId: string;
  year: number;
  amount: number;
  category?: FundingCategory;
  purpose: string;
}

export interface ApplicationDecisionRequest {
  version: number;
  decision: Exclude<ApplicationStatus, 'applied'>;
  reason?: string | null;
}

/** Filters of the finance overview and its exports. */
export interface FinanceQuery {
  fromYear?: number;
  toYear?: number;
  departmentId?: string;
  phase?: Phase[];
  source?: FundingSource[];
  status?: FundingLineStatus[];
}

/** One cell of the pivot: year × paying department × source × category. */
export interface FinancePivotRow {
  year: number;
  department: { id: string; name: string };
  source: FundingSource;
  category: FundingCategory;
  amount: number;
  lines: number;
}

export interface FinanceOverview {
  query: FinanceQuery;
  rows: FinancePivotRow[];
  totalsByYear: { year: number; amount: number; benefitsDkk: number; benefitsHours: number }[];
  totalsByDepartment: { department: { id: string; name: string }; amount: number }[];
  totalsBySource: { source: FundingSource; amount: number }[];
  totalsByCategory: { category: FundingCategory; amount: number }[];
  total: number;
  /** Planned quantified benefits of the same initiatives and years: DKK, and hours separately. */
  benefitsDkk: number;
  benefitsHours: number;
}
