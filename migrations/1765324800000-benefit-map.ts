import type { MigrationInterface, QueryRunner } from 'typeorm';
import { secureTenantTables } from './tenant-tables';

const TABLES = [
  { table: 'benefit_map_node', rowIdColumn: 'id' },
  { table: 'benefit_map_link', rowIdColumn: 'id' },
];

const EVENTS = [
  ['insert', 'INSERT', 'NEW'],
  ['update', 'UPDATE', 'NEW'],
  ['delete', 'DELETE', 'OLD'],
] as const;

/**
 * The benefit map (gevinstdiagram): deliveries and changes of an initiative and their links to changes and benefits,
 * under the same RLS, grants and audit as the rest; dis-benefits on benefit. The health rules read the map, so its
 * tables count changes for the portfolio rollup like every other input (see 1764835200000-initiative-rollup).
 */
export class BenefitMap1765324800000 implements MigrationInterface {
  name = 'BenefitMap1765324800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."map_node_kind" AS ENUM('delivery', 'change')`);
    await q.query(`CREATE TYPE "public"."map_change_status" AS ENUM('open', 'done')`);
    await q.query(`CREATE TABLE "benefit_map_node" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "kind" "public"."map_node_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" text, "owner_user_id" uuid, "due_date" date, "status" "public"."map_change_status", "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_benefit_map_node_change_fields" CHECK ((kind = 'change') = (status IS NOT NULL) AND (kind = 'change' OR due_date IS NULL)), CONSTRAINT "PK_fe9b04d45ec419858d876ef546c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_benefit_map_node_org_initiative" ON "benefit_map_node"  ("organisation_id", "initiative_id") `);
    await q.query(`CREATE TABLE "benefit_map_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "from_node_id" uuid NOT NULL, "to_node_id" uuid, "to_benefit_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_benefit_map_link_one_target" CHECK ((to_node_id IS NULL) <> (to_benefit_id IS NULL)), CONSTRAINT "PK_8f5ba33920fa57800d878274931" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ix_benefit_map_link_to_benefit" ON "benefit_map_link"  ("to_benefit_id") WHERE "to_benefit_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_benefit_map_link_to_node" ON "benefit_map_link"  ("to_node_id") WHERE "to_node_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_benefit_map_link_org_initiative" ON "benefit_map_link"  ("organisation_id", "initiative_id") `);
    await q.query(`CREATE UNIQUE INDEX "ux_benefit_map_link_benefit" ON "benefit_map_link"  ("from_node_id", "to_benefit_id") WHERE "to_benefit_id" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "ux_benefit_map_link_node" ON "benefit_map_link"  ("from_node_id", "to_node_id") WHERE "to_node_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "benefit" ADD "dis_benefit" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "benefit_map_node" ADD CONSTRAINT "FK_0084fa06aef75694de4d9a80816" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_map_node" ADD CONSTRAINT "FK_46647bad278387f033324c70696" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_map_node" ADD CONSTRAINT "FK_10f45c56b1b10f47fdafbfa11fc" FOREIGN KEY ("owner_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_map_link" ADD CONSTRAINT "FK_1e7cbb90db0280274094b1578ca" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_map_link" ADD CONSTRAINT "FK_a4b4330ac0c7338c61bfd23776b" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_map_link" ADD CONSTRAINT "FK_3422aa93a3bb51856374f941869" FOREIGN KEY ("from_node_id") REFERENCES "benefit_map_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_map_link" ADD CONSTRAINT "FK_b9e6a18cdbf17dcde20f5bcdc4c" FOREIGN KEY ("to_node_id") REFERENCES "benefit_map_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "benefit_map_link" ADD CONSTRAINT "FK_6eda0f54f4e01ef8b11a0dc1f5d" FOREIGN KEY ("to_benefit_id") REFERENCES "benefit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await secureTenantTables(q, TABLES);
    for (const { table } of TABLES) {
      for (const [name, event, image] of EVENTS) {
        await q.query(
          `CREATE TRIGGER rollup_${name} AFTER ${event} ON "${table}" REFERENCING ${image} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION count_initiative_changes('SELECT initiative_id FROM changed')`,
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Dropping a table drops its triggers, policies and grants with it.
    await q.query(`ALTER TABLE "benefit_map_link" DROP CONSTRAINT "FK_6eda0f54f4e01ef8b11a0dc1f5d"`);
    await q.query(`ALTER TABLE "benefit_map_link" DROP CONSTRAINT "FK_b9e6a18cdbf17dcde20f5bcdc4c"`);
    await q.query(`ALTER TABLE "benefit_map_link" DROP CONSTRAINT "FK_3422aa93a3bb51856374f941869"`);
    await q.query(`ALTER TABLE "benefit_map_link" DROP CONSTRAINT "FK_a4b4330ac0c7338c61bfd23776b"`);
    await q.query(`ALTER TABLE "benefit_map_link" DROP CONSTRAINT "FK_1e7cbb90db0280274094b1578ca"`);
    await q.query(`ALTER TABLE "benefit_map_node" DROP CONSTRAINT "FK_10f45c56b1b10f47fdafbfa11fc"`);
    await q.query(`ALTER TABLE "benefit_map_node" DROP CONSTRAINT "FK_46647bad278387f033324c70696"`);
    await q.query(`ALTER TABLE "benefit_map_node" DROP CONSTRAINT "FK_0084fa06aef75694de4d9a80816"`);
    await q.query(`ALTER TABLE "benefit" DROP COLUMN "dis_benefit"`);
    await q.query(`DROP TABLE "benefit_map_link"`);
    await q.query(`DROP TABLE "benefit_map_node"`);
    await q.query(`DROP TYPE "public"."map_change_status"`);
    await q.query(`DROP TYPE "public"."map_node_kind"`);
  }
}
