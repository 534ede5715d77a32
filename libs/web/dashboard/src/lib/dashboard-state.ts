import type { ParamMap, Params } from '@angular/router';
import {
  FUNDING_LIMITS,
  INITIATIVE_LIMITS,
  PHASES,
  PHASE_LABELS,
  type Phase,
  type PortfolioOverviewQuery,
} from '@gevinst/domain';

/** The dashboard's filters, kept in the URL so a view can be shared, bookmarked and printed as seen. */
export interface DashboardFilters {
  departmentId: string | null;
  phases: Phase[];
  steeringGroupId: string | null;
  strategicGoalId: string | null;
  technology: string | null;
  /** The year of the "this year" figures; null: the current year (the API's default). */
  year: number | null;
}

export const NO_FILTERS: DashboardFilters = {
  departmentId: null,
  phases: [],
  steeringGroupId: null,
  strategicGoalId: null,
  technology: null,
  year: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: string | null) => (value && UUID.test(value) ? value : null);

function year(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const parsed = Number(value);
  return parsed >= FUNDING_LIMITS.yearMin && parsed <= FUNDING_LIMITS.yearMax ? parsed : null;
}

/** Reads the URL leniently: unknown or malformed values are dropped, so an old link still opens. */
export function filtersFromParams(params: ParamMap): DashboardFilters {
  const given = new Set(params.getAll('phase').flatMap((v) => v.split(',')));
  const technology = (params.get('technology') ?? '').trim().slice(0, INITIATIVE_LIMITS.technologyMax);
  return {
    departmentId: uuid(params.get('departmentId')),
    phases: PHASES.filter((phase) => given.has(phase)),
    steeringGroupId: uuid(params.get('steeringGroupId')),
    strategicGoalId: uuid(params.get('strategicGoalId')),
    technology: technology || null,
    year: year(params.get('year')),
  };
}

/** Writes the filters back; what is not set is left out. Phases comma-separated, as the API takes them. */
export function filtersToParams(filters: DashboardFilters): Params {
  return {
    departmentId: filters.departmentId,
    phase: filters.phases.length > 0 ? filters.phases.join(',') : null,
    steeringGroupId: filters.steeringGroupId,
    strategicGoalId: filters.strategicGoalId,
    technology: filters.technology,
    year: filters.year,
  };
}

export function filtersToQuery(filters: DashboardFilters): PortfolioOverviewQuery {
  const query: PortfolioOverviewQuery = {};
  if (filters.departmentId) query.departmentId = filters.departmentId;
  if (filters.phases.length > 0) query.phase = filters.phases;
  if (filters.steeringGroupId) query.steeringGroupId = filters.steeringGroupId;
  if (filters.strategicGoalId) query.strategicGoalId = filters.strategicGoalId;
  if (filters.technology) query.technology = filters.technology;
  if (filters.year !== null) query.year = filters.year;
  return query;
}

export function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  return JSON.stringify(filtersToParams(a)) === JSON.stringify(filtersToParams(b));
}

/** Any filter but the year narrows the portfolio. */
export function narrowsPortfolio(filters: DashboardFilters): boolean {
  return (
    filters.departmentId !== null ||
    filters.phases.length > 0 ||
    filters.steeringGroupId !== null ||
    filters.strategicGoalId !== null ||
    filters.technology !== null
  );
}

/** Names of the chosen department, steering group and strategic goal, when known. */
export interface FilterNames {
  department?: string | null;
  steeringGroup?: string | null;
  strategicGoal?: string | null;
}

/**
 * The filters in words, for the screen, for screen readers and for the printed page (where the controls are hidden):
 * "Forvaltning: Økonomi · Fase: Idé, Analyse · År: 2026".
 */
export function describeFilters(filters: DashboardFilters, names: FilterNames, year: number): string {
  const parts: string[] = [];
  if (filters.departmentId) parts.push(`Forvaltning: ${names.department ?? 'valgt forvaltning'} (med underliggende)`);
  if (filters.phases.length > 0) parts.push(`Fase: ${filters.phases.map((p) => PHASE_LABELS[p]).join(', ')}`);
  if (filters.steeringGroupId) parts.push(`Styregruppe: ${names.steeringGroup ?? 'valgt styregruppe'} (med underliggende)`);
  if (filters.strategicGoalId) parts.push(`Strategisk mål: ${names.strategicGoal ?? 'valgt mål'}`);
  if (filters.technology) parts.push(`Teknologi: ${filters.technology}`);
  if (parts.length === 0) parts.push('Alle initiativer');
  parts.push(`År: ${year}`);
  return parts.join(' · ');
}

/** The years offered: five back and five ahead of this year, plus a year that came in the URL. */
export function yearOptions(thisYear: number, chosen: number | null): number[] {
  const years = new Set(Array.from({ length: 11 }, (_, i) => thisYear - 5 + i));
  if (chosen !== null) years.add(chosen);
  return [...years].sort((a, b) => a - b);
}

/** An item of a tree placed depth-first (parents before children, siblings by name), with its depth for indenting. */
export interface TreeOption {
  id: string;
  name: string;
  depth: number;
}

/** Orders e.g. steering groups by their parent chain; items whose parent is unknown are roots; cycles cannot loop. */
export function treeOptions(items: readonly { id: string; name: string; parentId: string | null }[]): TreeOption[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, typeof items[number][]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const result: TreeOption[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const item of [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'))) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      result.push({ id: item.id, name: item.name, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  for (const item of items) if (!seen.has(item.id)) result.push({ id: item.id, name: item.name, depth: 0 });
  return result;
}

/** /initiativer with what the list can filter on: the phases (one, or the dashboard's) and the department. */
export function initiativeListParams(filters: DashboardFilters, phase?: Phase): Params {
  const phases = phase ? [phase] : filters.phases;
  return { phase: phases.length > 0 ? phases : null, departmentId: filters.departmentId };
}

/** /risici with the high band and the department (the risk list's department filter means the same). */
export function highRiskListParams(filters: DashboardFilters): Params {
  return { band: 'high', departmentId: filters.departmentId };
}

/** /finansiering for the year and the phases (its department filter is the paying department, so it is not passed). */
export function financeParams(filters: DashboardFilters, year: number): Params {
  return { fromYear: year, toYear: year, phase: filters.phases.length > 0 ? filters.phases.join(',') : null };
}
