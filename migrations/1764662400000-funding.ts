import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-tables';

/** Rows without a uuid of their own are logged under their parent. */
const TABLES = [
  { table: 'funding_pool', rowIdColumn: 'id' },
  { table: 'funding_pool_year', rowIdColumn: 'pool_id' },
  { table: 'pool_application', rowIdColumn: 'id' },
  { table: 'funding_line', rowIdColumn: 'id' },
];

/** Funding: funding lines per initiative and year (exact øre), funding pools with yearly capital, and applications. */
export class Funding1764662400000 implements MigrationInterface {
  name = 'Funding1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "funding_pool" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "rules" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_funding_pool_org_name" UNIQUE ("organisation_id", "name"), CONSTRAINT "PK_e2408fed041b68343610f2aa2a7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TYPE "public"."funding_category" AS ENUM('acquisition', 'implementation', 'operation', 'risk_reserve', 'other')`);
    await q.query(`CREATE TYPE "public"."application_status" AS ENUM('applied', 'granted', 'rejected')`);
    await q.query(`CREATE TABLE "pool_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "pool_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "year" smallint NOT NULL, "amount_ore" bigint NOT NULL, "category" "public"."funding_category" NOT NULL DEFAULT 'implementation', "purpose" text NOT NULL, "status" "public"."application_status" NOT NULL DEFAULT 'applied', "applied_by" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_pool_application_decided" CHECK (("status" = 'applied') = ("decided_at" IS NULL)), CONSTRAINT "ck_pool_application_amount" CHECK ("amount_ore" > 0), CONSTRAINT "ck_pool_application_year" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_9fbcdd0efc5f7273cf015d322c3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_pool_application_org_initiative" ON "pool_application"  ("organisation_id", "initiative_id")`);
    await q.query(`CREATE INDEX "ix_pool_application_org_pool" ON "pool_application"  ("organisation_id", "pool_id", "year", "status")`);
    await q.query(`CREATE TYPE "public"."funding_source" AS ENUM('own_budget', 'pool', 'central', 'external_grant')`);
    await q.query(`CREATE TYPE "public"."funding_line_status" AS ENUM('proposed', 'confirmed')`);
    await q.query(`CREATE TABLE "funding_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "year" smallint NOT NULL, "category" "public"."funding_category" NOT NULL, "amount_ore" bigint NOT NULL, "source" "public"."funding_source" NOT NULL, "pool_id" uuid, "source_name" character varying(200), "paying_department_id" uuid NOT NULL, "note" text, "status" "public"."funding_line_status" NOT NULL DEFAULT 'proposed', "application_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_funding_line_pool" CHECK (("source" = 'pool') = ("pool_id" IS NOT NULL)), CONSTRAINT "ck_funding_line_amount" CHECK ("amount_ore" > 0), CONSTRAINT "ck_funding_line_year" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_4eaf9255b07d99ca9e17662bfc0" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_funding_line_org_department" ON "funding_line"  ("organisation_id", "paying_department_id")`);
    await q.query(`CREATE INDEX "ix_funding_line_org_year" ON "funding_line"  ("organisation_id", "year")`);
    await q.query(`CREATE INDEX "ix_funding_line_org_initiative" ON "funding_line"  ("organisation_id", "initiative_id", "year")`);
    await q.query(`CREATE TABLE "funding_pool_year" ("pool_id" uuid NOT NULL, "year" smallint NOT NULL, "organisation_id" uuid NOT NULL, "capital_ore" bigint NOT NULL, CONSTRAINT "ck_funding_pool_year_capital" CHECK ("capital_ore" >= 0), CONSTRAINT "ck_funding_pool_year_range" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_ea69ad698546c042fcda0b55f13" PRIMARY KEY ("pool_id", "year"))`);
    await q.query(`ALTER TABLE "funding_pool" ADD CONSTRAINT "FK_094fb66ee36187c53460cea868c" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "pool_application" ADD CONSTRAINT "FK_ba58ca1f8fcb86cfb6928d80253" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "pool_application" ADD CONSTRAINT "FK_de5abeef8b5bfa77612e7ca2ec8" FOREIGN KEY ("pool_id") REFERENCES "funding_pool"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "pool_application" ADD CONSTRAINT "FK_689528533cdc8700d7effbc2412" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "pool_application" ADD CONSTRAINT "FK_a22e8d3dc00dcbe77647291c1d9" FOREIGN KEY ("applied_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "pool_application" ADD CONSTRAINT "FK_47cb7f4b9efea14e138e781a5e6" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_3ed23d424b911332c257e953a4f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_e64ff8da93598cd3dd58029c1ca" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_3462508d7229ad510882a19d131" FOREIGN KEY ("pool_id") REFERENCES "funding_pool"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_b3f07f0386a9f8f4b979fdcd986" FOREIGN KEY ("paying_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "funding_line" ADD CONSTRAINT "FK_e0ce32a9263780ee401d92c61bf" FOREIGN KEY ("application_id") REFERENCES "pool_application"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "funding_pool_year" ADD CONSTRAINT "FK_1d22da268bfcf9cc86e0a4ebf8a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "funding_pool_year" ADD CONSTRAINT "FK_47772953f85a22c1dc4206af8d5" FOREIGN KEY ("pool_id") REFERENCES "funding_pool"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await secureTenantTables(q, TABLES);
  }

  async down(q: QueryRunner): Promise<void> {
    // Dropping a table drops its triggers, policies and grants with it.
    await q.query(`ALTER TABLE "funding_pool_year" DROP CONSTRAINT "FK_47772953f85a22c1dc4206af8d5"`);
    await q.query(`ALTER TABLE "funding_pool_year" DROP CONSTRAINT "FK_1d22da268bfcf9cc86e0a4ebf8a"`);
    await q.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_e0ce32a9263780ee401d92c61bf"`);
    await q.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_b3f07f0386a9f8f4b979fdcd986"`);
    await q.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_3462508d7229ad510882a19d131"`);
    await q.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_e64ff8da93598cd3dd58029c1ca"`);
    await q.query(`ALTER TABLE "funding_line" DROP CONSTRAINT "FK_3ed23d424b911332c257e953a4f"`);
    await q.query(`ALTER TABLE "pool_application" DROP CONSTRAINT "FK_47cb7f4b9efea14e138e781a5e6"`);
    await q.query(`ALTER TABLE "pool_application" DROP CONSTRAINT "FK_a22e8d3dc00dcbe77647291c1d9"`);
    await q.query(`ALTER TABLE "pool_application" DROP CONSTRAINT "FK_689528533cdc8700d7effbc2412"`);
    await q.query(`ALTER TABLE "pool_application" DROP CONSTRAINT "FK_de5abeef8b5bfa77612e7ca2ec8"`);
    await q.query(`ALTER TABLE "pool_application" DROP CONSTRAINT "FK_ba58ca1f8fcb86cfb6928d80253"`);
    await q.query(`ALTER TABLE "funding_pool" DROP CONSTRAINT "FK_094fb66ee36187c53460cea868c"`);
    await q.query(`DROP TABLE "funding_pool_year"`);
    await q.query(`DROP INDEX "public"."ix_funding_line_org_initiative"`);
    await q.query(`DROP INDEX "public"."ix_funding_line_org_year"`);
    await q.query(`DROP INDEX "public"."ix_funding_line_org_department"`);
    await q.query(`DROP TABLE "funding_line"`);
    await q.query(`DROP TYPE "public"."funding_line_status"`);
    await q.query(`DROP TYPE "public"."funding_source"`);
    await q.query(`DROP INDEX "public"."ix_pool_application_org_pool"`);
    await q.query(`DROP INDEX "public"."ix_pool_application_org_initiative"`);
    await q.query(`DROP TABLE "pool_application"`);
    await q.query(`DROP TYPE "public"."application_status"`);
    await q.query(`DROP TYPE "public"."funding_category"`);
    await q.query(`DROP TABLE "funding_pool"`);
  }
}
