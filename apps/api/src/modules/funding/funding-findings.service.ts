import { Injectable } from '@nestjs/common';
import { evaluateFundingRules, FUNDING_RULES } from '@gevinst/domain';
import type { FundingRuleBenefit, Phase, RuleFindings, SizeClass } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { FundingLinesService } from './funding-lines.service';
import { Clock } from '../../common/clock/clock';

interface InitiativeRow {
  phase: Phase;
  size_class: SizeClass;
  lead_department_id: string;
  involved: string[];
  departments: { id: string; parentId: string | null }[];
  benefits: (Omit<FundingRuleBenefit, 'years'> & { years: { year: number; planned: string }[] })[];
}

/** The funding rules of the health check (FIN-1, FIN-2) for one initiative, read in one query plus its plan. */
@Injectable()
export class FundingFindingsService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly lines: FundingLinesService,
  ) {}

  async forInitiative(user: AuthUser, initiativeId: string): Promise<RuleFindings> {
    const rows: InitiativeRow[] = await this.db.manager.query(
      `SELECT i.phase, i.size_class, i.lead_department_id,
              ARRAY(SELECT x.department_id FROM initiative_department x WHERE x.initiative_id = i.id) AS involved,
              (SELECT json_agg(json_build_object('id', d.id, 'parentId', d.parent_id)) FROM department d WHERE d.organisation_id = i.organisation_id) AS departments,
              COALESCE((SELECT json_agg(json_build_object('id', b.id, 'title', b.title, 'quantified', b.quantified, 'ownerUserId', b.owner_user_id,
                          'ownerDepartmentId', u.department_id, 'receivingDepartmentId', b.receiving_department_id,
                          'years', COALESCE((SELECT json_agg(json_build_object('year', y.year, 'planned', y.planned::text)) FROM benefit_year y WHERE y.benefit_id = b.id), '[]'::json)))
                        FROM benefit b LEFT JOIN app_user u ON u.id = b.owner_user_id WHERE b.initiative_id = i.id), '[]'::json) AS benefits
       FROM initiative i WHERE i.organisation_id = $1 AND i.id = $2`,
      [user.organisationId, initiativeId],
    );
    if (rows.length === 0) throw notFound('Initiative');
    const [initiative] = rows;
    const findings = evaluateFundingRules(
      {
        phase: initiative.phase,
        sizeClass: initiative.size_class,
        leadDepartmentId: initiative.lead_department_id,
        involvedDepartmentIds: initiative.involved,
        departments: initiative.departments ?? [],
        benefits: initiative.benefits.map((b) => ({ ...b, years: b.years.map((y) => ({ year: y.year, planned: toNumber(y.planned) })) })),
        fundingLines: await this.lines.list(user, initiativeId),
      },
      this.clock.today(),
    );
    return { rules: FUNDING_RULES, findings };
  }
}
