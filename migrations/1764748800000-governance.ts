import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-tables';

/** Rows without a uuid of their own are logged under their parent. Decisions are append-only. */
const TABLES = [
  { table: 'steering_group', rowIdColumn: 'id' },
  { table: 'steering_group_member', rowIdColumn: 'group_id' },
  { table: 'initiative_governance', rowIdColumn: 'initiative_id' },
  { table: 'status_report', rowIdColumn: 'id' },
  { table: 'portfolio_review', rowIdColumn: 'id' },
  { table: 'review_item', rowIdColumn: 'review_id' },
  { table: 'decision', rowIdColumn: 'id', appendOnly: true },
  { table: 'priority_criterion', rowIdColumn: 'id' },
  { table: 'priority_score', rowIdColumn: 'initiative_id' },
  { table: 'risk_appetite', rowIdColumn: 'organisation_id' },
];

/**
 * Governance: steering groups, initiatives' steering and gate requests, status reports (frozen when submitted),
 * portfolio reviews with agendas, the decision log, prioritisation criteria and scores, and risk appetite.
 */
export class Governance1764748800000 implements MigrationInterface {
  name = 'Governance1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."steering_level" AS ENUM('directorate', 'department', 'project')`);
    await q.query(`CREATE TABLE "steering_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "level" "public"."steering_level" NOT NULL, "parent_id" uuid, "chair_user_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_steering_group_org_name" UNIQUE ("organisation_id", "name"), CONSTRAINT "PK_cf49934f4155b9c694c411f8938" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_steering_group_org_parent" ON "steering_group"  ("organisation_id", "parent_id")`);
    await q.query(`CREATE TYPE "public"."review_status" AS ENUM('planned', 'held')`);
    await q.query(`CREATE TABLE "portfolio_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "steering_group_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "held_on" date NOT NULL, "status" "public"."review_status" NOT NULL DEFAULT 'planned', "notes" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce6abfc4cead20ad1b14a01e652" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_portfolio_review_org_held_on" ON "portfolio_review"  ("organisation_id", "held_on")`);
    await q.query(`CREATE TYPE "public"."decision_kind" AS ENUM('approve_phase', 'continue', 'reprioritise', 'pause', 'stop', 'scale')`);
    await q.query(`CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "kind" "public"."decision_kind" NOT NULL, "from_phase" "public"."initiative_phase" NOT NULL, "to_phase" "public"."initiative_phase" NOT NULL, "reason" text, "open_findings" jsonb NOT NULL DEFAULT '[]', "decided_by" uuid, "steering_group_id" uuid, "review_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa4cbd6abf1215054f13c27df5a" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_decision_org_review" ON "decision"  ("organisation_id", "review_id")`);
    await q.query(`CREATE INDEX "ix_decision_org_decided_at" ON "decision"  ("organisation_id", "decided_at")`);
    await q.query(`CREATE INDEX "ix_decision_org_initiative" ON "decision"  ("organisation_id", "initiative_id", "decided_at")`);
    await q.query(`CREATE TABLE "initiative_governance" ("initiative_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "steering_group_id" uuid, "project_owner_id" uuid, "requested_phase" "public"."initiative_phase", "requested_at" TIMESTAMP WITH TIME ZONE, "requested_by" uuid, "request_note" text, "paused_from_phase" "public"."initiative_phase", "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_69c8e068f3eca93abdd72506202" PRIMARY KEY ("initiative_id"))`);
    await q.query(`CREATE INDEX "ix_initiative_governance_org_group" ON "initiative_governance"  ("organisation_id", "steering_group_id")`);
    await q.query(`CREATE TYPE "public"."rag_status" AS ENUM('green', 'amber', 'red')`);
    await q.query(`CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted')`);
    await q.query(`CREATE TABLE "status_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "overall" "public"."rag_status" NOT NULL, "scope_rag" "public"."rag_status" NOT NULL, "time_rag" "public"."rag_status" NOT NULL, "budget_rag" "public"."rag_status" NOT NULL, "benefits_rag" "public"."rag_status" NOT NULL, "risks_rag" "public"."rag_status" NOT NULL, "summary" text NOT NULL, "next_steps" text, "decision_request" text, "status" "public"."report_status" NOT NULL DEFAULT 'draft', "author_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "figures" jsonb, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_status_report_initiative_period" UNIQUE ("initiative_id", "period_start"), CONSTRAINT "ck_status_report_submitted" CHECK (("status" = 'submitted') = ("submitted_at" IS NOT NULL AND "figures" IS NOT NULL)), CONSTRAINT "ck_status_report_period" CHECK ("period_end" >= "period_start"), CONSTRAINT "PK_589d851ea65b2ba502bd01bd5b4" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_status_report_org_initiative" ON "status_report"  ("organisation_id", "initiative_id", "period_end")`);
    await q.query(`CREATE TYPE "public"."agenda_reason" AS ENUM('gate_request', 'red_status', 'amber_status', 'decision_requested', 'overdue_follow_up', 'added')`);
    await q.query(`CREATE TABLE "review_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "review_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "position" smallint NOT NULL, "reasons" "public"."agenda_reason" array NOT NULL, "status_report_id" uuid, CONSTRAINT "uq_review_item_review_initiative" UNIQUE ("review_id", "initiative_id"), CONSTRAINT "PK_91cdf1e8bef5fd3c1c8352e1873" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_review_item_org_review" ON "review_item"  ("organisation_id", "review_id")`);
    await q.query(`CREATE TABLE "priority_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text, "weight" smallint NOT NULL, "inverse" boolean NOT NULL DEFAULT false, "position" smallint NOT NULL, CONSTRAINT "ck_priority_criterion_weight" CHECK ("weight" BETWEEN 0 AND 100), CONSTRAINT "PK_346ae5a4f8d60eab17f8c2af113" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_priority_criterion_org" ON "priority_criterion"  ("organisation_id", "position")`);
    await q.query(`CREATE TABLE "priority_score" ("initiative_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "score" smallint NOT NULL, CONSTRAINT "ck_priority_score_range" CHECK ("score" BETWEEN 0 AND 5), CONSTRAINT "PK_508f22af01c67ede28542d26a5c" PRIMARY KEY ("initiative_id", "criterion_id"))`);
    await q.query(`CREATE TYPE "public"."risk_appetite_level" AS ENUM('averse', 'cautious', 'open')`);
    await q.query(`CREATE TABLE "risk_appetite" ("organisation_id" uuid NOT NULL, "category" "public"."risk_category" NOT NULL, "appetite" "public"."risk_appetite_level" NOT NULL, "statement" text, CONSTRAINT "PK_b3647f6735d24d09a85b4572b65" PRIMARY KEY ("organisation_id", "category"))`);
    await q.query(`CREATE TABLE "steering_group_member" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_bd74cfc9d7dd18e59ccf7681a47" PRIMARY KEY ("group_id", "user_id"))`);
    await q.query(`CREATE INDEX "ix_steering_group_member_org_user" ON "steering_group_member"  ("organisation_id", "user_id")`);
    await q.query(`ALTER TABLE "steering_group" ADD CONSTRAINT "FK_976c385d538e1e58bd4798bfce9" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "steering_group" ADD CONSTRAINT "FK_930a77b8058f627c7a52f6bda90" FOREIGN KEY ("parent_id") REFERENCES "steering_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "steering_group" ADD CONSTRAINT "FK_ae33a5b5a606a3040d0500193f0" FOREIGN KEY ("chair_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "portfolio_review" ADD CONSTRAINT "FK_43cde3da777f31ca615250a1d29" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "portfolio_review" ADD CONSTRAINT "FK_fcc34cc3b88477a8cd62c457b94" FOREIGN KEY ("steering_group_id") REFERENCES "steering_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_4439f00bfcd451db703a733e05e" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_0b6acca1773e10e6d1cd252f38f" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_151703d1ced04c295203a731365" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_2f698318e3d64bb316601e236b2" FOREIGN KEY ("steering_group_id") REFERENCES "steering_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_060f3415e368782d242dce0d5ff" FOREIGN KEY ("review_id") REFERENCES "portfolio_review"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_governance" ADD CONSTRAINT "FK_69c8e068f3eca93abdd72506202" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_governance" ADD CONSTRAINT "FK_e557c23e7b42e5e100e92e63808" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_governance" ADD CONSTRAINT "FK_98d625131cc8b29fef4a0c66ee1" FOREIGN KEY ("steering_group_id") REFERENCES "steering_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_governance" ADD CONSTRAINT "FK_75928f9fad9695327d33534069f" FOREIGN KEY ("project_owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_governance" ADD CONSTRAINT "FK_3b4e685eb475eda8a79bf8bcf0a" FOREIGN KEY ("requested_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "status_report" ADD CONSTRAINT "FK_aeac85815287e9082ca7407c15d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "status_report" ADD CONSTRAINT "FK_3d9d6c5deb1758c5223742c30f4" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "status_report" ADD CONSTRAINT "FK_56f05a1a3f33861834e20443c31" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "review_item" ADD CONSTRAINT "FK_9165bfe1867970a065913801cd2" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "review_item" ADD CONSTRAINT "FK_eaf060f812ad7457caa2c7f9d8e" FOREIGN KEY ("review_id") REFERENCES "portfolio_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "review_item" ADD CONSTRAINT "FK_0692f5fd79795f953b9252c8693" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "review_item" ADD CONSTRAINT "FK_0b0cd2b620b2896edf3b3ae9576" FOREIGN KEY ("status_report_id") REFERENCES "status_report"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "priority_criterion" ADD CONSTRAINT "FK_0321e5fe69b6f0bc00ecfac89ea" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "priority_score" ADD CONSTRAINT "FK_06dcc9ef32b975171f2a6f10460" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "priority_score" ADD CONSTRAINT "FK_0af6603df7d7b99517390908e25" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "priority_score" ADD CONSTRAINT "FK_b3dd867c4943ee1ae2fdb927284" FOREIGN KEY ("criterion_id") REFERENCES "priority_criterion"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risk_appetite" ADD CONSTRAINT "FK_b36a6785265a442df9199bbec69" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "steering_group_member" ADD CONSTRAINT "FK_b34db6d7c46d07bd1ad2fe25d74" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "steering_group_member" ADD CONSTRAINT "FK_497dd89ddbe75ab016aef7fe59a" FOREIGN KEY ("group_id") REFERENCES "steering_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "steering_group_member" ADD CONSTRAINT "FK_68cc139ff555e3617c4e218b689" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await secureTenantTables(q, TABLES);
    // A submitted report is a frozen snapshot: the database refuses any change to it, whatever the caller.
    await q.query(`CREATE FUNCTION status_report_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'submitted' THEN
          RAISE EXCEPTION 'status report % is submitted and frozen', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER frozen BEFORE UPDATE ON "status_report" FOR EACH ROW EXECUTE FUNCTION status_report_frozen()`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Dropping a table drops its triggers, policies and grants with it.
    await q.query(`ALTER TABLE "steering_group_member" DROP CONSTRAINT "FK_68cc139ff555e3617c4e218b689"`);
    await q.query(`ALTER TABLE "steering_group_member" DROP CONSTRAINT "FK_497dd89ddbe75ab016aef7fe59a"`);
    await q.query(`ALTER TABLE "steering_group_member" DROP CONSTRAINT "FK_b34db6d7c46d07bd1ad2fe25d74"`);
    await q.query(`ALTER TABLE "risk_appetite" DROP CONSTRAINT "FK_b36a6785265a442df9199bbec69"`);
    await q.query(`ALTER TABLE "priority_score" DROP CONSTRAINT "FK_b3dd867c4943ee1ae2fdb927284"`);
    await q.query(`ALTER TABLE "priority_score" DROP CONSTRAINT "FK_0af6603df7d7b99517390908e25"`);
    await q.query(`ALTER TABLE "priority_score" DROP CONSTRAINT "FK_06dcc9ef32b975171f2a6f10460"`);
    await q.query(`ALTER TABLE "priority_criterion" DROP CONSTRAINT "FK_0321e5fe69b6f0bc00ecfac89ea"`);
    await q.query(`ALTER TABLE "review_item" DROP CONSTRAINT "FK_0b0cd2b620b2896edf3b3ae9576"`);
    await q.query(`ALTER TABLE "review_item" DROP CONSTRAINT "FK_0692f5fd79795f953b9252c8693"`);
    await q.query(`ALTER TABLE "review_item" DROP CONSTRAINT "FK_eaf060f812ad7457caa2c7f9d8e"`);
    await q.query(`ALTER TABLE "review_item" DROP CONSTRAINT "FK_9165bfe1867970a065913801cd2"`);
    await q.query(`ALTER TABLE "status_report" DROP CONSTRAINT "FK_56f05a1a3f33861834e20443c31"`);
    await q.query(`ALTER TABLE "status_report" DROP CONSTRAINT "FK_3d9d6c5deb1758c5223742c30f4"`);
    await q.query(`ALTER TABLE "status_report" DROP CONSTRAINT "FK_aeac85815287e9082ca7407c15d"`);
    await q.query(`ALTER TABLE "initiative_governance" DROP CONSTRAINT "FK_3b4e685eb475eda8a79bf8bcf0a"`);
    await q.query(`ALTER TABLE "initiative_governance" DROP CONSTRAINT "FK_75928f9fad9695327d33534069f"`);
    await q.query(`ALTER TABLE "initiative_governance" DROP CONSTRAINT "FK_98d625131cc8b29fef4a0c66ee1"`);
    await q.query(`ALTER TABLE "initiative_governance" DROP CONSTRAINT "FK_e557c23e7b42e5e100e92e63808"`);
    await q.query(`ALTER TABLE "initiative_governance" DROP CONSTRAINT "FK_69c8e068f3eca93abdd72506202"`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_060f3415e368782d242dce0d5ff"`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_2f698318e3d64bb316601e236b2"`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_151703d1ced04c295203a731365"`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_0b6acca1773e10e6d1cd252f38f"`);
    await q.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_4439f00bfcd451db703a733e05e"`);
    await q.query(`ALTER TABLE "portfolio_review" DROP CONSTRAINT "FK_fcc34cc3b88477a8cd62c457b94"`);
    await q.query(`ALTER TABLE "portfolio_review" DROP CONSTRAINT "FK_43cde3da777f31ca615250a1d29"`);
    await q.query(`ALTER TABLE "steering_group" DROP CONSTRAINT "FK_ae33a5b5a606a3040d0500193f0"`);
    await q.query(`ALTER TABLE "steering_group" DROP CONSTRAINT "FK_930a77b8058f627c7a52f6bda90"`);
    await q.query(`ALTER TABLE "steering_group" DROP CONSTRAINT "FK_976c385d538e1e58bd4798bfce9"`);
    await q.query(`DROP INDEX "public"."ix_steering_group_member_org_user"`);
    await q.query(`DROP TABLE "steering_group_member"`);
    await q.query(`DROP TABLE "risk_appetite"`);
    await q.query(`DROP TYPE "public"."risk_appetite_level"`);
    await q.query(`DROP TABLE "priority_score"`);
    await q.query(`DROP INDEX "public"."ix_priority_criterion_org"`);
    await q.query(`DROP TABLE "priority_criterion"`);
    await q.query(`DROP INDEX "public"."ix_review_item_org_review"`);
    await q.query(`DROP TABLE "review_item"`);
    await q.query(`DROP TYPE "public"."agenda_reason"`);
    await q.query(`DROP INDEX "public"."ix_status_report_org_initiative"`);
    await q.query(`DROP TABLE "status_report"`);
    await q.query(`DROP TYPE "public"."report_status"`);
    await q.query(`DROP TYPE "public"."rag_status"`);
    await q.query(`DROP INDEX "public"."ix_initiative_governance_org_group"`);
    await q.query(`DROP TABLE "initiative_governance"`);
    await q.query(`DROP INDEX "public"."ix_decision_org_initiative"`);
    await q.query(`DROP INDEX "public"."ix_decision_org_decided_at"`);
    await q.query(`DROP INDEX "public"."ix_decision_org_review"`);
    await q.query(`DROP TABLE "decision"`);
    await q.query(`DROP TYPE "public"."decision_kind"`);
    await q.query(`DROP INDEX "public"."ix_portfolio_review_org_held_on"`);
    await q.query(`DROP TABLE "portfolio_review"`);
    await q.query(`DROP TYPE "public"."review_status"`);
    await q.query(`DROP INDEX "public"."ix_steering_group_org_parent"`);
    await q.query(`DROP TABLE "steering_group"`);
    await q.query(`DROP TYPE "public"."steering_level"`);
    await q.query(`DROP FUNCTION status_report_frozen()`);
  }
}
