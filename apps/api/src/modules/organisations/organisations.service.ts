import { Injectable } from '@nestjs/common';
import type { Organisation, OrganisationSettingsRequest } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { OrganisationEntity } from './organisation.entity';

const rate = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

const toView = ({ id, name, municipalityCode, codePrefix, settings }: OrganisationEntity): Organisation => ({
  id,
  name,
  municipalityCode,
  codePrefix,
  settings: { hourlyRateDkk: rate(settings?.['hourlyRateDkk']) },
});

/** The request's organisation; row-level security confines every query to it. */
@Injectable()
export class OrganisationsService {
  constructor(private readonly db: TenantDb) {}

  async current(user: AuthUser): Promise<Organisation> {
    const organisation = await this.db.manager.getRepository(OrganisationEntity).findOneBy({ id: user.organisationId });
    if (!organisation) throw notFound('Organisation');
    return toView(organisation);
  }

  /** Merges into settings, keeping keys this request does not know. The app role may update only that column. */
  async updateSettings(user: AuthUser, dto: OrganisationSettingsRequest): Promise<Organisation> {
    await this.db.manager.query(
      `UPDATE organisation SET settings = coalesce(settings, '{}'::jsonb) || jsonb_build_object('hourlyRateDkk', $1::numeric) WHERE id = $2`,
      [dto.hourlyRateDkk, user.organisationId],
    );
    return this.current(user);
  }
}
