import { Injectable } from '@nestjs/common';
import { can } from '@gevinst/domain';
import type { HealthFinding, InitiativeGovernance, Phase } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { authorise, initiativeLead, staleVersion, unknownReference } from '../goals/initiative-access';
import { initiativeChain } from '../steering-groups/steering-chain';
import type { GateRequestDto, InitiativeGovernanceDto } from './dto/governance.dto';
import { GateChecklistService } from './gate-checklist.service';
import { isFinished, nextPhase } from './phase-model';
import { Clock } from '../../common/clock/clock';

interface GovernanceRow {
  phase: Phase;
  project_lead_id: string | null;
  project_owner_id: string | null;
  owner_name: string | null;
  requested_phase: Phase | null;
  requested_at: Date | null;
  requested_by: string | null;
  requester_name: string | null;
  request_note: string | null;
  paused_from_phase: Phase | null;
  version: number;
}

export interface LockedInitiative {
  id: string;
  code: string;
  title: string;
  phase: Phase;
  project_lead_id: string | null;
}

/**
 * Locks the initiative's row until the transaction ends (404 when it is not the organisation's). Gate requests and
 * decisions take it first, so two of them on one initiative queue up and the second sees the first's phase.
 */
export async function lockInitiative(manager: EntityManager, user: AuthUser, initiativeId: string): Promise<LockedInitiative> {
  const rows: LockedInitiative[] = await manager.query(
    'SELECT id, code, title, phase, project_lead_id FROM initiative WHERE organisation_id = $1 AND id = $2 FOR UPDATE',
    [user.organisationId, initiativeId],
  );
  if (rows.length === 0) throw notFound('Initiative');
  return rows[0];
}

/** A gate request whose phase is not the next one, or from a phase without a next gate (422). */
export const gateRefused = (message: string) => new DomainError('INVALID_STATE', message, [{ field: 'toPhase', messages: [message] }]);

export const SKIPPED = (next: Phase | null) =>
  `A gate cannot be skipped or moved backwards${next ? `: the next phase is ${next}` : ''}`;

/**
 * Who steers an initiative (steering group, project owner) and its gate request. The row in initiative_governance
 * is created on the first change; until then the defaults are answered with version 1, and the first change writes
 * version 2, so two clients that both saw the defaults cannot both write.
 */
@Injectable()
export class GovernanceService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly checklist: GateChecklistService,
  ) {}

  async get(user: AuthUser, initiativeId: string): Promise<InitiativeGovernance> {
    const rows: GovernanceRow[] = await this.db.manager.query(
      `SELECT i.phase, i.project_lead_id, ig.project_owner_id, po.name AS owner_name, ig.requested_phase, ig.requested_at,
              ig.requested_by, rq.name AS requester_name, ig.request_note, ig.paused_from_phase, COALESCE(ig.version, 1) AS version
       FROM initiative i LEFT JOIN initiative_governance ig ON ig.initiative_id = i.id
       LEFT JOIN app_user po ON po.id = ig.project_owner_id LEFT JOIN app_user rq ON rq.id = ig.requested_by
       WHERE i.organisation_id = $1 AND i.id = $2`,
      [user.organisationId, initiativeId],
    );
    if (rows.length === 0) throw notFound('Initiative');
    const [row] = rows;
    const chain = await initiativeChain(this.db.manager, user.organisationId, initiativeId, user.id);
    const leadsInitiative = row.project_lead_id === user.id;
    const inSteeringGroup = chain.some((link) => link.sits);
    return {
      initiativeId,
      phase: row.phase,
      steeringGroup: chain.length > 0 ? { id: chain[0].id, name: chain[0].name, level: chain[0].level } : null,
      chain: chain.map(({ id, name, level }) => ({ id, name, level })),
      projectOwner: row.project_owner_id ? { id: row.project_owner_id, name: row.owner_name ?? '' } : null,
      gateRequest:
        row.requested_phase && row.requested_at
          ? {
              toPhase: row.requested_phase,
              requestedAt: row.requested_at.toISOString(),
              requestedBy: row.requested_by ? { id: row.requested_by, name: row.requester_name ?? '' } : null,
              note: row.request_note,
            }
          : null,
      pausedFromPhase: row.paused_from_phase,
      version: row.version,
      // What the user may do now: the permission and the initiative's state (no gate beyond closed; finished is final).
      can: {
        manage: can(user.roles, 'governance.manage', { leadsInitiative }),
        requestGate: can(user.roles, 'gate.request', { leadsInitiative }) && nextPhase(row.phase) !== null,
        decide: can(user.roles, 'decision.record', { inSteeringGroup }) && !isFinished(row.phase),
      },
    };
  }

  /** Sets the steering group and the project owner (fields left out stay as they are). */
  async update(user: AuthUser, initiativeId: string, dto: InitiativeGovernanceDto): Promise<InitiativeGovernance> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'governance.manage', { leadsInitiative: lead === user.id }, 'Only admin or the initiative\'s project lead sets who steers it');
    const current = await this.get(user, initiativeId);
    if (current.version !== dto.version) throw staleVersion('governance', current);
    const steeringGroupId = dto.steeringGroupId === undefined ? (current.steeringGroup?.id ?? null) : dto.steeringGroupId;
    const projectOwnerId = dto.projectOwnerUserId === undefined ? (current.projectOwner?.id ?? null) : dto.projectOwnerUserId;
    await this.checkReferences(user, steeringGroupId, projectOwnerId);
    const written: { version: number }[] = await this.db.manager.query(
      `INSERT INTO initiative_governance (initiative_id, organisation_id, steering_group_id, project_owner_id, version)
       VALUES ($1, $2, $3, $4, 2)
       ON CONFLICT (initiative_id) DO UPDATE SET steering_group_id = EXCLUDED.steering_group_id, project_owner_id = EXCLUDED.project_owner_id,
         version = initiative_governance.version + 1
       WHERE initiative_governance.version = $5
       RETURNING version`,
      [initiativeId, user.organisationId, steeringGroupId, projectOwnerId, dto.version],
    );
    if (written.length === 0) throw staleVersion('governance', await this.get(user, initiativeId));
    return this.get(user, initiativeId);
  }

  /** The project lead asks the gate to the next phase; the answer carries the gate's checklist. */
  async requestGate(user: AuthUser, initiativeId: string, dto: GateRequestDto): Promise<{ governance: InitiativeGovernance; checklist: HealthFinding[] }> {
    const initiative = await lockInitiative(this.db.manager, user, initiativeId);
    authorise(user, 'gate.request', { leadsInitiative: initiative.project_lead_id === user.id }, 'Only admin or the initiative\'s project lead requests a gate');
    const next = nextPhase(initiative.phase);
    if (next === null) throw gateRefused(`A ${initiative.phase} initiative cannot request a gate`);
    if (dto.toPhase !== next) throw gateRefused(SKIPPED(next));
    await this.db.manager.query(
      `INSERT INTO initiative_governance (initiative_id, organisation_id, requested_phase, requested_at, requested_by, request_note, version)
       VALUES ($1, $2, $3, $6, $4, $5, 2)
       ON CONFLICT (initiative_id) DO UPDATE SET requested_phase = EXCLUDED.requested_phase, requested_at = EXCLUDED.requested_at,
         requested_by = EXCLUDED.requested_by, request_note = EXCLUDED.request_note, version = initiative_governance.version + 1`,
      [initiativeId, user.organisationId, next, user.id, dto.note ?? null, this.clock.now()],
    );
    return { governance: await this.get(user, initiativeId), checklist: await this.checklist.findings(user, initiativeId) };
  }

  /** Withdraws a pending gate request; nothing to withdraw is no error. */
  async withdrawGate(user: AuthUser, initiativeId: string): Promise<void> {
    const initiative = await lockInitiative(this.db.manager, user, initiativeId);
    authorise(user, 'gate.request', { leadsInitiative: initiative.project_lead_id === user.id }, 'Only admin or the initiative\'s project lead withdraws a gate request');
    await this.db.manager.query(
      `UPDATE initiative_governance SET requested_phase = NULL, requested_at = NULL, requested_by = NULL, request_note = NULL, version = version + 1
       WHERE organisation_id = $1 AND initiative_id = $2 AND requested_phase IS NOT NULL`,
      [user.organisationId, initiativeId],
    );
  }

  private async checkReferences(user: AuthUser, steeringGroupId: string | null, projectOwnerId: string | null): Promise<void> {
    if (steeringGroupId) {
      const groups: unknown[] = await this.db.manager.query('SELECT 1 FROM steering_group WHERE organisation_id = $1 AND id = $2', [user.organisationId, steeringGroupId]);
      if (groups.length === 0) throw unknownReference('steeringGroupId', 'Unknown steering group: it must belong to the organisation');
    }
    if (projectOwnerId) {
      const users: unknown[] = await this.db.manager.query('SELECT 1 FROM app_user WHERE organisation_id = $1 AND id = $2', [user.organisationId, projectOwnerId]);
      if (users.length === 0) throw unknownReference('projectOwnerUserId', 'Unknown user: the project owner must belong to the organisation');
    }
  }
}
