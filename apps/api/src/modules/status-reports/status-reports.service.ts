import { Injectable } from '@nestjs/common';
import type { StatusReport } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { authorise, initiativeLead, invalid, staleVersion } from '../goals/initiative-access';
import type { CreateStatusReportDto, UpdateStatusReportDto } from './dto/status-report.dto';
import { currentFigures } from './report-figures';
import { ReportJson, reportJson, toStatusReport } from './status-report-rows';
import { StatusReportEntity } from './status-report.entity';
import { Clock } from '../../common/clock/clock';
import { versionedUpdate } from '../../common/versioning/versioned-update';

const FORBIDDEN = 'You may not write the status reports of this initiative';
const frozen = (report: StatusReport) =>
  new DomainError('INVALID_STATE', `A submitted report is frozen (submitted ${report.submittedAt}); write a report for the next period instead`);

/** Status reports per initiative and period: drafts are edited freely, submitting freezes them with the key figures. */
@Injectable()
export class StatusReportsService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  /** Newest period first. */
  async list(user: AuthUser, initiativeId: string): Promise<StatusReport[]> {
    await initiativeLead(this.db.manager, user, initiativeId);
    return this.select(user, 's.initiative_id = $2 ORDER BY s.period_start DESC', [initiativeId]);
  }

  async get(user: AuthUser, id: string, lock = false): Promise<StatusReport> {
    const [report] = await this.select(user, `s.id = $2${lock ? ' FOR UPDATE OF s' : ''}`, [id]);
    if (!report) throw notFound('Status report');
    return report;
  }

  async create(user: AuthUser, initiativeId: string, dto: CreateStatusReportDto): Promise<StatusReport> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'status_report.write', { leadsInitiative: lead !== null && lead === user.id }, FORBIDDEN);
    checkPeriod(dto.periodStart, dto.periodEnd);
    const rows: { id: string }[] = await this.db.manager.query(
      `INSERT INTO status_report (organisation_id, initiative_id, period_start, period_end, overall, scope_rag, time_rag, budget_rag,
                                  benefits_rag, risks_rag, summary, next_steps, decision_request, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT ON CONSTRAINT uq_status_report_initiative_period DO NOTHING RETURNING id`,
      [
        user.organisationId,
        initiativeId,
        dto.periodStart,
        dto.periodEnd,
        dto.overall,
        dto.dimensions.scope,
        dto.dimensions.time,
        dto.dimensions.budget,
        dto.dimensions.benefits,
        dto.dimensions.risks,
        dto.summary,
        dto.nextSteps ?? null,
        dto.decisionRequest ?? null,
        user.id,
      ],
    );
    if (rows.length === 0) {
      throw new DomainError('DUPLICATE', 'The initiative already has a report for this period', [
        { field: 'periodStart', messages: [`A report starting ${dto.periodStart} exists; edit it instead`] },
      ]);
    }
    return this.get(user, rows[0].id);
  }

  /** Only a draft changes; the database refuses any change to a submitted report as well. */
  async update(user: AuthUser, id: string, dto: UpdateStatusReportDto): Promise<StatusReport> {
    const current = await this.writable(user, id);
    if (current.version !== dto.version) throw staleVersion('status report', current);
    checkPeriod(dto.periodStart ?? current.periodStart, dto.periodEnd ?? current.periodEnd);
    const { dimensions, version } = dto;
    const changes = {
      periodStart: dto.periodStart,
      periodEnd: dto.periodEnd,
      overall: dto.overall,
      summary: dto.summary,
      nextSteps: dto.nextSteps,
      decisionRequest: dto.decisionRequest,
      scopeRag: dimensions?.scope,
      timeRag: dimensions?.time,
      budgetRag: dimensions?.budget,
      benefitsRag: dimensions?.benefits,
      risksRag: dimensions?.risks,
    };
    const key = { id, organisationId: user.organisationId, version };
    if ((await versionedUpdate(this.db.manager, StatusReportEntity, key, changes, { where: `status = 'draft'` })) === 'stale') {
      throw staleVersion('status report', await this.get(user, id));
    }
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string, version: number): Promise<void> {
    const current = await this.writable(user, id);
    if (current.version !== version) throw staleVersion('status report', current);
    await this.db.manager.query(`DELETE FROM status_report WHERE id = $1 AND organisation_id = $2 AND version = $3 AND status = 'draft'`, [
      id,
      user.organisationId,
      version,
    ]);
  }

  /**
   * Freezes the report: status, time and the initiative's key figures of this moment, in one UPDATE of the locked
   * draft. A second submit (or a concurrent one, which waits for the lock) finds it submitted and changes nothing.
   */
  async submit(user: AuthUser, id: string, version: number): Promise<StatusReport> {
    const current = await this.writable(user, id, true);
    if (current.version !== version) throw staleVersion('status report', current);
    const figures = await currentFigures(this.db.manager, user.organisationId, current.initiativeId);
    await this.db.manager.query(
      `UPDATE status_report SET status = 'submitted', submitted_at = $5, figures = $4::jsonb, version = version + 1, updated_at = now()
       WHERE id = $1 AND organisation_id = $2 AND version = $3 AND status = 'draft'`,
      [id, user.organisationId, version, JSON.stringify(figures), this.clock.now()],
    );
    return this.get(user, id);
  }

  /** The report if this user may write it (403) and it is still a draft (422). */
  private async writable(user: AuthUser, id: string, lock = false): Promise<StatusReport> {
    const current = await this.get(user, id, lock);
    const lead = await initiativeLead(this.db.manager, user, current.initiativeId);
    authorise(user, 'status_report.write', { leadsInitiative: lead !== null && lead === user.id }, FORBIDDEN);
    if (current.status === 'submitted') throw frozen(current);
    return current;
  }

  private async select(user: AuthUser, where: string, params: unknown[]): Promise<StatusReport[]> {
    const rows: { report: ReportJson; project_lead_id: string | null }[] = await this.db.manager.query(
      `SELECT ${reportJson('s', 'sa')} AS report, i.project_lead_id
       FROM status_report s JOIN initiative i ON i.id = s.initiative_id LEFT JOIN app_user sa ON sa.id = s.author_id
       WHERE s.organisation_id = $1 AND ${where}`,
      [user.organisationId, ...params],
    );
    return rows.map((row) => toStatusReport(row.report, user, row.project_lead_id));
  }
}

/** The period ends on or after its start (400 on periodEnd). */
function checkPeriod(start: string, end: string): void {
  if (end < start) throw invalid('periodEnd', `periodEnd must not be before periodStart (${start})`);
}
