import { Injectable } from '@nestjs/common';
import { RISK_CATEGORIES } from '@gevinst/domain';
import type { RiskAppetiteStatement } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import type { RiskAppetitesDto } from './dto/priority.dto';

/**
 * The organisation's stated risk appetite per area (risk category). Only stated areas are returned, in the order of
 * RISK_CATEGORIES: an area without a statement has none, rather than a default that nobody decided.
 */
@Injectable()
export class RiskAppetiteService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser): Promise<RiskAppetiteStatement[]> {
    const rows: RiskAppetiteStatement[] = await this.db.manager.query(
      'SELECT category, appetite, statement FROM risk_appetite WHERE organisation_id = $1',
      [user.organisationId],
    );
    return rows.sort((a, b) => RISK_CATEGORIES.indexOf(a.category) - RISK_CATEGORIES.indexOf(b.category));
  }

  /** Replaces the whole statement: an area left out is no longer stated. */
  async replace(user: AuthUser, dto: RiskAppetitesDto): Promise<RiskAppetiteStatement[]> {
    const duplicates = dto.appetites.flatMap((a, index) =>
      dto.appetites.findIndex((other) => other.category === a.category) !== index
        ? [{ field: `appetites.${index}.category`, messages: ['Området er angivet to gange'] }]
        : [],
    );
    if (duplicates.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', duplicates);
    const { manager } = this.db;
    const organisationId = user.organisationId;
    await manager.query('DELETE FROM risk_appetite WHERE organisation_id = $1 AND category <> ALL ($2::risk_category[])', [
      organisationId,
      dto.appetites.map((a) => a.category),
    ]);
    if (dto.appetites.length > 0) {
      await manager.query(
        `INSERT INTO risk_appetite (organisation_id, category, appetite, statement)
         SELECT $1, v.category, v.appetite, v.statement
         FROM jsonb_to_recordset($2::jsonb) AS v(category risk_category, appetite risk_appetite_level, statement text)
         ON CONFLICT (organisation_id, category) DO UPDATE SET appetite = EXCLUDED.appetite, statement = EXCLUDED.statement
         WHERE (risk_appetite.appetite, risk_appetite.statement) IS DISTINCT FROM (EXCLUDED.appetite, EXCLUDED.statement)`,
        [organisationId, JSON.stringify(dto.appetites.map(({ category, appetite, statement }) => ({ category, appetite, statement: statement ?? null })))],
      );
    }
    return this.list(user);
  }
}
