import { Injectable } from '@nestjs/common';
import { residualAboveInherent } from '@gevinst/domain';
import type { FieldError, RatedRisk, Risk, RiskImportMode } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { authorise, initiativeLead, staleVersion } from '../goals/initiative-access';
import type { CreateRiskDto, RiskActionDto, UpdateRiskDto } from './dto/risk.dto';
import { RISK_ACTIONS_JSON, RISK_COLUMNS, RISK_FROM, RiskActionRow, RiskRow, toRisk } from './risk-rows';
import { RiskActionEntity } from './risk-action.entity';
import { RiskEntity } from './risk.entity';
import { Clock } from '../../common/clock/clock';
import { versionedUpdate } from '../../common/versioning/versioned-update';

const FORBIDDEN = 'You may not change the risks of this initiative';
/** What a risk owner who does not lead the initiative may change. */
const OWNER_FIELDS = new Set(['version', 'status', 'actions', 'lastReviewedOn']);

type RiskFields = Omit<CreateRiskDto, 'actions'> & { identifiedOn: string };

/** An initiative's risk log: risks with their mitigation actions, inside the request's tenant transaction. */
@Injectable()
export class RisksService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

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
    checkDates(merged, actions ?? current.actions, actions ? 'actions' : null);
    // Only when the ratings are part of the change, so an older risk rated the other way can still be updated.
    if (RATINGS.some((field) => defined[field] !== undefined)) checkResidual(merged);
    await this.checkOwners(user, [merged.ownerUserId]);
    const described = (list: { action: string; responsible?: string | null; deadline?: string | null; status?: string }[]) =>
      JSON.stringify(list.map((a) => [a.action, a.responsible ?? null, a.deadline ?? null, a.status ?? 'planned']));
    const actionsChanged = actions !== undefined && described(actions) !== described(current.actions);
    const key = { id, organisationId: user.organisationId, version };
    if ((await versionedUpdate(this.db.manager, RiskEntity, key, defined, { force: actionsChanged })) === 'stale') throw staleVersion('risk', await this.get(user, id));
    if (actions && actionsChanged) await this.replaceActions(user, id, actions);
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
    const today = this.clock.today();
    return rows.map((row) => toRisk(row, user, today));
  }

  private async authoriseManage(user: AuthUser, initiativeId: string): Promise<void> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'risk.manage', { leadsInitiative: lead === user.id }, FORBIDDEN);
  }

  /** Checks every row first, then writes risks and actions in a few multi-row inserts (imports carry thousands). */
  private async insert(user: AuthUser, initiativeId: string, risks: (CreateRiskDto & { number?: number })[]): Promise<string[]> {
    const manager = this.db.manager;
    const today = this.clock.today();
    const rows = risks.map(({ actions = [], ...fields }) => ({ fields: { ...fields, identifiedOn: fields.identifiedOn ?? today }, actions }));
    for (const row of rows) {
      checkDates(row.fields, row.actions, 'actions');
      checkResidual(row.fields);
    }
    await this.checkOwners(user, rows.map((row) => row.fields.ownerUserId));
    // Numbers are per initiative: serialise concurrent writers of one log instead of failing on the unique key.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('risk_number'), hashtext($1))`, [initiativeId]);
    const [{ max }]: { max: number }[] = await manager.query(
      'SELECT COALESCE(max(number), 0)::int AS max FROM risk WHERE organisation_id = $1 AND initiative_id = $2',
      [user.organisationId, initiativeId],
    );
    let next = rows.reduce((highest, row) => Math.max(highest, row.fields.number ?? 0), max) + 1;
    const ids: string[] = [];
    for (const chunk of chunks(rows, INSERT_CHUNK)) {
      const { identifiers } = await manager.getRepository(RiskEntity).insert(
        chunk.map(({ fields }) => ({ organisationId: user.organisationId, initiativeId, ...fields, number: fields.number ?? next++ })),
      );
      ids.push(...identifiers.map((identifier) => identifier.id as string));
    }
    const actions = rows.flatMap((row, index) => row.actions.map((action, position) => actionRow(user, ids[index], action, position)));
    for (const chunk of chunks(actions, INSERT_CHUNK)) await manager.getRepository(RiskActionEntity).insert(chunk);
    return ids;
  }

  private async replaceActions(user: AuthUser, riskId: string, actions: RiskActionDto[]): Promise<void> {
    const repository = this.db.manager.getRepository(RiskActionEntity);
    const { organisationId } = user;
    await repository.delete({ organisationId, riskId });
    if (actions.length > 0) await repository.insert(actions.map((action, position) => actionRow(user, riskId, action, position)));
  }

  /** Owners within the organisation (422), checked in one query however many rows. */
  private async checkOwners(user: AuthUser, ownerIds: (string | null | undefined)[]): Promise<void> {
    const wanted = [...new Set(ownerIds.filter((id): id is string => !!id))];
    if (wanted.length === 0) return;
    const found: { id: string }[] = await this.db.manager.query('SELECT id FROM app_user WHERE organisation_id = $1 AND id = ANY($2::uuid[])', [
      user.organisationId,
      wanted,
    ]);
    if (found.length < wanted.length) {
      throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', [
        { field: 'ownerUserId', messages: ['Unknown user: the risk owner must belong to the organisation'] },
      ]);
    }
  }
}

/** Rows per multi-row INSERT: well inside PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 1000;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function actionRow(user: AuthUser, riskId: string, action: RiskActionDto, position: number) {
  return {
    organisationId: user.organisationId,
    riskId,
    position,
    action: action.action,
    responsible: action.responsible ?? null,
    deadline: action.deadline ?? null,
    status: action.status ?? 'planned',
  };
}

const RATINGS = ['probability', 'consequence', 'residualProbability', 'residualConsequence'] as const;

/** Residual ratings not above the inherent ones (400; see residualAboveInherent). */
function checkResidual(risk: RatedRisk): void {
  const above = residualAboveInherent(risk);
  if (above.length === 0) return;
  const before = { residualProbability: 'probability', residualConsequence: 'consequence' } as const;
  throw new DomainError(
    'VALIDATION_FAILED',
    'The request is invalid',
    above.map((field) => ({ field, messages: [`${field} must not exceed ${before[field]} (${risk[before[field]]}): actions lower a risk, they do not raise it`] })),
  );
}

/** Review date and action deadlines not before the date the risk was identified (400). */
function checkDates(risk: RiskFields, actions: { deadline?: string | null }[], actionsField: string | null): void {
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
}
