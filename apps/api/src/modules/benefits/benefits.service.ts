import { Injectable } from '@nestjs/common';
import type { Benefit, BenefitType, BenefitUnit, BenefitYear, FieldError } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { DepartmentEntity } from '../departments/department.entity';
import { GoalEntity } from '../goals/goal.entity';
import { authorise, initiativeLead, refuseIfMeasured, staleVersion } from '../goals/initiative-access';
import { UserEntity } from '../users/user.entity';
import { BENEFIT_COLUMNS, BENEFIT_FROM, BenefitRow, toBenefit } from './benefit-rows';
import { BenefitYearEntity } from './benefit-year.entity';
import { BenefitEntity } from './benefit.entity';
import type { BenefitYearDto, BenefitYearsDto, CreateBenefitDto, UpdateBenefitDto } from './dto/benefit.dto';
import { versionedUpdate } from '../../common/versioning/versioned-update';

type BenefitFields = Omit<CreateBenefitDto, 'years'>;
const FORBIDDEN = 'You may not change the benefits of this initiative';

/** Benefits of initiatives and their yearly profiles, inside the request's tenant transaction. */
@Injectable()
export class BenefitsService {
  constructor(private readonly db: TenantDb) {}

  async list(user: AuthUser, initiativeId: string): Promise<Benefit[]> {
    await initiativeLead(this.db.manager, user, initiativeId);
    const rows: BenefitRow[] = await this.db.manager.query(
      `SELECT ${BENEFIT_COLUMNS} FROM ${BENEFIT_FROM} WHERE b.organisation_id = $1 AND b.initiative_id = $2 ORDER BY b.created_at, b.id`,
      [user.organisationId, initiativeId],
    );
    return rows.map((row) => toBenefit(row, user));
  }

  async get(user: AuthUser, id: string): Promise<Benefit> {
    const rows: BenefitRow[] = await this.db.manager.query(
      `SELECT ${BENEFIT_COLUMNS} FROM ${BENEFIT_FROM} WHERE b.organisation_id = $1 AND b.id = $2`,
      [user.organisationId, id],
    );
    if (rows.length === 0) throw notFound('Benefit');
    return toBenefit(rows[0], user);
  }

  async create(user: AuthUser, initiativeId: string, dto: CreateBenefitDto): Promise<Benefit> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'benefit.manage', { leadsInitiative: lead === user.id }, FORBIDDEN);
    const { years = [], ...given } = dto;
    const fields = { ...given, unit: given.unit ?? impliedUnit(given.type) };
    await this.check(user, initiativeId, fields);
    checkYears(years, fields.quantified);
    const profile = withThreePoint(years, []);
    checkThreePoint(profile);
    const { identifiers } = await this.db.manager.getRepository(BenefitEntity).insert({
      organisationId: user.organisationId,
      initiativeId,
      ...fields,
      unitLabel: fields.unit === 'other' ? (fields.unitLabel ?? null) : null,
    });
    const id = identifiers[0].id as string;
    await this.replaceYears(user, id, profile);
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateBenefitDto): Promise<Benefit> {
    const current = await this.get(user, id);
    if (!current.can.manage) throw new DomainError('FORBIDDEN', FORBIDDEN);
    if (current.version !== dto.version) throw staleVersion('benefit', current);
    const { version, years, ...changes } = dto;
    if (years !== undefined) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: 'years', messages: ['Change the yearly profile with PUT /benefits/{id}/years'] }]);
    const merged = {
      ...current,
      ownerUserId: current.owner?.id ?? null,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    } as BenefitFields;
    await this.check(user, current.initiativeId, merged);
    if (!merged.quantified && current.years.length > 0) {
      throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: 'quantified', messages: ['Remove the yearly amounts before making the benefit qualitative'] }]);
    }
    if (merged.unit !== 'other') Object.assign(changes, { unitLabel: null });
    await this.bumpVersion(user, id, version, changes);
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string, version: number): Promise<void> {
    const current = await this.get(user, id);
    if (!current.can.manage) throw new DomainError('FORBIDDEN', FORBIDDEN);
    if (current.version !== version) throw staleVersion('benefit', current);
    await refuseIfMeasured(this.db.manager, user, 'benefit', id);
    await this.db.manager.getRepository(BenefitEntity).delete({ id, organisationId: user.organisationId, version });
  }

  /**
   * The whole profile. Project leads and admins change anything; the benefit owner records realised amounts only,
   * so an owner's request must keep the years and planned amounts as they are.
   */
  async putYears(user: AuthUser, id: string, dto: BenefitYearsDto): Promise<Benefit> {
    const current = await this.get(user, id);
    if (!current.can.record) throw new DomainError('FORBIDDEN', 'You may not record on this benefit');
    if (current.version !== dto.version) throw staleVersion('benefit', current);
    checkYears(dto.years, current.quantified);
    const profile = withThreePoint(dto.years, current.years);
    if (!current.can.manage) {
      const planned = (years: readonly BenefitYear[]) => years.map((y) => `${y.year}:${y.planned}:${y.plannedLow ?? null}:${y.plannedHigh ?? null}`).sort().join();
      if (planned(current.years) !== planned(profile)) {
        throw new DomainError('FORBIDDEN', 'A benefit owner records realised amounts; the planned profile is the project’s');
      }
    }
    checkThreePoint(profile);
    await this.bumpVersion(user, id, dto.version, {}, true);
    await this.replaceYears(user, id, profile);
    return this.get(user, id);
  }

  private async bumpVersion(user: AuthUser, id: string, version: number, changes: Partial<Omit<BenefitEntity, 'organisation' | 'initiative' | 'goal' | 'owner' | 'receivingDepartment'>>, force = false): Promise<void> {
    const key = { id, organisationId: user.organisationId, version };
    if ((await versionedUpdate(this.db.manager, BenefitEntity, key, changes, { force })) === 'stale') throw staleVersion('benefit', await this.get(user, id));
  }

  private async replaceYears(user: AuthUser, benefitId: string, years: StoredYear[]): Promise<void> {
    const repository = this.db.manager.getRepository(BenefitYearEntity);
    const { organisationId } = user;
    await repository.delete({ organisationId, benefitId });
    if (years.length > 0) {
      await repository.insert(years.map((y) => ({ organisationId, benefitId, ...y })));
    }
  }

  /** Unit coherence (400), then references within the organisation and initiative (422). */
  private async check(user: AuthUser, initiativeId: string, b: BenefitFields): Promise<void> {
    const errors: FieldError[] = [];
    // A qualitative benefit is described in words: its unit is only what it would be counted in, if ever.
    if (b.quantified && b.type === 'economic' && b.unit !== 'DKK') errors.push({ field: 'unit', messages: ['An economic benefit is counted in DKK'] });
    if (b.quantified && b.type === 'time' && b.unit !== 'hours') errors.push({ field: 'unit', messages: ['Freed time is counted in hours'] });
    if (b.quantified && b.unit === 'other' && !b.unitLabel) errors.push({ field: 'unitLabel', messages: ['unitLabel names the unit when unit is other'] });
    if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', errors);

    const { organisationId } = user;
    const manager = this.db.manager;
    const unknown: FieldError[] = [];
    if (b.ownerUserId && !(await manager.getRepository(UserEntity).existsBy({ id: b.ownerUserId, organisationId }))) {
      unknown.push({ field: 'ownerUserId', messages: ['Unknown user: the benefit owner must belong to the organisation'] });
    }
    if (b.receivingDepartmentId && !(await manager.getRepository(DepartmentEntity).existsBy({ id: b.receivingDepartmentId, organisationId }))) {
      unknown.push({ field: 'receivingDepartmentId', messages: ['Unknown department'] });
    }
    if (b.goalId && !(await manager.getRepository(GoalEntity).existsBy({ id: b.goalId, organisationId, initiativeId }))) {
      unknown.push({ field: 'goalId', messages: ['The goal must be one of the same initiative'] });
    }
    if (unknown.length > 0) throw new DomainError('UNKNOWN_REFERENCE', 'A referenced record does not exist', unknown);
  }
}

/** The unit a qualitative benefit is given when none is sent: what its type would be counted in. */
const impliedUnit = (type: BenefitType): BenefitUnit => (type === 'economic' ? 'DKK' : type === 'time' ? 'hours' : 'other');

type StoredYear = Required<BenefitYear>;

/**
 * The years as they will be stored. A three-point figure left out keeps the stored one of the same year (a form that
 * does not know them cannot wipe them); null clears it.
 */
function withThreePoint(years: BenefitYearDto[], stored: readonly BenefitYear[]): StoredYear[] {
  const before = new Map(stored.map((y) => [y.year, y]));
  return years.map((y) => ({
    year: y.year,
    planned: y.planned,
    realised: y.realised ?? null,
    plannedLow: y.plannedLow === undefined ? (before.get(y.year)?.plannedLow ?? null) : y.plannedLow,
    plannedHigh: y.plannedHigh === undefined ? (before.get(y.year)?.plannedHigh ?? null) : y.plannedHigh,
  }));
}

/** Low ≤ planned ≤ high, else 400 naming each field. */
function checkThreePoint(profile: readonly StoredYear[]): void {
  const errors: FieldError[] = [];
  profile.forEach(({ planned, plannedLow, plannedHigh }, index) => {
    if (plannedLow !== null && plannedLow > planned) errors.push({ field: `years.${index}.plannedLow`, messages: ['plannedLow must not be above planned (left out, the stored one is kept)'] });
    if (plannedHigh !== null && plannedHigh < planned) errors.push({ field: `years.${index}.plannedHigh`, messages: ['plannedHigh must not be below planned (left out, the stored one is kept)'] });
  });
  if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', errors);
}

function checkYears(years: BenefitYearDto[], quantified: boolean): void {
  if (!quantified && years.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: 'years', messages: ['A qualitative benefit has no amounts: describe it in words, or make it quantified'] }]);
  }
  const seen = new Set<number>();
  years.forEach(({ year }, index) => {
    if (seen.has(year)) throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [{ field: `years.${index}.year`, messages: [`${year} appears twice`] }]);
    seen.add(year);
  });
}
