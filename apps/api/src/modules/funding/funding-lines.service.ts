import { Injectable } from '@nestjs/common';
import { can, kronerToOre } from '@gevinst/domain';
import type { FieldError, FundingLine } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { DepartmentEntity } from '../departments/department.entity';
import { FundingPoolEntity } from '../funding-pools/funding-pool.entity';
import { authorise, initiativeLead, staleVersion } from '../goals/initiative-access';
import type { CreateFundingLineDto, UpdateFundingLineDto } from './dto/funding-line.dto';
import { FUNDING_LINE_COLUMNS, FUNDING_LINE_FROM, FundingLineRow, toFundingLine } from './funding-line-rows';
import { FundingLineEntity } from './funding-line.entity';
import { versionedUpdate } from '../../common/versioning/versioned-update';

const FORBIDDEN = 'You may not change the funding plan of this initiative';
type LineFields = Omit<CreateFundingLineDto, 'status'>;

/** An initiative's funding plan: lines per year, category and source, inside the request's tenant transaction. */
@Injectable()
export class FundingLinesService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser, initiativeId: string): Promise<FundingLine[]> {
    await initiativeLead(this.db.manager, user, initiativeId);
    return this.select(user, 'f.initiative_id = $2 ORDER BY f.year, f.category, f.created_at, f.id', [initiativeId]);
  }

  async get(user: AuthUser, id: string): Promise<FundingLine> {
    const [line] = await this.select(user, 'f.id = $2', [id]);
    if (!line) throw notFound('Funding line');
    return line;
  }

  /** Finance's lines are confirmed unless it says otherwise; a project lead's are proposals. */
  async create(user: AuthUser, initiativeId: string, dto: CreateFundingLineDto): Promise<FundingLine> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'funding.propose', { leadsInitiative: lead === user.id }, FORBIDDEN);
    const finance = can(user.roles, 'funding.manage');
    if (dto.status === 'confirmed' && !finance) throw new DomainError('FORBIDDEN', 'Only finance confirms funding lines');
    const { status, amount, ...fields } = dto;
    await this.check(user, { ...fields, amount });
    const { identifiers } = await this.db.manager.getRepository(FundingLineEntity).insert({
      organisationId: user.organisationId,
      initiativeId,
      ...normalised(fields),
      amountOre: String(kronerToOre(amount)),
      status: status ?? (finance ? 'confirmed' : 'proposed'),
    });
    return this.get(user, identifiers[0].id as string);
  }

  async update(user: AuthUser, id: string, dto: UpdateFundingLineDto): Promise<FundingLine> {
    const current = await this.get(user, id);
    if (!current.can.manage) throw new DomainError('FORBIDDEN', FORBIDDEN);
    if (dto.status !== undefined && dto.status !== current.status && !can(user.roles, 'funding.manage')) {
      throw new DomainError('FORBIDDEN', 'Only finance confirms funding lines');
    }
    if (current.version !== dto.version) throw staleVersion('funding line', current);
    if (current.applicationId && (dto.source !== undefined || dto.poolId !== undefined)) {
      throw new DomainError('INVALID_STATE', 'A line granted from a pool keeps its source; change the application instead');
    }
    const { version, amount, status, ...changes } = dto;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<LineFields>;
    const merged: LineFields = {
      year: current.year,
      category: current.category,
      amount: amount ?? current.amount,
      source: current.source,
      poolId: current.pool?.id ?? null,
      sourceName: current.sourceName,
      payingDepartmentId: current.payingDepartment.id,
      note: current.note,
      ...defined,
    };
    await this.check(user, merged);
    const key = { id, organisationId: user.organisationId, version };
    const columns = {
      ...normalised(merged),
      ...(amount !== undefined ? { amountOre: String(kronerToOre(amount)) } : {}),
      ...(status !== undefined ? { status } : {}),
    };
    if ((await versionedUpdate(this.db.manager, FundingLineEntity, key, columns)) === 'stale') throw staleVersion('funding line', await this.get(user, id));
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string, version: number): Promise<void> {
    const current = await this.get(user, id);
    if (!current.can.manage) throw new DomainError('FORBIDDEN', FORBIDDEN);
    if (current.version !== version) throw staleVersion('funding line', current);
    if (current.applicationId) throw new DomainError('INVALID_STATE', 'A line granted from a pool is removed by changing the application, not deleted');
    await this.db.manager.getRepository(FundingLineEntity).delete({ id, organisationId: user.organisationId, version });
  }

  private async select(user: AuthUser, where: string, params: unknown[]): Promise<FundingLine[]> {
    const rows: FundingLineRow[] = await this.db.manager.query(
      `SELECT ${FUNDING_LINE_COLUMNS} FROM ${FUNDING_LINE_FROM} WHERE f.organisation_id = $1 AND ${where}`,
      [user.organisationId, ...params],
    );
    return rows.map((row) => toFundingLine(row, user));
  }

  /** Source coherence (400), then the department and pool within the organisation (422). */
  private async check(user: AuthUser, line: LineFields): Promise<void> {
    const errors: FieldError[] = [];
    if (line.source === 'pool' && !line.poolId) errors.push({ field: 'poolId', messages: ['Name the pool when the source is a pool'] });
    if (line.source !== 'pool' && line.poolId) errors.push({ field: 'poolId', messages: ['Only a line funded by a pool names a pool'] });
    if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', errors);
    const { organisationId } = user;
    const unknown: FieldError[] = [];
    if (!(await this.db.manager.getRepository(DepartmentEntity).existsBy({ id: line.payingDepartmentId, organisationId }))) {
      unknown.push({ field: 'payingDepartmentId', messages: ['Unknown department'] });
    }
    if (line.poolId && !(await this.db.manager.getRepository(FundingPoolEntity).existsBy({ id: line.poolId, organisationId }))) {
      unknown.push({ field: 'poolId', messages: ['Unknown funding pool'] });
    }
    if (unknown.length > 0) throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', unknown);
  }
}

/** The entity's columns of a line's fields (amount is converted to øre by the caller). */
function normalised(fields: Partial<LineFields>) {
  const { amount: _amount, ...rest } = fields;
  return { ...rest, ...(rest.source !== undefined && rest.source !== 'pool' ? { poolId: null } : {}) };
}
