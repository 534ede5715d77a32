import { can } from '@gevinst/domain';
import type { Direction, Goal } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { toNumber } from '../../common/validation/numeric';

/** A goal row as selected with GOAL_COLUMNS (numeric columns arrive as text from pg). */
export interface GoalRow {
  id: string;
  initiative_id: string;
  title: string;
  indicator_name: string;
  unit: string;
  direction: Direction;
  baseline_value: string | null;
  baseline_date: string | null;
  target_value: string;
  target_date: string;
  pessimistic_target: string | null;
  optimistic_target: string | null;
  strategic_goal_id: string | null;
  side_effects: string | null;
  side_effects_considered: boolean;
  version: number;
  project_lead_id: string | null;
}

export const GOAL_COLUMNS = `
  g.id, g.initiative_id, g.title, g.indicator_name, g.unit, g.direction,
  g.baseline_value, g.baseline_date::text AS baseline_date, g.target_value, g.target_date::text AS target_date,
  g.pessimistic_target, g.optimistic_target, g.strategic_goal_id, g.side_effects, g.side_effects_considered,
  g.version, i.project_lead_id`;

export function toGoal(row: GoalRow, user: AuthUser): Goal {
  const subject = { leadsInitiative: row.project_lead_id === user.id };
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    title: row.title,
    indicatorName: row.indicator_name,
    unit: row.unit,
    direction: row.direction,
    baselineValue: toNumber(row.baseline_value),
    baselineDate: row.baseline_date,
    targetValue: toNumber(row.target_value),
    targetDate: row.target_date,
    pessimisticTarget: toNumber(row.pessimistic_target),
    optimisticTarget: toNumber(row.optimistic_target),
    strategicGoalId: row.strategic_goal_id,
    sideEffects: row.side_effects,
    sideEffectsConsidered: row.side_effects_considered,
    version: row.version,
    can: { manage: can(user.roles, 'goal.manage', subject), record: can(user.roles, 'measurement.record', subject) },
  };
}
