import type { PortfolioOverviewQuery } from '@gevinst/domain';

/**
 * The SQL of the initiatives in scope of the overview's filters: non-archived initiatives of the organisation ($1),
 * led by or involving the department subtree, steered by the group subtree, serving the strategic goal, using the
 * technology, in the phases. Returns a WITH clause defining `scope(id)` and its parameters (starting at $1).
 */
export function scopeSql(query: PortfolioOverviewQuery, organisationId: string): { withClause: string; params: unknown[] } {
  const params: unknown[] = [organisationId];
  const add = (value: unknown) => `$${params.push(value)}`;
  const ctes: string[] = [];
  const where = ['i.organisation_id = $1', 'i.archived_at IS NULL'];
  if (query.departmentId) {
    ctes.push(`departments AS (
      SELECT id FROM department WHERE organisation_id = $1 AND id = ${add(query.departmentId)}
      UNION SELECT c.id FROM department c JOIN departments s ON c.parent_id = s.id WHERE c.organisation_id = $1)`);
    where.push(`(i.lead_department_id IN (SELECT id FROM departments) OR EXISTS (
      SELECT 1 FROM initiative_department x WHERE x.initiative_id = i.id AND x.department_id IN (SELECT id FROM departments)))`);
  }
  if (query.steeringGroupId) {
    ctes.push(`groups AS (
      SELECT id FROM steering_group WHERE organisation_id = $1 AND id = ${add(query.steeringGroupId)}
      UNION SELECT g.id FROM steering_group g JOIN groups s ON g.parent_id = s.id WHERE g.organisation_id = $1)`);
    where.push(`EXISTS (SELECT 1 FROM initiative_governance ig WHERE ig.initiative_id = i.id AND ig.steering_group_id IN (SELECT id FROM groups))`);
  }
  if (query.strategicGoalId) {
    where.push(`EXISTS (SELECT 1 FROM goal g WHERE g.initiative_id = i.id AND g.strategic_goal_id = ${add(query.strategicGoalId)})`);
  }
  if (query.technology) where.push(`lower(i.technology) = lower(${add(query.technology)})`);
  if (query.phase?.length) where.push(`i.phase = ANY(${add(query.phase)}::initiative_phase[])`);
  ctes.push(`scope AS (SELECT i.id FROM initiative i WHERE ${where.join(' AND ')})`);
  return { withClause: `WITH RECURSIVE ${ctes.join(',\n')}`, params };
}
