import { Injectable } from '@nestjs/common';
import { kronerToOre, oreToKroner, priorityScore, rankWithCutoff } from '@gevinst/domain';
import type { Phase, PrioritisedPortfolio, WeightedCriterion } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { invalid, unknownReference } from '../goals/initiative-access';
import type { PrioritisationQuery } from './dto/priority.dto';
import { Clock } from '../../common/clock/clock';

interface CandidateRow {
  id: string;
  code: string;
  title: string;
  phase: Phase;
  scores: { criterionId: string; score: number }[];
  cost_ore: string;
}


/**
 * The initiatives in play: of the organisation, not archived, neither closed nor stopped, in the chosen phases, led
 * by or involving the department (with its sub-departments). Per initiative its scores (one aggregate) and its cost:
 * the sum of its funding lines in the years, proposed and confirmed, in øre (another aggregate).
 * $1 organisation, $2 fromYear, $3 toYear, $4 department or null, $5 phases or null.
 */
const CANDIDATES = `
  WITH RECURSIVE subtree AS (
    SELECT id FROM department WHERE organisation_id = $1 AND id = $4::uuid
    UNION ALL SELECT c.id FROM department c JOIN subtree s ON c.parent_id = s.id WHERE c.organisation_id = $1),
  chosen AS (
    SELECT i.id, i.code, i.title, i.phase
    FROM initiative i
    WHERE i.organisation_id = $1 AND i.archived_at IS NULL AND i.phase NOT IN ('closed', 'stopped')
      AND ($5::initiative_phase[] IS NULL OR i.phase = ANY ($5::initiative_phase[]))
      AND ($4::uuid IS NULL OR i.lead_department_id IN (SELECT id FROM subtree) OR EXISTS (
        SELECT 1 FROM initiative_department x
        WHERE x.organisation_id = $1 AND x.initiative_id = i.id AND x.department_id IN (SELECT id FROM subtree)))),
  scores AS (
    SELECT s.initiative_id, json_agg(json_build_object('criterionId', s.criterion_id, 'score', s.score)) AS scores
    FROM priority_score s JOIN chosen c ON c.id = s.initiative_id
    WHERE s.organisation_id = $1 GROUP BY s.initiative_id),
  costs AS (
    SELECT f.initiative_id, sum(f.amount_ore) AS cost_ore
    FROM funding_line f JOIN chosen c ON c.id = f.initiative_id
    WHERE f.organisation_id = $1 AND f.year BETWEEN $2 AND $3 GROUP BY f.initiative_id)
  SELECT c.id, c.code, c.title, c.phase,
         coalesce(s.scores, '[]'::json) AS scores, coalesce(k.cost_ore, 0)::text AS cost_ore
  FROM chosen c LEFT JOIN scores s ON s.initiative_id = c.id LEFT JOIN costs k ON k.initiative_id = c.id`;

/**
 * Past idé as PRI-1 of the health check reads it (healthPhaseOf: a paused initiative counts as in implementation), and
 * like PRI-1 only while the organisation has criteria to score against.
 */
const pastIdea = (row: CandidateRow) => row.phase !== 'idea';

/**
 * The prioritised portfolio: initiatives with a complete score ranked by it, their cost in the years summed in order,
 * and the cut-off line where the available funding runs out. Three queries (criteria, available funding, the
 * candidates with their aggregates) and one pure ranking pass; money stays in whole øre until the response.
 */
@Injectable()
export class PrioritisedPortfolioService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  async get(user: AuthUser, query: PrioritisationQuery): Promise<PrioritisedPortfolio> {
    const { manager } = this.db;
    const organisationId = user.organisationId;
    const fromYear = query.fromYear ?? query.toYear ?? this.clock.year();
    const toYear = query.toYear ?? fromYear;
    if (toYear < fromYear) throw invalid('toYear', 'toYear must not be before fromYear');
    const departmentId = query.departmentId ?? null;
    if (departmentId !== null) {
      const found: unknown[] = await manager.query('SELECT 1 FROM department WHERE organisation_id = $1 AND id = $2', [organisationId, departmentId]);
      if (found.length === 0) throw unknownReference('departmentId', 'Unknown department');
    }

    const criteria: WeightedCriterion[] = await manager.query('SELECT id, weight, inverse FROM priority_criterion WHERE organisation_id = $1', [organisationId]);
    // Without an amount: what the organisation's funding pools hold in the years.
    let availableOre: number;
    if (query.available !== undefined) {
      availableOre = kronerToOre(query.available);
    } else {
      const [{ capital }]: { capital: string }[] = await manager.query(
        'SELECT coalesce(sum(capital_ore), 0)::text AS capital FROM funding_pool_year WHERE organisation_id = $1 AND year BETWEEN $2 AND $3',
        [organisationId, fromYear, toYear],
      );
      availableOre = Number(capital);
    }
    const rows: CandidateRow[] = await manager.query(CANDIDATES, [organisationId, fromYear, toYear, departmentId, query.phase?.length ? query.phase : null]);

    const scored = rows.map((row) => ({ row, score: priorityScore(criteria, row.scores) }));
    const ranked = rankWithCutoff(
      scored.flatMap(({ row, score }) => (score === null ? [] : [{ id: row.id, code: row.code, score, cost: Number(row.cost_ore), row }])),
      availableOre,
    );
    return {
      fromYear,
      toYear,
      available: oreToKroner(availableOre),
      items: ranked.map(({ row, rank, score, cost, cumulativeCost, funded }) => ({
        rank,
        initiative: { id: row.id, code: row.code, title: row.title, phase: row.phase },
        score,
        cost: oreToKroner(cost),
        cumulativeCost: oreToKroner(cumulativeCost),
        funded,
      })),
      unscored: scored
        .filter(({ row, score }) => criteria.length > 0 && score === null && pastIdea(row))
        .map(({ row }) => ({ id: row.id, code: row.code, title: row.title }))
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    };
  }
}
