import {
  FUNDING_CATEGORIES,
  FUNDING_SOURCES,
  type FinanceOverview,
  type FundingCategory,
  type FundingSource,
  kronerToOre,
  oreToKroner,
} from '@gevinst/domain';

/** Years between the first and last with money are shown even when empty, up to this many columns. */
const MAX_FILLED_YEARS = 15;

export interface DepartmentYearRow {
  department: { id: string; name: string };
  /** One amount per year of `years`, 0 where the department pays nothing. */
  amounts: number[];
  total: number;
}

/** Rows = paying department, columns = years, with totals both ways. */
export interface DepartmentYearTable {
  years: number[];
  rows: DepartmentYearRow[];
  yearTotals: number[];
  total: number;
}

export interface SourceCategoryRow {
  source: FundingSource;
  /** One amount per category of `categories`. */
  amounts: number[];
  total: number;
}

/** Rows = source, columns = category, with totals both ways. */
export interface SourceCategoryTable {
  categories: FundingCategory[];
  rows: SourceCategoryRow[];
  categoryTotals: number[];
  total: number;
}

export interface YearSummaryRow {
  year: number;
  amount: number;
  benefitsDkk: number;
  benefitsHours: number;
}

/** Per year: what is funded next to the planned benefits of the same initiatives, in kroner and (apart) hours. */
export interface YearSummary {
  rows: YearSummaryRow[];
  amount: number;
  benefitsDkk: number;
  benefitsHours: number;
}

/** An øre-exact accumulator keyed by string. */
class Sums {
  private readonly ore = new Map<string, number>();
  add(key: string, kroner: number): void {
    this.ore.set(key, (this.ore.get(key) ?? 0) + kronerToOre(kroner));
  }
  get(key: string): number {
    return oreToKroner(this.ore.get(key) ?? 0);
  }
}

/** The overview's years in order, gaps filled when the span is short enough to read. */
export function yearsOf(overview: FinanceOverview): number[] {
  const present = new Set([...overview.rows.map((r) => r.year), ...overview.totalsByYear.map((t) => t.year)]);
  const sorted = [...present].sort((a, b) => a - b);
  if (sorted.length < 2) return sorted;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (last - first + 1 > MAX_FILLED_YEARS) return sorted;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function departmentYearTable(overview: FinanceOverview): DepartmentYearTable {
  const years = yearsOf(overview);
  const cells = new Sums();
  const departments = new Map<string, { id: string; name: string }>();
  for (const row of overview.rows) {
    departments.set(row.department.id, row.department);
    cells.add(`${row.department.id}|${row.year}`, row.amount);
    cells.add(`${row.department.id}|`, row.amount);
    cells.add(`|${row.year}`, row.amount);
    cells.add('|', row.amount);
  }
  const rows = [...departments.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((department) => ({
      department,
      amounts: years.map((year) => cells.get(`${department.id}|${year}`)),
      total: cells.get(`${department.id}|`),
    }));
  return { years, rows, yearTotals: years.map((year) => cells.get(`|${year}`)), total: cells.get('|') };
}

export function sourceCategoryTable(overview: FinanceOverview): SourceCategoryTable {
  const cells = new Sums();
  const sources = new Set<FundingSource>();
  const categories = new Set<FundingCategory>();
  for (const row of overview.rows) {
    sources.add(row.source);
    categories.add(row.category);
    cells.add(`${row.source}|${row.category}`, row.amount);
    cells.add(`${row.source}|`, row.amount);
    cells.add(`|${row.category}`, row.amount);
    cells.add('|', row.amount);
  }
  const shownCategories = FUNDING_CATEGORIES.filter((category) => categories.has(category));
  const rows = FUNDING_SOURCES.filter((source) => sources.has(source)).map((source) => ({
    source,
    amounts: shownCategories.map((category) => cells.get(`${source}|${category}`)),
    total: cells.get(`${source}|`),
  }));
  return {
    categories: shownCategories,
    rows,
    categoryTotals: shownCategories.map((category) => cells.get(`|${category}`)),
    total: cells.get('|'),
  };
}

export function yearSummary(overview: FinanceOverview): YearSummary {
  const byYear = new Map(overview.totalsByYear.map((t) => [t.year, t]));
  const rows = yearsOf(overview).map((year) => {
    const totals = byYear.get(year);
    return { year, amount: totals?.amount ?? 0, benefitsDkk: totals?.benefitsDkk ?? 0, benefitsHours: totals?.benefitsHours ?? 0 };
  });
  return { rows, amount: overview.total, benefitsDkk: overview.benefitsDkk, benefitsHours: overview.benefitsHours };
}
