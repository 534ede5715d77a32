import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations (tenants), their department trees and initiatives with involved departments and
 * per-year code sequences. Every tenant-owned table carries organisation_id from the start.
 */
export class InitialSchema1764230400000 implements MigrationInterface {
  name = 'InitialSchema1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "municipality_code" smallint NOT NULL, "code_prefix" character varying(6) NOT NULL, "settings" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f34b7ac67bcb8d4f2a9e2282596" UNIQUE ("municipality_code"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "parent_id" uuid, "code" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_department_org_code" UNIQUE ("organisation_id", "code"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_department_org_parent" ON "department" ("organisation_id", "parent_id")`);
    await q.query(`CREATE TABLE "initiative_code_sequence" ("organisation_id" uuid NOT NULL, "year" smallint NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_19ba72d941ffb569a7e1fd113a2" PRIMARY KEY ("organisation_id", "year"))`);
    await q.query(`CREATE TYPE "public"."initiative_size_class" AS ENUM('small', 'large')`);
    await q.query(`CREATE TYPE "public"."technology_radar_ring" AS ENUM('adopt', 'trial', 'assess', 'hold')`);
    await q.query(`CREATE TYPE "public"."initiative_phase" AS ENUM('idea', 'analysis', 'implementation', 'realisation', 'closed', 'paused', 'stopped')`);
    await q.query(`CREATE TABLE "initiative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "purpose" text NOT NULL, "description" text, "expected_value" text, "lead_department_id" uuid NOT NULL, "size_class" "public"."initiative_size_class" NOT NULL, "technology" character varying(200), "radar_ring" "public"."technology_radar_ring", "phase" "public"."initiative_phase" NOT NULL DEFAULT 'idea', "planned_start" date, "planned_end" date, "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_initiative_org_code" UNIQUE ("organisation_id", "code"), CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_initiative_org_updated" ON "initiative" ("organisation_id", "updated_at")`);
    await q.query(`CREATE INDEX "ix_initiative_org_lead_department" ON "initiative" ("organisation_id", "lead_department_id")`);
    await q.query(`CREATE INDEX "ix_initiative_org_phase" ON "initiative" ("organisation_id", "phase")`);
    await q.query(`CREATE TABLE "initiative_department" ("initiative_id" uuid NOT NULL, "department_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_26742e34f65781b361dd4c1e654" PRIMARY KEY ("initiative_id", "department_id"))`);
    await q.query(`CREATE INDEX "ix_initiative_department_org_department" ON "initiative_department" ("organisation_id", "department_id")`);
    await q.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_c84ade69c16ffb4806bc12eceaf" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "department" ADD CONSTRAINT "FK_110d56d702b0880fe9b005878e9" FOREIGN KEY ("parent_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_code_sequence" ADD CONSTRAINT "FK_860ac84c67fb4cd797009bda666" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative" ADD CONSTRAINT "FK_60096034798d9a7ababa88e7902" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative" ADD CONSTRAINT "FK_aba78277e08e55c453b4fdd8102" FOREIGN KEY ("lead_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_department" ADD CONSTRAINT "FK_3dd067f34cf1db4b5b357d500c6" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_department" ADD CONSTRAINT "FK_a84e8b78d5dbd88b20acfa0b558" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_department" ADD CONSTRAINT "FK_fdfeb90193c081209428462005f" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "initiative_department"`);
    await q.query(`DROP TABLE "initiative"`);
    await q.query(`DROP TYPE "public"."initiative_phase"`);
    await q.query(`DROP TYPE "public"."technology_radar_ring"`);
    await q.query(`DROP TYPE "public"."initiative_size_class"`);
    await q.query(`DROP TABLE "initiative_code_sequence"`);
    await q.query(`DROP TABLE "department"`);
    await q.query(`DROP TABLE "organisation"`);
  }
}
