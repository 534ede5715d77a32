import type { QueryRunner } from 'typeorm';

const ORGANISATION = `nullif(current_setting('app.organisation_id', true), '')::uuid`;

/**
 * What every tenant table gets (see 1764316800000-identity-rls-audit): the app role's grants, row-level security
 * enabled and forced with one tenant_isolation policy, and the audit trigger logging each row under `rowIdColumn`.
 */
export async function secureTenantTables(
  q: QueryRunner,
  tables: { table: string; rowIdColumn: string; appendOnly?: boolean }[],
): Promise<void> {
  const grant = async (privileges: string, names: string[]) => {
    if (names.length > 0) await q.query(`GRANT ${privileges} ON ${names.join(', ')} TO gevinst_app`);
  };
  await grant('SELECT, INSERT, UPDATE, DELETE', tables.filter((t) => !t.appendOnly).map((t) => t.table));
  await grant('SELECT, INSERT', tables.filter((t) => t.appendOnly).map((t) => t.table));
  for (const { table } of tables) {
    await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organisation_id = ${ORGANISATION}) WITH CHECK (organisation_id = ${ORGANISATION})`);
  }
  for (const { table, rowIdColumn } of tables) {
    await q.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row('${rowIdColumn}')`);
  }
}
