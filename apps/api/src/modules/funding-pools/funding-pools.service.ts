import { Injectable } from '@nestjs/common';
import { kronerToOre, oreToKroner } from '@gevinst/domain';
import type { FieldError, FundingPool } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { staleVersion } from '../goals/initiative-access';
import type { CreateFundingPoolDto, PoolYearDto, UpdateFundingPoolDto } from './dto/funding-pool.dto';
import { FundingPoolYearEntity } from './funding-pool-year.entity';
import { FundingPoolEntity } from './funding-pool.entity';
import { versionedUpdate } from '../../common/versioning/versioned-update';

interface PoolRow {
  id: string;
  name: string;
  rules: string | null;
  version: number;
  years: { year: number; capital_ore: string; granted_ore: string }[];
}

/** Funding pools and their capital per year, with what is granted and what remains (summed in SQL, in øre). */
@Injectable()
export class FundingPoolsService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser): Promise<FundingPool[]> {
    return this.select(user, 'TRUE ORDER BY p.name', []);
  }

  async get(user: AuthUser, id: string): Promise<FundingPool> {
    const [pool] = await this.select(user, 'p.id = $2', [id]);
    if (!pool) throw notFound('Funding pool');
    return pool;
  }

  async create(user: AuthUser, dto: CreateFundingPoolDto): Promise<FundingPool> {
    checkYears(dto.years);
    const { identifiers } = await this.db.manager
      .getRepository(FundingPoolEntity)
      .insert({ organisationId: user.organisationId, name: dto.name, rules: dto.rules ?? null });
    const id = identifiers[0].id as string;
    await this.replaceYears(user, id, dto.years);
    return this.get(user, id);
  }

  /** Capital may not fall below what is already granted in a year; years with grants cannot be removed. */
  async update(user: AuthUser, id: string, dto: UpdateFundingPoolDto): Promise<FundingPool> {
    const current = await this.get(user, id);
    if (current.version !== dto.version) throw staleVersion('funding pool', current);
    const { version, years, ...changes } = dto;
    if (years) {
      checkYears(years);
      // Lock the pool's years first: a grant decided meanwhile waits, then sees the new capital.
      await this.db.manager.query('SELECT 1 FROM funding_pool_year WHERE organisation_id = $1 AND pool_id = $2 FOR UPDATE', [user.organisationId, id]);
      const granted = await this.grantedByYear(user, id);
      const errors: FieldError[] = [];
      for (const [year, ore] of granted) {
        const index = years.findIndex((y) => y.year === year);
        if (index < 0) errors.push({ field: 'years', messages: [`${year} has grants of ${oreToKroner(ore)} kr. and cannot be removed`] });
        else if (kronerToOre(years[index].capital) < ore) {
          errors.push({ field: `years.${index}.capital`, messages: [`${oreToKroner(ore)} kr. is already granted in ${year}; the capital cannot be lower`] });
        }
      }
      if (errors.length > 0) throw new DomainError('INVALID_STATE', 'The capital would fall below what is granted', errors);
    }
    const capital = (list: { year: number; capital: number }[]) => list.map((y) => `${y.year}:${kronerToOre(y.capital)}`).sort().join();
    const yearsChanged = years !== undefined && capital(years) !== capital(current.years);
    const key = { id, organisationId: user.organisationId, version };
    if ((await versionedUpdate(this.db.manager, FundingPoolEntity, key, changes, { force: yearsChanged })) === 'stale') {
      throw staleVersion('funding pool', await this.get(user, id));
    }
    if (years && yearsChanged) await this.replaceYears(user, id, years);
    return this.get(user, id);
  }

  private async grantedByYear(user: AuthUser, poolId: string): Promise<Map<number, number>> {
    const rows: { year: number; ore: string }[] = await this.db.manager.query(
      `SELECT year, sum(amount_ore)::text AS ore FROM pool_application
       WHERE organisation_id = $1 AND pool_id = $2 AND status = 'granted' GROUP BY year`,
      [user.organisationId, poolId],
    );
    return new Map(rows.map((row) => [row.year, Number(row.ore)]));
  }

  private async replaceYears(user: AuthUser, poolId: string, years: PoolYearDto[]): Promise<void> {
    const repository = this.db.manager.getRepository(FundingPoolYearEntity);
    const { organisationId } = user;
    await repository.delete({ organisationId, poolId });
    if (years.length > 0) {
      await repository.insert(years.map((y) => ({ organisationId, poolId, year: y.year, capitalOre: String(kronerToOre(y.capital)) })));
    }
  }

  private async select(user: AuthUser, where: string, params: unknown[]): Promise<FundingPool[]> {
    const rows: PoolRow[] = await this.db.manager.query(
      `SELECT p.id, p.name, p.rules, p.version,
              COALESCE((SELECT json_agg(json_build_object('year', y.year, 'capital_ore', y.capital_ore::text,
                          'granted_ore', COALESCE(g.ore, 0)::text) ORDER BY y.year)
                        FROM funding_pool_year y
                        LEFT JOIN (SELECT a.year, sum(a.amount_ore) AS ore FROM pool_application a
                                   WHERE a.pool_id = p.id AND a.status = 'granted' GROUP BY a.year) g ON g.year = y.year
                        WHERE y.pool_id = p.id), '[]'::json) AS years
       FROM funding_pool p WHERE p.organisation_id = $1 AND ${where}`,
      [user.organisationId, ...params],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      rules: row.rules,
      version: row.version,
      years: row.years.map((y) => ({
        year: y.year,
        capital: oreToKroner(y.capital_ore),
        granted: oreToKroner(y.granted_ore),
        remaining: oreToKroner(Number(y.capital_ore) - Number(y.granted_ore)),
      })),
    }));
  }
}

function checkYears(years: { year: number }[]): void {
  const seen = new Set<number>();
  years.forEach(({ year }, index) => {
    if (seen.has(year)) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: `years.${index}.year`, messages: [`${year} appears twice`] }]);
    seen.add(year);
  });
}
