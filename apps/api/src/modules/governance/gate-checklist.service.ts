import { Injectable } from '@nestjs/common';
import type { HealthFinding } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { HealthCheckService } from '../health-check/health-check.service';

/**
 * The checklist a gate shows and a gate decision records: the open findings of the health check (every rule that
 * applies to the initiative's phase and size class, so small initiatives get the lighter list).
 */
@Injectable()
export class GateChecklistService {
  constructor(private readonly health: HealthCheckService) {}

  async findings(user: AuthUser, initiativeId: string): Promise<HealthFinding[]> {
    return (await this.health.forInitiative(user, initiativeId)).findings;
  }
}
