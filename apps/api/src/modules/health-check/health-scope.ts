import type { Phase } from '@gevinst/domain';

/**
 * Which initiatives to check: one, or a list of ids (archived or not, in code order; ids of other organisations are
 * simply not found), or the organisation's live portfolio, optionally filtered.
 */
export type HealthScope = { initiativeId: string } | { initiativeIds: readonly string[] } | { departmentId?: string; phases?: readonly Phase[] };

/** The WITH clause and WHERE conditions (over `initiative i`) of a scope; parameters start at $1 = the organisation. */
export function healthScopeSql(organisationId: string, scope: HealthScope): { withClause: string; where: string; params: unknown[] } {
  const params: unknown[] = [organisationId];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where = ['i.organisation_id = $1'];
  let withClause = '';
  if ('initiativeId' in scope) {
    where.push(`i.id = ${add(scope.initiativeId)}`);
  } else if ('initiativeIds' in scope) {
    where.push(`i.id = ANY(${add(scope.initiativeIds)}::uuid[])`);
  } else {
    where.push('i.archived_at IS NULL');
    if (scope.phases?.length) where.push(`i.phase = ANY(${add(scope.phases)}::initiative_phase[])`);
    if (scope.departmentId) {
      withClause = `WITH RECURSIVE subtree AS (
          SELECT id FROM department WHERE organisation_id = $1 AND id = ${add(scope.departmentId)}
          UNION ALL SELECT c.id FROM department c JOIN subtree s ON c.parent_id = s.id WHERE c.organisation_id = $1)`;
      where.push(`(i.lead_department_id IN (SELECT id FROM subtree) OR EXISTS (
          SELECT 1 FROM initiative_department x WHERE x.initiative_id = i.id AND x.department_id IN (SELECT id FROM subtree)))`);
    }
  }
  return { withClause, where: where.join(' AND '), params };
}

/** The scope as a WITH clause defining `scope(id)`, the form the portfolio rollup reads. */
export function healthScopeCte(organisationId: string, scope: HealthScope): { withClause: string; params: unknown[] } {
  const { withClause, where, params } = healthScopeSql(organisationId, scope);
  return { withClause: `${withClause ? `${withClause},` : 'WITH RECURSIVE'} scope AS (SELECT i.id FROM initiative i WHERE ${where})`, params };
}
