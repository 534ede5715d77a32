import { Injectable } from '@nestjs/common';
import { evaluateRiskRules, RISK_RULES } from '@gevinst/domain';
import type { Phase, RuleFindings, SizeClass } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { RisksService } from './risks.service';
import { Clock } from '../../common/clock/clock';

/**
 * The risk rules of the health check for one initiative. The date it left analysis comes from the audit log (the
 * first write that moved it past idé/analyse, or its creation in a later phase); the risk reserve from its funding
 * plan (a line of category risikopulje).
 */
@Injectable()
export class RiskFindingsService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly risks: RisksService,
  ) {}

  async forInitiative(user: AuthUser, initiativeId: string): Promise<RuleFindings> {
    const rows: { phase: Phase; size_class: SizeClass; left_analysis_on: string | null; has_risk_reserve: boolean }[] = await this.db.manager.query(
      `SELECT i.phase, i.size_class,
              EXISTS (SELECT 1 FROM funding_line f WHERE f.initiative_id = i.id AND f.category = 'risk_reserve') AS has_risk_reserve,
              (SELECT min(a.at AT TIME ZONE 'Europe/Copenhagen')::date::text FROM audit_log a
               WHERE a.organisation_id = i.organisation_id AND a.table_name = 'initiative' AND a.row_id = i.id
                 AND a.after ->> 'phase' NOT IN ('idea', 'analysis')
                 AND (a.action = 'insert' OR a.before ->> 'phase' IN ('idea', 'analysis'))) AS left_analysis_on
       FROM initiative i WHERE i.organisation_id = $1 AND i.id = $2`,
      [user.organisationId, initiativeId],
    );
    if (rows.length === 0) throw notFound('Initiative');
    const [initiative] = rows;
    const risks = await this.risks.list(user, initiativeId);
    const findings = evaluateRiskRules(
      { phase: initiative.phase, sizeClass: initiative.size_class, leftAnalysisOn: initiative.left_analysis_on, risks, hasRiskReserve: initiative.has_risk_reserve },
      this.clock.today(),
    );
    return { rules: RISK_RULES, findings };
  }
}
