import { Injectable } from '@nestjs/common';
import type { BusinessCase, BusinessCaseBaseline, BusinessCaseSnapshot, Phase } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { readBusinessCase } from './business-case.reader';

interface BaselineRow {
  id: string;
  decided_at: Date;
  from_phase: Phase;
  to_phase: Phase;
  business_case: BusinessCaseSnapshot;
}

/**
 * The simple business case of one initiative (see readBusinessCase) beside the one frozen at its latest gate decision.
 * `snapshot` is what a gate decision freezes, in the decision's transaction.
 */
@Injectable()
export class BusinessCaseService {
  constructor(
    private readonly db: TenantDb,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser, initiativeId: string): Promise<BusinessCase> {
    const now = await this.snapshot(user, initiativeId);
    return { initiativeId, ...now, baseline: await this.baseline(user, initiativeId) };
  }

  /** The case as it stands; 404 when the initiative is not one of the user's organisation. */
  snapshot(user: AuthUser, initiativeId: string): Promise<BusinessCaseSnapshot> {
    return readBusinessCase(this.db.manager, user.organisationId, initiativeId, this.clock.year());
  }

  /** The case frozen with the latest gate decision ("as approved"); null before the first. */
  private async baseline(user: AuthUser, initiativeId: string): Promise<BusinessCaseBaseline | null> {
    const [row]: BaselineRow[] = await this.db.manager.query(
      `SELECT d.id, d.decided_at, d.from_phase, d.to_phase, d.business_case FROM decision d
       WHERE d.organisation_id = $1 AND d.initiative_id = $2 AND d.business_case IS NOT NULL
       ORDER BY d.decided_at DESC, d.id DESC LIMIT 1`,
      [user.organisationId, initiativeId],
    );
    if (!row) return null;
    return { ...row.business_case, decisionId: row.id, decidedAt: row.decided_at.toISOString(), fromPhase: row.from_phase, toPhase: row.to_phase };
  }
}
