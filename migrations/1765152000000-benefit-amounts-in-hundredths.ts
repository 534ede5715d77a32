import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Benefit amounts are kept in hundredths (øre for DKK), as the API validates them, so every total is exact and the
 * overview, the totals and the exports agree without rounding anywhere. Older rows with finer amounts are rounded once.
 */
export class BenefitAmountsInHundredths1765152000000 implements MigrationInterface {
  name = 'BenefitAmountsInHundredths1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "benefit_year" ALTER COLUMN "planned" TYPE numeric(15,2) USING round("planned", 2),
                                              ALTER COLUMN "realised" TYPE numeric(15,2) USING round("realised", 2)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "benefit_year" ALTER COLUMN "planned" TYPE numeric, ALTER COLUMN "realised" TYPE numeric`);
  }
}
