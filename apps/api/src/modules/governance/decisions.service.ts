import { Injectable } from '@nestjs/common';
import { can } from '@gevinst/domain';
import type { Decision, DecisionKind, Page, Phase } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { initiativeLead, invalid, unknownReference } from '../goals/initiative-access';
import { initiativeChain } from '../steering-groups/steering-chain';
import { DECISION_COLUMNS, DECISION_FROM, DECISION_ORDER, DecisionRow, toDecision } from './decision-rows';
import { DecisionEntity } from './decision.entity';
import type { DecisionDto, ListDecisionsQuery } from './dto/governance.dto';
import { GateChecklistService } from './gate-checklist.service';
import { gateRefused, lockInitiative, LockedInitiative, SKIPPED } from './governance.service';
import { isFinished, MODEL_PHASES, nextPhase } from './phase-model';
import { Clock } from '../../common/clock/clock';
import { BusinessCaseService } from '../business-case/business-case.service';

const OUTSIDE = "Only the directorate or members of the initiative's steering group chain decide";
const OPEN_FINDINGS = 'Passing a gate with open findings needs a written reason';
const REASON_NEEDED: Partial<Record<DecisionKind, string>> = {
  pause: 'Pausing an initiative needs a written reason',
  stop: 'Stopping an initiative needs a written reason',
  reprioritise: 'Reprioritising an initiative needs a written reason',
};

/** What a decision does to the initiative, worked out before anything is written. */
interface Outcome {
  toPhase: Phase;
  openFindings: { ruleId: string; message: string }[];
  /** Change the governance row: clear the gate request and set (or clear) the phase a pause returns to. */
  governance: { pausedFromPhase: Phase | null } | null;
}

/**
 * The decision log: decisions by the directorate or the steering group chain, each with who decided, in which group
 * or meeting, and why. Recording one locks the initiative row first, so two gate decisions cannot both move it.
 * Decisions are never changed (the app role may only insert and read them).
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly checklist: GateChecklistService,
    private readonly businessCases: BusinessCaseService,
  ) {}

  async record(user: AuthUser, initiativeId: string, dto: DecisionDto): Promise<Decision> {
    const manager = this.db.manager;
    const initiative = await lockInitiative(manager, user, initiativeId);
    const chain = await initiativeChain(manager, user.organisationId, initiativeId, user.id);
    // The lowest group of the chain the user sits in (the chain runs from the initiative's group upward).
    const seat = chain.find((link) => link.sits) ?? null;
    if (!can(user.roles, 'decision.record', { inSteeringGroup: seat !== null })) throw new DomainError('FORBIDDEN', OUTSIDE);
    if (isFinished(initiative.phase)) throw new DomainError('INVALID_STATE', `The initiative is ${initiative.phase}: it takes no more decisions`);
    const reason = dto.reason ?? null;
    const required = REASON_NEEDED[dto.kind];
    if (required && !reason) throw invalid('reason', required);
    let steeringGroupId = seat?.id ?? null;
    if (dto.reviewId) {
      const reviews: { steering_group_id: string }[] = await manager.query('SELECT steering_group_id FROM portfolio_review WHERE organisation_id = $1 AND id = $2', [
        user.organisationId,
        dto.reviewId,
      ]);
      if (reviews.length === 0) throw unknownReference('reviewId', 'Unknown portfolio review');
      steeringGroupId = reviews[0].steering_group_id;
    }
    const outcome = await this.outcome(user, initiative, dto, reason);
    // A gate freezes the business case with the decision, in its transaction: "as approved" for later comparison.
    const businessCase = dto.kind === 'approve_phase' ? await this.businessCases.snapshot(user, initiativeId) : null;
    if (outcome.toPhase !== initiative.phase) {
      await manager.query('UPDATE initiative SET phase = $3, version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = $2', [
        user.organisationId,
        initiativeId,
        outcome.toPhase,
      ]);
    }
    if (outcome.governance) {
      await manager.query(
        `INSERT INTO initiative_governance (initiative_id, organisation_id, paused_from_phase, version) VALUES ($1, $2, $3, 2)
         ON CONFLICT (initiative_id) DO UPDATE SET paused_from_phase = EXCLUDED.paused_from_phase, requested_phase = NULL, requested_at = NULL,
           requested_by = NULL, request_note = NULL, version = initiative_governance.version + 1`,
        [initiativeId, user.organisationId, outcome.governance.pausedFromPhase],
      );
    }
    const { identifiers } = await manager.getRepository(DecisionEntity).insert({
      organisationId: user.organisationId,
      initiativeId,
      kind: dto.kind,
      fromPhase: initiative.phase,
      toPhase: outcome.toPhase,
      reason,
      openFindings: outcome.openFindings,
      businessCase,
      decidedBy: user.id,
      decidedAt: this.clock.now(),
      steeringGroupId,
      reviewId: dto.reviewId ?? null,
    });
    const [decision] = await this.select(user, 'd.id = $2', [identifiers[0].id]);
    return decision;
  }

  async listOfInitiative(user: AuthUser, initiativeId: string): Promise<Decision[]> {
    await initiativeLead(this.db.manager, user, initiativeId);
    return this.select(user, `d.initiative_id = $2 ORDER BY ${DECISION_ORDER}`, [initiativeId]);
  }

  /** The organisation's log, newest first, filtered by Danish calendar days, kinds and group. */
  async list(user: AuthUser, query: ListDecisionsQuery): Promise<Page<Decision>> {
    if (query.from && query.to && query.from > query.to) throw invalid('to', 'to must not be before from');
    const params: unknown[] = [user.organisationId];
    const add = (value: unknown) => `$${params.push(value)}`;
    const where = ['d.organisation_id = $1'];
    if (query.from) where.push(`d.decided_at >= (${add(query.from)}::date)::timestamp AT TIME ZONE 'Europe/Copenhagen'`);
    if (query.to) where.push(`d.decided_at < (${add(query.to)}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen'`);
    if (query.kind?.length) where.push(`d.kind = ANY(${add(query.kind)}::decision_kind[])`);
    if (query.steeringGroupId) where.push(`d.steering_group_id = ${add(query.steeringGroupId)}`);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const rows: (DecisionRow & { total: string })[] = await this.db.manager.query(
      `SELECT ${DECISION_COLUMNS}, count(*) OVER () AS total FROM ${DECISION_FROM} WHERE ${where.join(' AND ')}
       ORDER BY ${DECISION_ORDER} LIMIT ${add(pageSize)} OFFSET ${add((page - 1) * pageSize)}`,
      params,
    );
    return { items: rows.map(toDecision), total: rows.length > 0 ? Number(rows[0].total) : 0, page, pageSize };
  }

  private async outcome(user: AuthUser, initiative: LockedInitiative, dto: DecisionDto, reason: string | null): Promise<Outcome> {
    const phase = initiative.phase;
    const unchanged: Outcome = { toPhase: phase, openFindings: [], governance: null };
    switch (dto.kind) {
      case 'approve_phase':
        return this.approvePhase(user, initiative, dto, reason);
      case 'pause':
        if (phase === 'paused') throw new DomainError('INVALID_STATE', 'The initiative is already paused');
        return { toPhase: 'paused', openFindings: [], governance: { pausedFromPhase: phase } };
      case 'stop':
        return { toPhase: 'stopped', openFindings: [], governance: { pausedFromPhase: null } };
      case 'continue':
        return phase === 'paused' ? { toPhase: await this.resumePhase(user, initiative, dto), openFindings: [], governance: { pausedFromPhase: null } } : unchanged;
      case 'reprioritise':
      case 'scale':
        return unchanged;
    }
  }

  /** To the next phase only, the one a pending gate request asks for; open findings need a reason, kept with the decision. */
  private async approvePhase(user: AuthUser, initiative: LockedInitiative, dto: DecisionDto, reason: string | null): Promise<Outcome> {
    if (!dto.toPhase) throw invalid('toPhase', 'Approving a phase needs toPhase, the next phase');
    const next = nextPhase(initiative.phase);
    if (next === null) throw gateRefused(`A ${initiative.phase} initiative has no next phase to approve; continue it first`);
    if (dto.toPhase !== next) throw gateRefused(SKIPPED(next));
    const [request]: { requested_phase: Phase | null }[] = await this.db.manager.query(
      'SELECT requested_phase FROM initiative_governance WHERE organisation_id = $1 AND initiative_id = $2',
      [user.organisationId, initiative.id],
    );
    if (request?.requested_phase && request.requested_phase !== dto.toPhase) {
      throw gateRefused(`The pending gate request is for ${request.requested_phase}`);
    }
    const findings = await this.checklist.findings(user, initiative.id);
    if (findings.length > 0 && !reason) throw invalid('reason', OPEN_FINDINGS);
    return { toPhase: next, openFindings: findings.map(({ ruleId, message }) => ({ ruleId, message })), governance: { pausedFromPhase: null } };
  }

  /** A paused initiative resumes where it was paused; when that is unknown, the decision names the phase. */
  private async resumePhase(user: AuthUser, initiative: LockedInitiative, dto: DecisionDto): Promise<Phase> {
    const [row]: { paused_from_phase: Phase | null }[] = await this.db.manager.query(
      'SELECT paused_from_phase FROM initiative_governance WHERE organisation_id = $1 AND initiative_id = $2',
      [user.organisationId, initiative.id],
    );
    if (row?.paused_from_phase) return row.paused_from_phase;
    const resumable = MODEL_PHASES.filter((phase) => nextPhase(phase) !== null);
    if (dto.toPhase && resumable.includes(dto.toPhase)) return dto.toPhase;
    throw gateRefused(`The phase the initiative was paused in is not recorded: name it in toPhase (${resumable.join(', ')})`);
  }

  private async select(user: AuthUser, where: string, params: unknown[]): Promise<Decision[]> {
    const rows: DecisionRow[] = await this.db.manager.query(`SELECT ${DECISION_COLUMNS} FROM ${DECISION_FROM} WHERE d.organisation_id = $1 AND ${where}`, [
      user.organisationId,
      ...params,
    ]);
    return rows.map(toDecision);
  }
}
