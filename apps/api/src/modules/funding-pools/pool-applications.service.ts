import { Injectable } from '@nestjs/common';
import { kronerToOre, oreToKroner } from '@gevinst/domain';
import type { ApplicationStatus, FundingCategory, Page, PoolApplication } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { FundingLineEntity } from '../funding/funding-line.entity';
import { authorise, initiativeLead, staleVersion } from '../goals/initiative-access';
import type { CreateApplicationDto, DecideApplicationDto, ListApplicationsQuery } from './dto/funding-pool.dto';
import { PoolApplicationEntity } from './pool-application.entity';
import { Clock } from '../../common/clock/clock';

interface ApplicationRow {
  id: string;
  pool_id: string;
  pool_name: string;
  initiative_id: string;
  code: string;
  initiative_title: string;
  lead_department_id: string;
  year: number;
  amount_ore: string;
  category: FundingCategory;
  purpose: string;
  status: ApplicationStatus;
  applied_by: string | null;
  applicant_name: string | null;
  applied_at: Date;
  decided_by: string | null;
  decider_name: string | null;
  decided_at: Date | null;
  reason: string | null;
  funding_line_id: string | null;
  version: number;
}

const COLUMNS = `a.id, a.pool_id, p.name AS pool_name, a.initiative_id, i.code, i.title AS initiative_title, i.lead_department_id,
  a.year, a.amount_ore::text AS amount_ore, a.category, a.purpose, a.status, a.applied_by, u.name AS applicant_name,
  a.created_at AS applied_at, a.decided_by, v.name AS decider_name, a.decided_at, a.reason, a.version,
  (SELECT f.id FROM funding_line f WHERE f.application_id = a.id LIMIT 1) AS funding_line_id`;
const FROM = `pool_application a JOIN funding_pool p ON p.id = a.pool_id JOIN initiative i ON i.id = a.initiative_id
  LEFT JOIN app_user u ON u.id = a.applied_by LEFT JOIN app_user v ON v.id = a.decided_by`;

const toApplication = (row: ApplicationRow): PoolApplication => ({
  id: row.id,
  pool: { id: row.pool_id, name: row.pool_name },
  initiative: { id: row.initiative_id, code: row.code, title: row.initiative_title },
  year: row.year,
  amount: oreToKroner(row.amount_ore),
  category: row.category,
  purpose: row.purpose,
  status: row.status,
  appliedBy: row.applied_by ? { id: row.applied_by, name: row.applicant_name ?? '' } : null,
  appliedAt: row.applied_at.toISOString(),
  decidedBy: row.decided_by ? { id: row.decided_by, name: row.decider_name ?? '' } : null,
  decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
  reason: row.reason,
  fundingLineId: row.funding_line_id,
  version: row.version,
});

/** Applications to funding pools and finance's decisions; a grant becomes a confirmed funding line. */
@Injectable()
export class PoolApplicationsService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  async list(user: AuthUser, query: ListApplicationsQuery): Promise<Page<PoolApplication>> {
    const params: unknown[] = [user.organisationId];
    const add = (value: unknown) => `$${params.push(value)}`;
    const where = ['a.organisation_id = $1'];
    if (query.poolId) where.push(`a.pool_id = ${add(query.poolId)}`);
    if (query.initiativeId) where.push(`a.initiative_id = ${add(query.initiativeId)}`);
    if (query.status?.length) where.push(`a.status = ANY(${add(query.status)}::application_status[])`);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const rows: (ApplicationRow & { total: string })[] = await this.db.manager.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM ${FROM} WHERE ${where.join(' AND ')}
       ORDER BY a.created_at DESC, a.id LIMIT ${add(pageSize)} OFFSET ${add((page - 1) * pageSize)}`,
      params,
    );
    return { items: rows.map(toApplication), total: rows.length > 0 ? Number(rows[0].total) : 0, page, pageSize };
  }

  async get(user: AuthUser, id: string): Promise<PoolApplication & { leadDepartmentId: string }> {
    const rows: ApplicationRow[] = await this.db.manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.organisation_id = $1 AND a.id = $2`, [
      user.organisationId,
      id,
    ]);
    if (rows.length === 0) throw notFound('Application');
    return { ...toApplication(rows[0]), leadDepartmentId: rows[0].lead_department_id };
  }

  /** The lead of the initiative applies; the year must have capital and the amount fit what remains. */
  async create(user: AuthUser, poolId: string, dto: CreateApplicationDto): Promise<PoolApplication> {
    const pools: { id: string }[] = await this.db.manager.query('SELECT id FROM funding_pool WHERE organisation_id = $1 AND id = $2', [user.organisationId, poolId]);
    if (pools.length === 0) throw notFound('Funding pool');
    const lead = await initiativeLead(this.db.manager, user, dto.initiativeId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', [{ field: 'initiativeId', messages: ['Unknown initiative'] }]);
      }
      throw error;
    });
    authorise(user, 'application.create', { leadsInitiative: lead === user.id }, 'You may apply only for initiatives you lead');
    const amountOre = kronerToOre(dto.amount);
    const remaining = await this.remainingOre(user, poolId, dto.year, false);
    if (amountOre > remaining) throw aboveRemaining(remaining);
    const { identifiers } = await this.db.manager.getRepository(PoolApplicationEntity).insert({
      organisationId: user.organisationId,
      poolId,
      initiativeId: dto.initiativeId,
      year: dto.year,
      amountOre: String(amountOre),
      category: dto.category ?? 'implementation',
      purpose: dto.purpose,
      appliedBy: user.id,
    });
    return this.get(user, identifiers[0].id as string);
  }

  /**
   * Grant or reject. A grant locks the pool's year row first, so grants decided at the same moment queue up and each
   * sees the others' grants: together they can never exceed the capital. The grant becomes a confirmed funding line.
   */
  async decide(user: AuthUser, id: string, dto: DecideApplicationDto): Promise<PoolApplication> {
    const current = await this.get(user, id);
    if (current.version !== dto.version) throw staleVersion('application', current);
    if (current.status !== 'applied') throw new DomainError('INVALID_STATE', `The application is already ${current.status}`);
    if (dto.decision === 'rejected' && !dto.reason) {
      throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: 'reason', messages: ['Give the applicant a reason for the rejection'] }]);
    }
    const amountOre = kronerToOre(current.amount);
    if (dto.decision === 'granted') {
      const remaining = await this.remainingOre(user, current.pool.id, current.year, true);
      if (amountOre > remaining) throw aboveRemaining(remaining);
    }
    const result = await this.db.manager
      .createQueryBuilder()
      .update(PoolApplicationEntity)
      .set({ status: dto.decision, decidedBy: user.id, decidedAt: this.clock.now(), reason: dto.reason ?? null, version: () => 'version + 1' })
      .where('id = :id AND organisation_id = :org AND version = :version', { id, org: user.organisationId, version: dto.version })
      .execute();
    if (result.affected !== 1) throw staleVersion('application', await this.get(user, id));
    if (dto.decision === 'granted') {
      await this.db.manager.getRepository(FundingLineEntity).insert({
        organisationId: user.organisationId,
        initiativeId: current.initiative.id,
        year: current.year,
        category: current.category,
        amountOre: String(amountOre),
        source: 'pool',
        poolId: current.pool.id,
        payingDepartmentId: current.leadDepartmentId,
        note: `Bevilget fra ${current.pool.name}`,
        status: 'confirmed',
        applicationId: id,
      });
    }
    return this.get(user, id);
  }

  /** Capital minus grants of the pool's year, in øre; `lock` holds the year row until the transaction ends. */
  private async remainingOre(user: AuthUser, poolId: string, year: number, lock: boolean): Promise<number> {
    const years: { capital_ore: string }[] = await this.db.manager.query(
      `SELECT capital_ore::text FROM funding_pool_year WHERE organisation_id = $1 AND pool_id = $2 AND year = $3${lock ? ' FOR UPDATE' : ''}`,
      [user.organisationId, poolId, year],
    );
    if (years.length === 0) {
      throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', [{ field: 'year', messages: [`The pool has no capital for ${year}`] }]);
    }
    const [{ ore }]: { ore: string }[] = await this.db.manager.query(
      `SELECT COALESCE(sum(amount_ore), 0)::text AS ore FROM pool_application
       WHERE organisation_id = $1 AND pool_id = $2 AND year = $3 AND status = 'granted'`,
      [user.organisationId, poolId, year],
    );
    return Number(years[0].capital_ore) - Number(ore);
  }
}

const aboveRemaining = (remainingOre: number) =>
  new DomainError('INVALID_STATE', `The amount exceeds the pool's remaining capital (${oreToKroner(remainingOre)} kr.)`, [
    { field: 'amount', messages: [`At most ${oreToKroner(remainingOre)} kr. remains in the pool this year`] },
  ]);
