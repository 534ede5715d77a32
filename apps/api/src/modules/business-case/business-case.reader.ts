import { businessCase, businessCaseBaseYear, oreToKroner } from '@gevinst/domain';
import type { BenefitUnit, BusinessCasePrecondition, BusinessCaseSnapshot, MapChangeStatus } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain-error';
import { toNumber } from '../../common/validation/numeric';
import { settingsOf } from '../organisations/organisations.service';

interface CostRow {
  year: number;
  running: boolean;
  ore: string;
}

interface BenefitRow {
  id: string;
  title: string;
  quantified: boolean;
  unit: BenefitUnit;
  dis_benefit: boolean;
  preconditions: string | null;
  baseline: string | null;
  target: string | null;
  pessimistic: string | null;
  optimistic: string | null;
  /** Amounts as text, so numeric precision survives JSON. */
  years: { year: number; planned: string; low: string | null; high: string | null }[];
}

interface ChangeRow {
  id: string;
  title: string;
  status: MapChangeStatus | null;
  due_date: string | null;
  benefits: { id: string; title: string }[];
}

/**
 * The business case of one initiative as it stands, read in a fixed number of queries (funding plan grouped in SQL,
 * benefits with their years and goals, the map's preconditions) and computed by the pure `businessCase` of
 * libs/domain, the one authority on the figures. Takes the manager of the caller's transaction: a request's tenant
 * transaction, a gate decision's, or the demo seed's. 404 when the initiative is not of the organisation.
 */
export async function readBusinessCase(manager: EntityManager, organisationId: string, initiativeId: string, currentYear: number): Promise<BusinessCaseSnapshot> {
  const params = [organisationId, initiativeId];
  const [initiative]: { start_year: number | null; settings: Record<string, unknown> | null }[] = await manager.query(
    `SELECT extract(year FROM i.planned_start)::int AS start_year, o.settings
     FROM initiative i JOIN organisation o ON o.id = i.organisation_id WHERE i.organisation_id = $1 AND i.id = $2`,
    params,
  );
  if (!initiative) throw notFound('Initiative');
  const costs: CostRow[] = await manager.query(
    `SELECT year, category = 'operation' AS running, sum(amount_ore)::text AS ore
     FROM funding_line WHERE organisation_id = $1 AND initiative_id = $2 GROUP BY 1, 2`,
    params,
  );
  const benefits: BenefitRow[] = await manager.query(
    `SELECT b.id, b.title, b.quantified, b.unit, b.dis_benefit, b.preconditions,
            g.baseline_value::text AS baseline, g.target_value::text AS target,
            g.pessimistic_target::text AS pessimistic, g.optimistic_target::text AS optimistic,
            COALESCE((SELECT json_agg(json_build_object('year', y.year, 'planned', y.planned::text, 'low', y.planned_low::text, 'high', y.planned_high::text) ORDER BY y.year)
                      FROM benefit_year y WHERE y.benefit_id = b.id), '[]'::json) AS years
     FROM benefit b LEFT JOIN goal g ON g.id = b.goal_id
     WHERE b.organisation_id = $1 AND b.initiative_id = $2 ORDER BY b.created_at, b.id`,
    params,
  );
  const changes = await mapPreconditions(manager, organisationId, initiativeId);

  const settings = settingsOf(initiative.settings);
  const costInput = costs.map((c) => ({ year: c.year, amount: oreToKroner(c.ore), running: c.running }));
  const benefitInput = benefits.map((b) => ({
    quantified: b.quantified,
    unit: b.unit,
    disBenefit: b.dis_benefit,
    // A goal's target is never null, so none means no goal.
    goal: b.target === null ? null : { baseline: toNumber(b.baseline), target: toNumber(b.target), pessimistic: toNumber(b.pessimistic), optimistic: toNumber(b.optimistic) },
    years: b.years.map((y) => ({ year: y.year, planned: toNumber(y.planned), low: toNumber(y.low), high: toNumber(y.high) })),
  }));
  const flows = { costs: costInput, benefits: benefitInput };
  const figures = businessCase({
    ...flows,
    baseYear: businessCaseBaseYear(initiative.start_year, flows, currentYear),
    horizonYears: settings.horizonYears,
    discountRate: settings.discountRate,
    hourlyRateDkk: settings.hourlyRateDkk,
  });
  const texts: BusinessCasePrecondition[] = benefits
    .filter((b) => b.preconditions !== null && b.preconditions.trim() !== '')
    .map((b) => ({ nodeId: null, title: b.preconditions as string, status: null, dueDate: null, benefits: [{ id: b.id, title: b.title }] }));
  return { ...figures, preconditions: [...changes, ...texts] };
}

/**
 * The map's changes (forudsætninger), each with the benefits it leads to, directly or through other changes. UNION
 * (not UNION ALL) keeps the walk finite should the links ever form a cycle.
 */
async function mapPreconditions(manager: EntityManager, organisationId: string, initiativeId: string): Promise<BusinessCasePrecondition[]> {
  const rows: ChangeRow[] = await manager.query(
    `WITH RECURSIVE reach AS (
       SELECT l.from_node_id AS node_id, l.to_benefit_id AS benefit_id FROM benefit_map_link l
       WHERE l.organisation_id = $1 AND l.initiative_id = $2 AND l.to_benefit_id IS NOT NULL
       UNION
       SELECT l.from_node_id, r.benefit_id FROM benefit_map_link l JOIN reach r ON l.to_node_id = r.node_id
       WHERE l.organisation_id = $1 AND l.initiative_id = $2)
     SELECT n.id, n.title, n.status, n.due_date::text AS due_date,
            COALESCE(json_agg(json_build_object('id', b.id, 'title', b.title) ORDER BY b.created_at, b.id) FILTER (WHERE b.id IS NOT NULL), '[]'::json) AS benefits
     FROM benefit_map_node n
     LEFT JOIN reach r ON r.node_id = n.id LEFT JOIN benefit b ON b.id = r.benefit_id
     WHERE n.organisation_id = $1 AND n.initiative_id = $2 AND n.kind = 'change'
     GROUP BY n.id ORDER BY n.due_date NULLS LAST, n.title, n.id`,
    [organisationId, initiativeId],
  );
  return rows.map((row) => ({ nodeId: row.id, title: row.title, status: row.status, dueDate: row.due_date, benefits: row.benefits }));
}

