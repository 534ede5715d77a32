import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The simple business case (issue 16): pessimistic and optimistic yearly figures beside a benefit's planned one (null:
 * the scenario uses the planned figure), and the case frozen with each gate decision, so a steering group can compare
 * "as approved" with "as now". The decision table stays append-only; the new column comes with its INSERT grant.
 */
export class BusinessCase1765411200000 implements MigrationInterface {
  name = 'BusinessCase1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "benefit_year" ADD "planned_low" numeric(15,2), ADD "planned_high" numeric(15,2)`);
    await q.query(
      `ALTER TABLE "benefit_year" ADD CONSTRAINT "ck_benefit_year_three_point" CHECK (("planned_low" IS NULL OR "planned_low" <= "planned") AND ("planned_high" IS NULL OR "planned_high" >= "planned"))`,
    );
    await q.query(`ALTER TABLE "decision" ADD "business_case" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision" DROP COLUMN "business_case"`);
    await q.query(`ALTER TABLE "benefit_year" DROP CONSTRAINT "ck_benefit_year_three_point"`);
    await q.query(`ALTER TABLE "benefit_year" DROP COLUMN "planned_high", DROP COLUMN "planned_low"`);
  }
}
