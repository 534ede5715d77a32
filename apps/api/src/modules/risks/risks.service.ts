import { Injectable } from '@nestjs/common';
import type { FieldError, Risk, RiskImportMode } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { danishDate } from '../../common/validation/numeric';
import { authorise, initiativeLead, staleVersion } from '../goals/initiative-access';
import { UserEntity } from '../users/user.entity';
import type { CreateRiskDto, RiskActionDto, UpdateRiskDto } from './dto/risk.dto';
import { RISK_ACTIONS_JSON, RISK_COLUMNS, RISK_FROM, RiskActionRow, RiskRow, toRisk } from './risk-rows';
import { RiskActionEntity } from './risk-action.entity';
import { RiskEntity } from './risk.entity';

const FORBIDDEN = 'You may not change the risks of this initiative';
/** What a risk owner who does not lead the initiative may change. */
const OWNER_FIELDS = new Set(['version', 'status', 'actions', 'lastReviewedOn']);

type RiskFields = Omit<CreateRiskDto, 'actions'> & { identifiedOn: string };

/** An initiative's risk log: risks with their mitigation actions, inside the request's tenant transaction. */
@Injectable()
export class RisksService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser, initiativeId: string): Promise<Risk[]> {
    await initiativeLead(this.db.manager, user, initiativeId);
    return this.select(user, 'r.initiative_id = $2 ORDER BY r.number', [initiativeId]);
  }

  async get(user: AuthUser, id: string): Promise<Risk> {
    const [risk] = await this.select(user, 'r.id = $2', [id]);
    if (!risk) throw notFound('Risk');
    return risk;
  }

  async create(user: AuthUser, initiativeId: string, dto: CreateRiskDto): Promise<Risk> {
    await this.authoriseManage(user, initiativeId);
    const [id] = await this.insert(user, initiativeId, [dto]);
    return this.get(user, id);
  }

  /**
   * Writes several risks of one initiative (the importer's commit); the caller's transaction makes it all or nothing.
   * `replace` first deletes the initiative's current log. Rows without a number get the next free ones.
   */
  async insertMany(user: AuthUser, initiativeId: string, risks: (CreateRiskDto & { number?: number })[], mode: RiskImportMode): Promise<string[]> {
    await this.authoriseManage(user, initiativeId);
    if (mode === 'replace') await this.db.manager.getRepository(RiskEntity).delete({ organisationId: user.organisationId, initiativeId });
    return this.insert(user, initiativeId, risks);
  }

  async update(user: AuthUser, id: string, dto: UpdateRiskDto): Promise<Risk> {
    const current = await this.get(user, id);
    if (!current.can.update) throw new DomainError('FORBIDDEN', FORBIDDEN);
    if (!current.can.manage) {
      const outside = Object.entries(dto).filter(([key, value]) => value !== undefined && !OWNER_FIELDS.has(key)).map(([key]) => key);
      if (outside.length > 0) {
        throw new DomainError('FORBIDDEN', `A risk owner updates status, actions and the review date; ${outside.join(', ')} are the project lead's to change`);
      }
    }
    if (current.version !== dto.version) throw staleVersion('risk', current);
    const { version, actions, ...changes } = dto;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<RiskFields>;
    const merged: RiskFields = {
      ...current,
      ownerUserId: current.owner?.id ?? null,
      ...defined,
    };
    await this.check(user, merged, actions ?? current.actions, actions ? 'actions' : null);
    const result = await this.db.manager
      .createQueryBuilder()
      .update(RiskEntity)
      .set({ ...defined, version: () => 'version + 1' })
      .where('id = :id AND organisation_id = :org AND version = :version', { id, org: user.organisationId, version })
      .execute();
    if (result.affected !== 1) throw staleVersion('risk', await this.get(user, id));
    if (actions) await this.replaceActions(user, id, actions);
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string, version: number): Promise<void> {
    const current = await this.get(user, id);
    if (!current.can.manage) throw new DomainError('FORBIDDEN', FORBIDDEN);
    if (current.version !== version) throw staleVersion('risk', current);
    await this.db.manager.getRepository(RiskEntity).delete({ id, organisationId: user.organisationId, version });
  }

  private async select(user: AuthUser, where: string, params: unknown[]): Promise<Risk[]> {
    const rows: (RiskRow & { actions: RiskActionRow[] })[] = await this.db.manager.query(
      `SELECT ${RISK_COLUMNS}, ${RISK_ACTIONS_JSON} AS actions FROM ${RISK_FROM} WHERE r.organisation_id = $1 AND ${where}`,
      [user.organisationId, ...params],
    );
    const today = danishDate(new Date());
    return rows.map((row) => toRisk(row, user, today));
  }

  private async authoriseManage(user: AuthUser, initiativeId: string): Promise<void> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'risk.manage', { leadsInitiative: lead === user.id }, FORBIDDEN);
  }

  private async insert(user: AuthUser, initiativeId: string, risks: (CreateRiskDto & { number?: number })[]): Promise<string[]> {
    const manager = this.db.manager;
    // Numbers are per initiative: serialise concurrent writers of one log instead of failing on the unique key.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('risk_number'), hashtext($1))`, [initiativeId]);
    const [{ max }]: { max: number }[] = await manager.query(
      'SELECT COALESCE(max(number), 0)::int AS max FROM risk WHERE organisation_id = $1 AND initiative_id = $2',
      [user.organisationId, initiativeId],
    );
    let next = Math.max(max, ...risks.map((r) => r.number ?? 0)) + 1;
    const today = danishDate(new Date());
    const ids: string[] = [];
    for (const { actions = [], number, ...fields } of risks) {
      const identifiedOn = fields.identifiedOn ?? today;
      await this.check(user, { ...fields, identifiedOn }, actions, 'actions');
      const { identifiers } = await manager.getRepository(RiskEntity).insert({
        organisationId: user.organisationId,
        initiativeId,
        ...fields,
        number: number ?? next++,
        identifiedOn,
      });
      const id = identifiers[0].id as string;
      await this.replaceActions(user, id, actions);
      ids.push(id);
    }
    return ids;
  }

  private async replaceActions(user: AuthUser, riskId: string, actions: RiskActionDto[]): Promise<void> {
    const repository = this.db.manager.getRepository(RiskActionEntity);
    const { organisationId } = user;
    await repository.delete({ organisationId, riskId });
    if (actions.length === 0) return;
    await repository.insert(
      actions.map((a, position) => ({
        organisationId,
        riskId,
        position,
        action: a.action,
        responsible: a.responsible ?? null,
        deadline: a.deadline ?? null,
        status: a.status ?? 'planned',
      })),
    );
  }

  /** Dates in order (400), then the owner within the organisation (422). */
  private async check(user: AuthUser, risk: RiskFields, actions: { deadline?: string | null }[], actionsField: string | null): Promise<void> {
    const errors: FieldError[] = [];
    const identified = risk.identifiedOn;
    if (risk.lastReviewedOn && risk.lastReviewedOn < identified) {
      errors.push({ field: 'lastReviewedOn', messages: [`The review date must not be before the date the risk was identified (${identified})`] });
    }
    actions.forEach((action, index) => {
      if (action.deadline && action.deadline < identified) {
        const field = actionsField ? `${actionsField}.${index}.deadline` : 'identifiedOn';
        errors.push({ field, messages: [`The deadline must not be before the date the risk was identified (${identified})`] });
      }
    });
    if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', errors);
    if (risk.ownerUserId && !(await this.db.manager.getRepository(UserEntity).existsBy({ id: risk.ownerUserId, organisationId: user.organisationId }))) {
      throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', [
        { field: 'ownerUserId', messages: ['Unknown user: the risk owner must belong to the organisation'] },
      ]);
    }
  }
}
