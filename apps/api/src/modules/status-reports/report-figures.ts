import { goalAchievementPercent, LIVE_RISK_STATUSES, oreToKroner, RISK_BAND_RANGES } from '@gevinst/domain';
import type { Phase, StatusReportFigures } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { toNumber } from '../../common/validation/numeric';
import { SIGNED_PLANNED, SIGNED_REALISED } from '../benefits/signed-amount';

interface FiguresRow {
  phase: Phase;
  goals: { baseline: string; target: string; latest: string }[];
  planned_dkk: string;
  realised_dkk: string;
  planned_hours: string;
  realised_hours: string;
  budget_ore: string;
  open_high_risks: number;
}

const LIVE = LIVE_RISK_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * The key figures of an initiative right now, read in one query: goal achievement (average over the goals with a
 * baseline and a measurement, by the domain's formula), planned and realised benefits of quantified DKK and hours
 * benefits over all years, the funding plan in kroner (summed in øre), open high risks and the phase.
 */
export async function currentFigures(manager: EntityManager, organisationId: string, initiativeId: string): Promise<StatusReportFigures> {
  const [row]: FiguresRow[] = await manager.query(
    `SELECT i.phase, g.goals, b.planned_dkk, b.realised_dkk, b.planned_hours, b.realised_hours, f.budget_ore, r.open_high_risks
     FROM initiative i
     CROSS JOIN LATERAL (
       SELECT COALESCE(json_agg(json_build_object('baseline', g.baseline_value::text, 'target', g.target_value::text, 'latest', m.value::text)), '[]'::json) AS goals
       FROM goal g
       CROSS JOIN LATERAL (SELECT m.value FROM measurement m WHERE m.goal_id = g.id ORDER BY m.measured_on DESC, m.recorded_at DESC LIMIT 1) m
       WHERE g.initiative_id = i.id AND g.baseline_value IS NOT NULL) g
     CROSS JOIN LATERAL (
       SELECT COALESCE(sum(${SIGNED_PLANNED}) FILTER (WHERE b.unit = 'DKK'), 0)::text AS planned_dkk,
              COALESCE(sum(${SIGNED_REALISED}) FILTER (WHERE b.unit = 'DKK'), 0)::text AS realised_dkk,
              COALESCE(sum(${SIGNED_PLANNED}) FILTER (WHERE b.unit = 'hours'), 0)::text AS planned_hours,
              COALESCE(sum(${SIGNED_REALISED}) FILTER (WHERE b.unit = 'hours'), 0)::text AS realised_hours
       FROM benefit b JOIN benefit_year y ON y.benefit_id = b.id
       WHERE b.initiative_id = i.id AND b.quantified) b
     CROSS JOIN LATERAL (SELECT COALESCE(sum(fl.amount_ore), 0)::text AS budget_ore FROM funding_line fl WHERE fl.initiative_id = i.id) f
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS open_high_risks FROM risk r
       WHERE r.initiative_id = i.id AND r.status IN (${LIVE}) AND r.probability * r.consequence >= ${RISK_BAND_RANGES.high[0]}) r
     WHERE i.organisation_id = $1 AND i.id = $2`,
    [organisationId, initiativeId],
  );
  const achievements = row.goals
    .map((goal) => goalAchievementPercent(toNumber(goal.baseline), toNumber(goal.target), toNumber(goal.latest)))
    .filter((value): value is number => value !== null);
  const average = achievements.length > 0 ? achievements.reduce((sum, value) => sum + value, 0) / achievements.length : null;
  return {
    goalAchievementPct: average === null ? null : Math.round(average * 10) / 10,
    plannedBenefitsDkk: toNumber(row.planned_dkk),
    realisedBenefitsDkk: toNumber(row.realised_dkk),
    plannedHours: toNumber(row.planned_hours),
    realisedHours: toNumber(row.realised_hours),
    budgetDkk: oreToKroner(row.budget_ore),
    openHighRisks: row.open_high_risks,
    phase: row.phase,
  };
}
