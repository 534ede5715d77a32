import { Injectable } from '@nestjs/common';
import { BUSINESS_CASE_LIMITS, DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS, DEFAULT_REVIEW_CYCLE, REVIEW_CYCLES } from '@gevinst/domain';
import type { Organisation, OrganisationSettings, OrganisationSettingsRequest, ReviewCycle } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { OrganisationEntity } from './organisation.entity';

const rate = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The organisation's review cycle as stored in its settings (the default when none is chosen). */
export const reviewCycleOf = (settings: Record<string, unknown> | null | undefined): ReviewCycle =>
  REVIEW_CYCLES.find((c) => c === settings?.['reviewCycle']) ?? DEFAULT_REVIEW_CYCLE;

/** The stored value when it is within bounds, else the default (settings written before the bounds, or by hand). */
const within = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;

/** Every setting as the API uses it, defaults filled in; the business case reads the same function. */
export const settingsOf = (settings: Record<string, unknown> | null | undefined): OrganisationSettings => ({
  hourlyRateDkk: rate(settings?.['hourlyRateDkk']),
  reviewCycle: reviewCycleOf(settings),
  discountRate: within(settings?.['discountRate'], 0, BUSINESS_CASE_LIMITS.discountRateMax, DEFAULT_DISCOUNT_RATE),
  horizonYears: within(Number.isInteger(settings?.['horizonYears']) ? settings?.['horizonYears'] : null, BUSINESS_CASE_LIMITS.horizonYearsMin, BUSINESS_CASE_LIMITS.horizonYearsMax, DEFAULT_HORIZON_YEARS),
});

const toView = ({ id, name, municipalityCode, codePrefix, settings }: OrganisationEntity): Organisation => ({
  id,
  name,
  municipalityCode,
  codePrefix,
  settings: settingsOf(settings),
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
      // Written only when the settings really change, so the audit log holds no empty entries.
      `UPDATE organisation o SET settings = n.settings
         FROM (SELECT coalesce(settings, '{}'::jsonb) || jsonb_build_object('hourlyRateDkk', $1::numeric)
                 || CASE WHEN $3::text IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('reviewCycle', $3::text) END
                 || CASE WHEN $4::numeric IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('discountRate', $4::numeric) END
                 || CASE WHEN $5::int IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('horizonYears', $5::int) END AS settings
               FROM organisation WHERE id = $2) n
       WHERE o.id = $2 AND o.settings IS DISTINCT FROM n.settings`,
      [dto.hourlyRateDkk, user.organisationId, dto.reviewCycle ?? null, dto.discountRate ?? null, dto.horizonYears ?? null],
    );
    return this.current(user);
  }
}
