import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Admins maintain the organisation's settings (the default hourly rate of time studies): the runtime role may update
 * that one column. The tenant_isolation policy of migration 2 already confines the UPDATE to the request's organisation.
 */
export class OrganisationSettingsGrant1764489600000 implements MigrationInterface {
  name = 'OrganisationSettingsGrant1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE ("settings") ON organisation TO gevinst_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE ("settings") ON organisation FROM gevinst_app`);
  }
}
