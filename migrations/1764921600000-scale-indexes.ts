import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes found missing by the scale benchmark (npm run bench on npm run seed:scale's data).
 *
 * An organisation's live initiatives, as an index-only range: most portfolio queries start from them, and without it
 * PostgreSQL read the whole initiative table (every organisation's rows) to find one organisation's.
 *
 * Indexes led by the foreign key on the large child tables. PostgreSQL's foreign-key actions (a goal's or benefit's
 * delete cascading to its measurements and evaluation points, a measurement's delete clearing the points it
 * fulfilled, a risk's delete cascading to its actions) search the child by the key alone: with the organisation
 * first, each was a sequential scan over every organisation's rows (seconds per delete at national scale). Every
 * read of these rows is per goal, benefit or risk, each of which belongs to one organisation, so the new indexes
 * replace the organisation-led ones instead of adding to the cost of each write.
 */
export class ScaleIndexes1764921600000 implements MigrationInterface {
  name = 'ScaleIndexes1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_initiative_org_live" ON "initiative" ("organisation_id", "id") WHERE "archived_at" IS NULL`);
    await q.query(`DROP INDEX "public"."ix_risk_action_org_risk"`);
    await q.query(`DROP INDEX "public"."ix_measurement_org_benefit"`);
    await q.query(`DROP INDEX "public"."ix_measurement_org_goal"`);
    await q.query(`DROP INDEX "public"."ix_evaluation_point_org_benefit"`);
    await q.query(`DROP INDEX "public"."ix_evaluation_point_org_goal"`);
    await q.query(`CREATE INDEX "ix_risk_action_risk" ON "risk_action" ("risk_id")`);
    await q.query(`CREATE INDEX "ix_benefit_goal" ON "benefit" ("goal_id") WHERE "goal_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_goal_strategic_goal" ON "goal" ("strategic_goal_id") WHERE "strategic_goal_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_measurement_benefit" ON "measurement" ("benefit_id", "measured_on") WHERE "benefit_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_measurement_goal" ON "measurement" ("goal_id", "measured_on") WHERE "goal_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_evaluation_point_measurement" ON "evaluation_point" ("measurement_id") WHERE "measurement_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_evaluation_point_benefit" ON "evaluation_point" ("benefit_id", "due_date") WHERE "benefit_id" IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_evaluation_point_goal" ON "evaluation_point" ("goal_id", "due_date") WHERE "goal_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_initiative_org_live"`);
    await q.query(`DROP INDEX "public"."ix_evaluation_point_goal"`);
    await q.query(`DROP INDEX "public"."ix_evaluation_point_benefit"`);
    await q.query(`DROP INDEX "public"."ix_evaluation_point_measurement"`);
    await q.query(`DROP INDEX "public"."ix_measurement_goal"`);
    await q.query(`DROP INDEX "public"."ix_measurement_benefit"`);
    await q.query(`DROP INDEX "public"."ix_goal_strategic_goal"`);
    await q.query(`DROP INDEX "public"."ix_benefit_goal"`);
    await q.query(`DROP INDEX "public"."ix_risk_action_risk"`);
    await q.query(`CREATE INDEX "ix_evaluation_point_org_goal" ON "evaluation_point" ("organisation_id", "goal_id", "due_date")`);
    await q.query(`CREATE INDEX "ix_evaluation_point_org_benefit" ON "evaluation_point" ("organisation_id", "benefit_id", "due_date")`);
    await q.query(`CREATE INDEX "ix_measurement_org_goal" ON "measurement" ("organisation_id", "goal_id", "measured_on")`);
    await q.query(`CREATE INDEX "ix_measurement_org_benefit" ON "measurement" ("organisation_id", "benefit_id", "measured_on")`);
    await q.query(`CREATE INDEX "ix_risk_action_org_risk" ON "risk_action" ("organisation_id", "risk_id")`);
  }
}
