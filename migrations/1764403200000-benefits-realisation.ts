import type { MigrationInterface, QueryRunner } from 'typeorm';

/** New tenant tables; each gets the same row-level security, grants and audit trigger as migration 2. */
const TENANT_TABLES = ['strategic_goal', 'goal', 'benefit', 'benefit_year', 'measurement', 'evaluation_point'];

/** The audit log identifies a row by a uuid: benefit_year rows are logged under their benefit. */
const AUDITED: [table: string, rowIdColumn: string][] = [
  ['strategic_goal', 'id'],
  ['goal', 'id'],
  ['benefit', 'id'],
  ['benefit_year', 'benefit_id'],
  ['measurement', 'id'],
  ['evaluation_point', 'id'],
];

const ORGANISATION = `nullif(current_setting('app.organisation_id', true), '')::uuid`;

/**
 * Benefits realisation: strategic goals, initiative goals with their indicators, benefits with a yearly
 * realisation profile, measurements (of a goal xor a benefit) and evaluation points.
 */
export class BenefitsRealisation1764403200000 implements MigrationInterface {
  name = 'BenefitsRealisation1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "strategic_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0865498255f5051489becd4900" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_strategic_goal_org" ON "strategic_goal" ("organisation_id")`);
    await q.query(`CREATE TYPE "public"."goal_direction" AS ENUM('higher', 'lower')`);
    await q.query(`CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "strategic_goal_id" uuid, "title" character varying(200) NOT NULL, "indicator_name" character varying(200) NOT NULL, "unit" character varying(40) NOT NULL, "direction" "public"."goal_direction" NOT NULL, "baseline_value" numeric, "baseline_date" date, "target_value" numeric NOT NULL, "target_date" date NOT NULL, "pessimistic_target" numeric, "optimistic_target" numeric, "side_effects" text, "side_effects_considered" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_goal_target_differs" CHECK ("baseline_value" IS NULL OR "target_value" <> "baseline_value"), CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_goal_org_initiative" ON "goal" ("organisation_id", "initiative_id")`);
    await q.query(`CREATE TYPE "public"."benefit_type" AS ENUM('economic', 'time', 'quality', 'citizen_experience', 'other')`);
    await q.query(`CREATE TYPE "public"."benefit_unit" AS ENUM('DKK', 'hours', 'other')`);
    await q.query(`CREATE TYPE "public"."benefit_status" AS ENUM('planned', 'in_progress', 'realised', 'not_realised')`);
    await q.query(`CREATE TABLE "benefit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "goal_id" uuid, "title" character varying(200) NOT NULL, "description" text, "type" "public"."benefit_type" NOT NULL, "quantified" boolean NOT NULL, "unit" "public"."benefit_unit" NOT NULL, "unit_label" character varying(40), "owner_user_id" uuid, "receiving_department_id" uuid, "preconditions" text, "measurement_method" text, "in_budget" boolean NOT NULL DEFAULT false, "status" "public"."benefit_status" NOT NULL DEFAULT 'planned', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c024dccb30e6f4702adffe884d1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_benefit_org_owner" ON "benefit" ("organisation_id", "owner_user_id")`);
    await q.query(`CREATE INDEX "ix_benefit_org_initiative" ON "benefit" ("organisation_id", "initiative_id")`);
    await q.query(`CREATE TABLE "benefit_year" ("benefit_id" uuid NOT NULL, "year" smallint NOT NULL, "organisation_id" uuid NOT NULL, "planned" numeric NOT NULL, "realised" numeric, CONSTRAINT "ck_benefit_year_range" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_193e45dd6459622a783a19c5bf3" PRIMARY KEY ("benefit_id", "year"))`);
    await q.query(`CREATE TYPE "public"."measurement_kind" AS ENUM('before', 'during', 'after')`);
    await q.query(`CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "goal_id" uuid, "benefit_id" uuid, "kind" "public"."measurement_kind" NOT NULL, "measured_on" date NOT NULL, "value" numeric NOT NULL, "comment" text, "evidence_url" character varying(2000), "time_study" jsonb, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_measurement_one_target" CHECK (num_nonnulls("goal_id", "benefit_id") = 1), CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_measurement_org_benefit" ON "measurement" ("organisation_id", "benefit_id", "measured_on")`);
    await q.query(`CREATE INDEX "ix_measurement_org_goal" ON "measurement" ("organisation_id", "goal_id", "measured_on")`);
    await q.query(`CREATE TABLE "evaluation_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "goal_id" uuid, "benefit_id" uuid, "due_date" date NOT NULL, "label" character varying(200), "measurement_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_evaluation_point_one_target" CHECK (num_nonnulls("goal_id", "benefit_id") = 1), CONSTRAINT "PK_4573067130941747cc6bb4719a7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_evaluation_point_org_benefit" ON "evaluation_point" ("organisation_id", "benefit_id", "due_date")`);
    await q.query(`CREATE INDEX "ix_evaluation_point_org_goal" ON "evaluation_point" ("organisation_id", "goal_id", "due_date")`);
    await q.query(`ALTER TABLE "strategic_goal" ADD CONSTRAINT "FK_3cfd9ca0827b1bcdfea2222867b" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_3bd9d0994fa0323cee1fbe313e8" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_fa7a9224a50ecefb884c344c6fc" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_62482ba59587319f24a19a47864" FOREIGN KEY ("strategic_goal_id") REFERENCES "strategic_goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit" ADD CONSTRAINT "FK_753b8151b83be1d2f2bd368c6cc" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit" ADD CONSTRAINT "FK_f547fcf933152493e9d5f19ea08" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit" ADD CONSTRAINT "FK_be6c1b774bc843635f38a683793" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit" ADD CONSTRAINT "FK_be85080555145d4b6352a682b84" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit" ADD CONSTRAINT "FK_a045e148d1fff9fbd3a91c9bdd5" FOREIGN KEY ("receiving_department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_year" ADD CONSTRAINT "FK_41b293345929e8df6d6402b02f3" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_year" ADD CONSTRAINT "FK_84048d44aaa4162c63786c7c5e6" FOREIGN KEY ("benefit_id") REFERENCES "benefit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_e8863985b4998b0cd66ee4188f7" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_04cf1e6733f208fc666c6cac75c" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_327c71f9512e7248d5a202f3b02" FOREIGN KEY ("benefit_id") REFERENCES "benefit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_c270e1c3d981d6d5b5a166a134b" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "evaluation_point" ADD CONSTRAINT "FK_51f0f25d358724af8a6ab906788" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "evaluation_point" ADD CONSTRAINT "FK_5514d5b0b00f2ccbb777f0afb72" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "evaluation_point" ADD CONSTRAINT "FK_91d6c674c18dbc29a5405658d71" FOREIGN KEY ("benefit_id") REFERENCES "benefit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "evaluation_point" ADD CONSTRAINT "FK_4cb4e5da962ebecaad708043121" FOREIGN KEY ("measurement_id") REFERENCES "measurement"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.join(', ')} TO gevinst_app`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY tenant_isolation ON "${table}" USING (organisation_id = ${ORGANISATION}) WITH CHECK (organisation_id = ${ORGANISATION})`);
    }
    for (const [table, rowId] of AUDITED) {
      await q.query(`CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row('${rowId}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Dropping a table drops its triggers, policies and grants with it.
    await q.query(`ALTER TABLE "evaluation_point" DROP CONSTRAINT "FK_4cb4e5da962ebecaad708043121"`);
    await q.query(`ALTER TABLE "evaluation_point" DROP CONSTRAINT "FK_91d6c674c18dbc29a5405658d71"`);
    await q.query(`ALTER TABLE "evaluation_point" DROP CONSTRAINT "FK_5514d5b0b00f2ccbb777f0afb72"`);
    await q.query(`ALTER TABLE "evaluation_point" DROP CONSTRAINT "FK_51f0f25d358724af8a6ab906788"`);
    await q.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_c270e1c3d981d6d5b5a166a134b"`);
    await q.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_327c71f9512e7248d5a202f3b02"`);
    await q.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_04cf1e6733f208fc666c6cac75c"`);
    await q.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_e8863985b4998b0cd66ee4188f7"`);
    await q.query(`ALTER TABLE "benefit_year" DROP CONSTRAINT "FK_84048d44aaa4162c63786c7c5e6"`);
    await q.query(`ALTER TABLE "benefit_year" DROP CONSTRAINT "FK_41b293345929e8df6d6402b02f3"`);
    await q.query(`ALTER TABLE "benefit" DROP CONSTRAINT "FK_a045e148d1fff9fbd3a91c9bdd5"`);
    await q.query(`ALTER TABLE "benefit" DROP CONSTRAINT "FK_be85080555145d4b6352a682b84"`);
    await q.query(`ALTER TABLE "benefit" DROP CONSTRAINT "FK_be6c1b774bc843635f38a683793"`);
    await q.query(`ALTER TABLE "benefit" DROP CONSTRAINT "FK_f547fcf933152493e9d5f19ea08"`);
    await q.query(`ALTER TABLE "benefit" DROP CONSTRAINT "FK_753b8151b83be1d2f2bd368c6cc"`);
    await q.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_62482ba59587319f24a19a47864"`);
    await q.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_fa7a9224a50ecefb884c344c6fc"`);
    await q.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_3bd9d0994fa0323cee1fbe313e8"`);
    await q.query(`ALTER TABLE "strategic_goal" DROP CONSTRAINT "FK_3cfd9ca0827b1bcdfea2222867b"`);
    await q.query(`DROP INDEX "public"."ix_evaluation_point_org_goal"`);
    await q.query(`DROP INDEX "public"."ix_evaluation_point_org_benefit"`);
    await q.query(`DROP TABLE "evaluation_point"`);
    await q.query(`DROP INDEX "public"."ix_measurement_org_goal"`);
    await q.query(`DROP INDEX "public"."ix_measurement_org_benefit"`);
    await q.query(`DROP TABLE "measurement"`);
    await q.query(`DROP TYPE "public"."measurement_kind"`);
    await q.query(`DROP TABLE "benefit_year"`);
    await q.query(`DROP INDEX "public"."ix_benefit_org_initiative"`);
    await q.query(`DROP INDEX "public"."ix_benefit_org_owner"`);
    await q.query(`DROP TABLE "benefit"`);
    await q.query(`DROP TYPE "public"."benefit_status"`);
    await q.query(`DROP TYPE "public"."benefit_unit"`);
    await q.query(`DROP TYPE "public"."benefit_type"`);
    await q.query(`DROP INDEX "public"."ix_goal_org_initiative"`);
    await q.query(`DROP TABLE "goal"`);
    await q.query(`DROP TYPE "public"."goal_direction"`);
    await q.query(`DROP INDEX "public"."ix_strategic_goal_org"`);
    await q.query(`DROP TABLE "strategic_goal"`);
  }
}
