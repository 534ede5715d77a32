import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to one organisation: row-level security confines them to the request's organisation. */
const TENANT_TABLES = ['department', 'initiative', 'initiative_department', 'initiative_code_sequence', 'app_user', 'user_session', 'audit_log'];

/** Tables whose changes the audit trigger records, with the column that identifies the row in the log. */
const AUDITED: [table: string, rowIdColumn: string][] = [
  ['department', 'id'],
  ['initiative', 'id'],
  ['initiative_department', 'initiative_id'],
  ['app_user', 'id'],
];

const ORGANISATION = `nullif(current_setting('app.organisation_id', true), '')::uuid`;

/**
 * Users, sessions and the audit log; the runtime role gevinst_app (no ownership, no BYPASSRLS) that every tenant
 * request switches to with SET LOCAL ROLE; row-level security, enabled and forced, on every tenant-owned table;
 * audit triggers that record who changed what (app.user_id, set per transaction) and that the app role cannot alter.
 */
export class IdentityRlsAudit1764316800000 implements MigrationInterface {
  name = 'IdentityRlsAudit1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "organisation_id" uuid NOT NULL, "table_name" character varying(63) NOT NULL, "row_id" uuid NOT NULL, "action" character varying(6) NOT NULL, "actor_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_audit_log_org_at" ON "audit_log" ("organisation_id", "at")`);
    await q.query(`CREATE INDEX "ix_audit_log_org_row" ON "audit_log" ("organisation_id", "table_name", "row_id", "at")`);
    await q.query(`CREATE TYPE "public"."user_role" AS ENUM('admin', 'project_lead', 'benefit_owner', 'directorate', 'finance')`);
    await q.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(255), "oidc_subject" character varying(255), "roles" "public"."user_role" array NOT NULL DEFAULT '{}', "department_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_app_user_org" ON "app_user" ("organisation_id")`);
    await q.query(`CREATE UNIQUE INDEX "uq_app_user_oidc_subject" ON "app_user" ("oidc_subject") WHERE "oidc_subject" IS NOT NULL`);
    // E-mail identifies a user at sign-in, across organisations, whatever its case.
    await q.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" (lower("email"))`);
    await q.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "csrf_token" character(43) NOT NULL, "organisation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "signed_in_with" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_9ccf6d901cef4067214284f327e" UNIQUE ("token_hash"), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_user_session_org_user" ON "user_session" ("organisation_id", "user_id")`);
    await q.query(`ALTER TABLE "initiative" ADD "project_lead_id" uuid`);
    await q.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_7bbda4c333c1da023d2f2ae7320" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_15625c1797c86edfb62cd608aa2" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative" ADD CONSTRAINT "FK_fff64f8cceaffd0c1a104ee551c" FOREIGN KEY ("project_lead_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    // The runtime role: cluster-wide, so created only when missing; the migrating user may switch to it.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gevinst_app') THEN
        CREATE ROLE gevinst_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    await q.query(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, 'gevinst_app', 'MEMBER') THEN EXECUTE 'GRANT gevinst_app TO ' || quote_ident(current_user); END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO gevinst_app`);
    await q.query(`GRANT SELECT ON organisation TO gevinst_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON department, initiative, initiative_department, initiative_code_sequence TO gevinst_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON app_user TO gevinst_app`);
    await q.query(`GRANT SELECT, UPDATE (revoked_at) ON user_session TO gevinst_app`);
    await q.query(`GRANT SELECT ON audit_log TO gevinst_app`);

    await q.query(`ALTER TABLE organisation ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE organisation FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON organisation USING (id = ${ORGANISATION}) WITH CHECK (id = ${ORGANISATION})`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organisation_id = ${ORGANISATION}) WITH CHECK (organisation_id = ${ORGANISATION})`);
    }

    // Records each change with the acting user; secrets and bookkeeping columns are left out of the comparison and the log.
    await q.query(`CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        ignored text[] := ARRAY['password_hash', 'updated_at', 'last_login_at', 'failed_logins', 'locked_until'];
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - ignored END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - ignored END;
        source jsonb := coalesce(new_row, old_row);
      BEGIN
        IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NEW; END IF;
        INSERT INTO audit_log (organisation_id, table_name, row_id, action, actor_user_id, before, after)
        VALUES ((source ->> 'organisation_id')::uuid, TG_TABLE_NAME, (source ->> TG_ARGV[0])::uuid, lower(TG_OP),
                nullif(current_setting('app.user_id', true), '')::uuid, old_row, new_row);
        RETURN coalesce(NEW, OLD);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_row() FROM PUBLIC`);
    for (const [table, rowId] of AUDITED) {
      await q.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row('${rowId}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of AUDITED) await q.query(`DROP TRIGGER audit ON "${table}"`);
    await q.query(`DROP FUNCTION audit_row()`);
    for (const table of ['organisation', ...TENANT_TABLES]) {
      await q.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`REVOKE ALL ON organisation, department, initiative, initiative_department, initiative_code_sequence FROM gevinst_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM gevinst_app`);
    // The role is cluster-wide and may serve other databases: it stays (REVOKE above removed this database's grants).
    await q.query(`ALTER TABLE "initiative" DROP CONSTRAINT "FK_fff64f8cceaffd0c1a104ee551c"`);
    await q.query(`ALTER TABLE "initiative" DROP COLUMN "project_lead_id"`);
    await q.query(`DROP TABLE "user_session"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP TYPE "public"."user_role"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
