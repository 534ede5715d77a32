import { reviewCycleOf as cycleBounds } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import type { MissingReport, Phase } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { reviewCycleOf } from '../organisations/organisations.service';
import { Clock } from '../../common/clock/clock';

/** The phases in which a project reports every cycle. */
export const REPORTING_PHASES: Phase[] = ['implementation', 'realisation'];

interface MissingRow {
  id: string;
  code: string;
  title: string;
  phase: Phase;
  lead_id: string | null;
  lead_name: string | null;
  cycle_start: string;
  cycle_end: string;
}

/** Initiatives that owe a status report for the current review cycle (GOV-2: follow up continuously). */
@Injectable()
export class MissingReportsService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  /**
   * Initiatives in gennemførelse or realisering, not archived, without a submitted report whose period overlaps the
   * organisation's current cycle (calendar month or quarter in Denmark); optionally only those steered by a group or
   * a group below it. One query besides reading the cycle.
   */
  async list(user: AuthUser, steeringGroupId?: string, today = this.clock.today()): Promise<MissingReport[]> {
    const [organisation]: { settings: Record<string, unknown> }[] = await this.db.manager.query('SELECT settings FROM organisation WHERE id = $1', [
      user.organisationId,
    ]);
    const cycle = cycleBounds(reviewCycleOf(organisation?.settings), today);
    if (steeringGroupId) {
      const found: unknown[] = await this.db.manager.query('SELECT 1 FROM steering_group WHERE organisation_id = $1 AND id = $2', [
        user.organisationId,
        steeringGroupId,
      ]);
      if (found.length === 0) throw notFound('Steering group');
    }
    const rows: MissingRow[] = await this.db.manager.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM steering_group WHERE organisation_id = $1 AND id = $5
         UNION
         SELECT g.id FROM steering_group g JOIN subtree t ON g.parent_id = t.id WHERE g.organisation_id = $1)
       SELECT i.id, i.code, i.title, i.phase, u.id AS lead_id, u.name AS lead_name, $2::date::text AS cycle_start, $3::date::text AS cycle_end
       FROM initiative i LEFT JOIN app_user u ON u.id = i.project_lead_id
       WHERE i.organisation_id = $1 AND i.archived_at IS NULL AND i.phase = ANY($4::initiative_phase[])
         AND ($5::uuid IS NULL OR EXISTS (
           SELECT 1 FROM initiative_governance ig WHERE ig.initiative_id = i.id AND ig.steering_group_id IN (SELECT id FROM subtree)))
         AND NOT EXISTS (
           SELECT 1 FROM status_report s
           WHERE s.initiative_id = i.id AND s.status = 'submitted' AND s.period_start <= $3::date AND s.period_end >= $2::date)
       ORDER BY i.code`,
      [user.organisationId, cycle.start, cycle.end, REPORTING_PHASES, steeringGroupId ?? null],
    );
    return rows.map((row) => ({
      initiative: { id: row.id, code: row.code, title: row.title, phase: row.phase },
      projectLead: row.lead_id ? { id: row.lead_id, name: row.lead_name ?? '' } : null,
      cycleStart: row.cycle_start,
      cycleEnd: row.cycle_end,
    }));
  }
}
