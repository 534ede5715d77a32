import { LIVE_RISK_STATUSES, RISK_BAND_RANGES } from '@gevinst/domain';
// The phases that report every review cycle: the same as the missing-reports list's, so the figure matches it.
import { REPORTING_PHASES } from '../status-reports/missing-reports.service';
import { SIGNED_PLANNED, SIGNED_REALISED } from '../benefits/signed-amount';

/**
 * The overview's lists per initiative are parallel arrays in initiative_rollup (funding_*: per year, paying
 * department and status; benefit_*: per year and unit; heat_*: per cell, 'before|after p k'), which PostgreSQL
 * unnests and sums far faster than jsonb. The scalar shares are plain columns.
 */
/**
 * The SQL that computes the figure columns of initiative_rollup for the initiatives $2 (uuid[]) of organisation $1,
 * given today ($3) and the review cycle's start and end ($4, $5). One grouped pass per table over just those.
 * The CTE names differ from the tables' (a WITH RECURSIVE elsewhere would make a same-named CTE refer to itself).
 */
export const ROLLUP_FIGURES_SQL = `
  WITH ids AS (SELECT i.id, i.phase FROM initiative i WHERE i.organisation_id = $1 AND i.id = ANY($2::uuid[])),
  funding_groups AS (
    SELECT f.id, array_agg(f.year ORDER BY f.year, f.paying_department_id, f.confirmed) AS years,
           array_agg(f.paying_department_id ORDER BY f.year, f.paying_department_id, f.confirmed) AS departments,
           array_agg(f.confirmed ORDER BY f.year, f.paying_department_id, f.confirmed) AS confirmed,
           array_agg(f.ore ORDER BY f.year, f.paying_department_id, f.confirmed) AS ore, sum(f.ore) AS budget
    FROM (SELECT initiative_id AS id, year, paying_department_id, status = 'confirmed' AS confirmed, sum(amount_ore) AS ore
          FROM funding_line WHERE organisation_id = $1 AND initiative_id = ANY($2::uuid[]) GROUP BY 1, 2, 3, 4) f
    GROUP BY f.id),
  benefit_groups AS (
    SELECT x.id, array_agg(x.year ORDER BY x.year, x.unit) AS years, array_agg(x.unit::text ORDER BY x.year, x.unit) AS units,
           array_agg(x.planned ORDER BY x.year, x.unit) AS planned, array_agg(x.realised ORDER BY x.year, x.unit) AS realised,
           COALESCE(sum(x.planned) FILTER (WHERE x.unit = 'DKK'), 0) AS potential
    FROM (SELECT b.initiative_id AS id, y.year, b.unit, sum(${SIGNED_PLANNED}) AS planned, COALESCE(sum(${SIGNED_REALISED}), 0) AS realised
          FROM benefit b JOIN benefit_year y ON y.benefit_id = b.id
          WHERE b.organisation_id = $1 AND b.initiative_id = ANY($2::uuid[]) AND b.quantified AND b.unit IN ('DKK', 'hours')
          GROUP BY 1, 2, 3) x
    GROUP BY x.id),
  -- Goal achievement as the goal pages compute it: (latest − baseline) / (target − baseline) × 100.
  goal_groups AS (
    SELECT x.id, count(*) AS goals, count(x.pct) AS measured, COALESCE(sum(x.pct), 0) AS pct_sum
    FROM (SELECT g.initiative_id AS id,
                 CASE WHEN g.baseline_value IS NOT NULL AND g.target_value <> g.baseline_value AND m.value IS NOT NULL
                      THEN (m.value - g.baseline_value) / (g.target_value - g.baseline_value) * 100 END AS pct
          FROM goal g LEFT JOIN LATERAL (SELECT value FROM measurement WHERE goal_id = g.id ORDER BY measured_on DESC, recorded_at DESC LIMIT 1) m ON true
          WHERE g.organisation_id = $1 AND g.initiative_id = ANY($2::uuid[])) x
    GROUP BY x.id),
  live_risks AS (
    SELECT * FROM risk WHERE organisation_id = $1 AND initiative_id = ANY($2::uuid[]) AND status = ANY('{${LIVE_RISK_STATUSES.join(',')}}'::risk_status[])),
  risk_groups AS (
    SELECT initiative_id AS id, count(*) FILTER (WHERE probability * consequence >= ${RISK_BAND_RANGES.high[0]}) AS high, max(probability * consequence) AS max_risk
    FROM live_risks GROUP BY initiative_id),
  -- Both matrices in one pass; an unassessed residual stays in its inherent cell (as the risk register's heat map).
  heat_groups AS (
    SELECT h.id, array_agg(h.matrix || ' ' || h.p || ' ' || h.k) AS cells, array_agg(h.n) AS risks
    FROM (SELECT r.initiative_id AS id, CASE WHEN GROUPING(r.probability) = 0 THEN 'before' ELSE 'after' END AS matrix,
                 COALESCE(r.probability, COALESCE(r.residual_probability, r.probability)) AS p,
                 COALESCE(r.consequence, COALESCE(r.residual_consequence, r.consequence)) AS k, count(*) AS n
          FROM live_risks r
          GROUP BY GROUPING SETS ((r.initiative_id, r.probability, r.consequence),
                                  (r.initiative_id, COALESCE(r.residual_probability, r.probability), COALESCE(r.residual_consequence, r.consequence)))) h
    GROUP BY h.id),
  overdue_groups AS (
    SELECT COALESCE(g.initiative_id, b.initiative_id) AS id, count(*) AS overdue
    FROM evaluation_point e LEFT JOIN goal g ON g.id = e.goal_id LEFT JOIN benefit b ON b.id = e.benefit_id
    WHERE e.organisation_id = $1 AND COALESCE(g.initiative_id, b.initiative_id) = ANY($2::uuid[]) AND e.measurement_id IS NULL AND e.due_date < $3::date
    GROUP BY 1),
  criteria AS (SELECT id, weight, inverse FROM priority_criterion WHERE organisation_id = $1),
  priority_groups AS (
    SELECT ps.initiative_id AS id,
           CASE WHEN (SELECT count(*) FROM criteria) > 0 AND count(ps.score) = (SELECT count(*) FROM criteria)
                THEN sum(c.weight * CASE WHEN c.inverse THEN 5 - ps.score ELSE ps.score END)::float8 / 5 END AS priority
    FROM priority_score ps JOIN criteria c ON c.id = ps.criterion_id
    WHERE ps.organisation_id = $1 AND ps.initiative_id = ANY($2::uuid[]) GROUP BY ps.initiative_id)
  SELECT i.id, COALESCE(fg.years, '{}') AS funding_year, COALESCE(fg.departments, '{}') AS funding_department,
         COALESCE(fg.confirmed, '{}') AS funding_confirmed, COALESCE(fg.ore, '{}') AS funding_ore, COALESCE(fg.budget, 0) AS budget_ore,
         COALESCE(bg.years, '{}') AS benefit_year, COALESCE(bg.units, '{}') AS benefit_unit, COALESCE(bg.planned, '{}') AS benefit_planned,
         COALESCE(bg.realised, '{}') AS benefit_realised, COALESCE(bg.potential, 0) AS potential,
         COALESCE(gg.goals, 0) AS goals, COALESCE(gg.measured, 0) AS measured_goals, COALESCE(gg.pct_sum, 0) AS pct_sum,
         -- The latest submitted report is the one the initiative's page lists first: newest period start.
         COALESCE((SELECT r.overall FROM status_report r WHERE r.organisation_id = $1 AND r.initiative_id = i.id AND r.status = 'submitted'
                   ORDER BY r.period_start DESC, r.period_end DESC, r.submitted_at DESC LIMIT 1) = 'red', false) AS red,
         COALESCE(rg.high, 0) AS high_risks, COALESCE(rg.max_risk, 0) AS max_risk, COALESCE(hg.cells, '{}') AS heat_cell,
         COALESCE(hg.risks, '{}') AS heat_risks,
         COALESCE(og.overdue, 0) AS overdue,
         i.phase = ANY('{${REPORTING_PHASES.join(',')}}'::initiative_phase[]) AND NOT EXISTS (
           SELECT 1 FROM status_report r WHERE r.organisation_id = $1 AND r.initiative_id = i.id AND r.status = 'submitted'
             AND r.period_start <= $5::date AND r.period_end >= $4::date) AS missing_report,
         pg.priority
  FROM ids i
  LEFT JOIN funding_groups fg ON fg.id = i.id LEFT JOIN benefit_groups bg ON bg.id = i.id LEFT JOIN goal_groups gg ON gg.id = i.id
  LEFT JOIN risk_groups rg ON rg.id = i.id LEFT JOIN heat_groups hg ON hg.id = i.id LEFT JOIN overdue_groups og ON og.id = i.id
  LEFT JOIN priority_groups pg ON pg.id = i.id`;
