import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-tables';

/** Rows without a uuid of their own are logged under their parent. */
const TABLES = [
  { table: 'risk', rowIdColumn: 'id' },
  { table: 'risk_action', rowIdColumn: 'risk_id' },
];

/** The risk register: risks of initiatives with their mitigation actions, under the same RLS, grants and audit as the rest. */
export class RiskRegister1764576000000 implements MigrationInterface {
  name = 'RiskRegister1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."risk_category" AS ENUM('political', 'economic', 'technical', 'legal', 'information_security', 'organisational', 'supplier')`);
    await q.query(`CREATE TYPE "public"."risk_handler" AS ENUM('municipality', 'supplier', 'shared')`);
    await q.query(`CREATE TYPE "public"."risk_status" AS ENUM('open', 'in_progress', 'closed', 'occurred')`);
    await q.query(`CREATE TABLE "risk" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(200) NOT NULL, "cause" text, "event" text, "consequence_text" text, "category" "public"."risk_category" NOT NULL, "probability" smallint NOT NULL, "consequence" smallint NOT NULL, "handler" "public"."risk_handler", "owner_user_id" uuid, "residual_probability" smallint, "residual_consequence" smallint, "status" "public"."risk_status" NOT NULL DEFAULT 'open', "identified_on" date NOT NULL, "last_reviewed_on" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_risk_initiative_number" UNIQUE ("initiative_id", "number"), CONSTRAINT "ck_risk_number" CHECK ("number" > 0), CONSTRAINT "ck_risk_residual_ratings" CHECK (("residual_probability" IS NULL OR "residual_probability" BETWEEN 1 AND 5) AND ("residual_consequence" IS NULL OR "residual_consequence" BETWEEN 1 AND 5)), CONSTRAINT "ck_risk_ratings" CHECK ("probability" BETWEEN 1 AND 5 AND "consequence" BETWEEN 1 AND 5), CONSTRAINT "PK_955c5a23813b1704181c9a5f7c8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_risk_org_status" ON "risk"  ("organisation_id", "status")`);
    await q.query(`CREATE INDEX "ix_risk_org_owner" ON "risk"  ("organisation_id", "owner_user_id")`);
    await q.query(`CREATE INDEX "ix_risk_org_initiative" ON "risk"  ("organisation_id", "initiative_id")`);
    await q.query(`CREATE TYPE "public"."risk_action_status" AS ENUM('planned', 'in_progress', 'done')`);
    await q.query(`CREATE TABLE "risk_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "risk_id" uuid NOT NULL, "position" smallint NOT NULL, "action" character varying(1000) NOT NULL, "responsible" character varying(200), "deadline" date, "status" "public"."risk_action_status" NOT NULL DEFAULT 'planned', CONSTRAINT "PK_6e21afcc0462b1ed0db40ad8104" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_risk_action_org_risk" ON "risk_action"  ("organisation_id", "risk_id")`);
    await q.query(`ALTER TABLE "risk" ADD CONSTRAINT "FK_dad49f025843980716f529e87a3" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risk" ADD CONSTRAINT "FK_49e1383f7ec164ddc3323044b6c" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risk" ADD CONSTRAINT "FK_188f8396d9c5c7bc3aad863f064" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risk_action" ADD CONSTRAINT "FK_9a98793db40b119c24d6b35e9e1" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risk_action" ADD CONSTRAINT "FK_6de6b714f875d7396a7d8e8bf4d" FOREIGN KEY ("risk_id") REFERENCES "risk"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await secureTenantTables(q, TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    // Dropping a table drops its triggers, policies and grants with it.
    await q.query(`ALTER TABLE "risk_action" DROP CONSTRAINT "FK_6de6b714f875d7396a7d8e8bf4d"`);
    await q.query(`ALTER TABLE "risk_action" DROP CONSTRAINT "FK_9a98793db40b119c24d6b35e9e1"`);
    await q.query(`ALTER TABLE "risk" DROP CONSTRAINT "FK_188f8396d9c5c7bc3aad863f064"`);
    await q.query(`ALTER TABLE "risk" DROP CONSTRAINT "FK_49e1383f7ec164ddc3323044b6c"`);
    await q.query(`ALTER TABLE "risk" DROP CONSTRAINT "FK_dad49f025843980716f529e87a3"`);
    await q.query(`DROP INDEX "public"."ix_risk_action_org_risk"`);
    await q.query(`DROP TABLE "risk_action"`);
    await q.query(`DROP TYPE "public"."risk_action_status"`);
    await q.query(`DROP INDEX "public"."ix_risk_org_initiative"`);
    await q.query(`DROP INDEX "public"."ix_risk_org_owner"`);
    await q.query(`DROP INDEX "public"."ix_risk_org_status"`);
    await q.query(`DROP TABLE "risk"`);
    await q.query(`DROP TYPE "public"."risk_status"`);
    await q.query(`DROP TYPE "public"."risk_handler"`);
    await q.query(`DROP TYPE "public"."risk_category"`);
  }
}
