import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's time follows the app's clock. Rules read it as business dates (the day an initiative left analysis),
 * so a database whose tests run on another day (TEST_TODAY) sets `app.clock_shift_days` on itself; nothing sets it in
 * production, where app_clock_now() is clock_timestamp().
 */
export class AuditClock1765065600000 implements MigrationInterface {
  name = 'AuditClock1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION app_clock_now() RETURNS timestamptz LANGUAGE sql VOLATILE AS $$
      SELECT clock_timestamp() + make_interval(days => COALESCE(NULLIF(current_setting('app.clock_shift_days', true), '')::int, 0))
    $$`);
    await q.query(`ALTER TABLE "audit_log" ALTER COLUMN "at" SET DEFAULT app_clock_now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_log" ALTER COLUMN "at" SET DEFAULT clock_timestamp()`);
    await q.query(`DROP FUNCTION app_clock_now()`);
  }
}
