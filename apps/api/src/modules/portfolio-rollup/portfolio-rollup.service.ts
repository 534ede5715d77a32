import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { evaluateHealth, HEALTH_RULES, HEALTH_RULES_REVISION, reviewCycleOf } from '@gevinst/domain';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { HealthSnapshotLoader, type HealthInitiativeRef } from '../health-check/health-snapshot.loader';
import type { HealthFindingBrief } from './portfolio-health';
import { ROLLUP_FIGURES_SQL } from './rollup-figures';
import { reviewCycleOfOrganisation } from './review-cycle-setting';
import { Clock } from '../../common/clock/clock';

/** Bump when the figures' SQL changes meaning: rows computed by an older release are recomputed. */
const FIGURES_REVISION = 1;

/** Changes when the health rules or the figures do, so rows computed by an older release are recomputed. */
export const ROLLUP_VERSION = createHash('sha256')
  .update(JSON.stringify([FIGURES_REVISION, HEALTH_RULES_REVISION, HEALTH_RULES.map((r) => [r.id, r.theme, r.fromPhase, r.largeOnly, r.adviceId ?? null])]))
  .digest('hex')
  .slice(0, 32);

/**
 * A set of initiatives as SQL: a WITH clause defining `scope(id)`, its parameters starting at $1 = the organisation.
 * The overview's filters (portfolio-scope.ts) and the health check's scopes both produce one.
 */
export interface ScopeSql {
  withClause: string;
  params: unknown[];
}

export interface CheckedInitiative {
  initiative: HealthInitiativeRef;
  findings: HealthFindingBrief[];
}

/**
 * Keeps initiative_rollup current for a scope before a portfolio view reads it: finds the rows that are missing or
 * stale (a change to their inputs since — counted by triggers —, not computed today, or by an older release),
 * recomputes just those (health rules through the snapshot loader and the engine; figures in one grouped SQL pass)
 * and stores them. Runs in the request's tenant transaction; a change committed meanwhile raises `changes` past the
 * stored `checked_changes`, so the next view picks it up. An unchanged portfolio costs one read.
 */
@Injectable()
export class PortfolioRollupService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly loader: HealthSnapshotLoader,
  ) {}

  /**
   * Brings the scope's rows up to date and returns the scope's state: today, how many initiatives, and the highest
   * change number among them. Change numbers come from one sequence, and an initiative entering a scope (a new one,
   * or a change of phase, department, steering group or archive) gets a new one — so an equal state means equal rows,
   * which lets a view reuse what it computed from them.
   */
  async refresh(organisationId: string, scope: ScopeSql, today = this.clock.today()): Promise<string> {
    const n = scope.params.length;
    const staleCondition = `r.initiative_id IS NULL OR r.checked_changes IS DISTINCT FROM r.changes OR r.checked_on IS DISTINCT FROM $${n + 1}::date
          OR r.version IS DISTINCT FROM $${n + 2} OR r.findings IS NULL OR r.funding_year IS NULL`;
    const params = [...scope.params, today, ROLLUP_VERSION];
    const state = async () => {
      const [row]: { initiatives: number; latest: string | null; stale: number }[] = await this.db.manager.query(
        `${scope.withClause}
         SELECT count(*)::int AS initiatives, max(r.changes)::text AS latest, count(*) FILTER (WHERE ${staleCondition})::int AS stale
         FROM scope s LEFT JOIN initiative_rollup r ON r.initiative_id = s.id`,
        params,
      );
      return row;
    };
    let current = await state();
    if (current.stale > 0) {
      const stale: { id: string; changes: string | null }[] = await this.db.manager.query(
        `${scope.withClause}
         SELECT s.id, r.changes FROM scope s LEFT JOIN initiative_rollup r ON r.initiative_id = s.id WHERE ${staleCondition} ORDER BY s.id`,
        params,
      );
      await this.recompute(organisationId, stale, today);
      current = await state();
    }
    return `${today}/${current.initiatives}/${current.latest ?? 0}`;
  }

  /** The initiatives of a scope (code order) with their health findings, current. */
  async findings(organisationId: string, scope: ScopeSql, today = this.clock.today()): Promise<CheckedInitiative[]> {
    await this.refresh(organisationId, scope, today);
    const rows: (HealthInitiativeRef & { findings: HealthFindingBrief[] })[] = await this.db.manager.query(
      `${scope.withClause}
       SELECT i.id, i.code, i.title, i.phase, r.findings
       FROM scope s JOIN initiative i ON i.id = s.id JOIN initiative_rollup r ON r.initiative_id = s.id ORDER BY i.code`,
      scope.params,
    );
    return rows.map(({ findings, ...initiative }) => ({ initiative, findings }));
  }

  /** `stale` in id order, so concurrent refreshes of overlapping scopes lock rows in the same order. */
  private async recompute(organisationId: string, stale: { id: string; changes: string | null }[], today: string): Promise<void> {
    const ids = stale.map((row) => row.id);
    const { snapshots } = await this.loader.load(organisationId, { initiativeIds: ids });
    // Only rule, theme and severity are kept: a portfolio's worth of Danish messages would cost more to read back
    // than to recompute. One initiative's full findings come from its own (uncached) health check.
    const findings = new Map(snapshots.map((s) => [s.id, evaluateHealth(s, today).map(({ ruleId, theme, severity }) => ({ ruleId, theme, severity }))]));
    const of = (id: string) => findings.get(id) ?? [];
    const errors = (id: string) => of(id).filter((finding) => finding.severity === 'error').length;
    await this.db.manager.query(
      `INSERT INTO initiative_rollup (initiative_id, organisation_id, changes, checked_changes, checked_on, version, findings, errors, warnings)
       SELECT id, $1::uuid, changes, changes, $4::date, $5::varchar, findings, errors, warnings
       FROM (SELECT id, COALESCE(changes, nextval('initiative_rollup_change_seq')) AS changes, findings, errors, warnings
             FROM unnest($2::uuid[], $3::bigint[], $6::jsonb[], $7::smallint[], $8::smallint[]) AS u(id, changes, findings, errors, warnings)) x
       ON CONFLICT (initiative_id) DO UPDATE
         SET checked_changes = EXCLUDED.checked_changes, checked_on = EXCLUDED.checked_on, version = EXCLUDED.version, findings = EXCLUDED.findings,
             errors = EXCLUDED.errors, warnings = EXCLUDED.warnings`,
      [
        organisationId,
        ids,
        stale.map((row) => row.changes),
        today,
        ROLLUP_VERSION,
        ids.map((id) => JSON.stringify(of(id))),
        ids.map(errors),
        ids.map((id) => of(id).length - errors(id)),
      ],
    );
    const cycle = reviewCycleOf(await reviewCycleOfOrganisation(this.db.manager, organisationId), today);
    await this.db.manager.query(
      `UPDATE initiative_rollup r
       SET funding_year = f.funding_year, funding_department = f.funding_department, funding_confirmed = f.funding_confirmed,
           funding_ore = f.funding_ore, budget_ore = f.budget_ore, benefit_year = f.benefit_year, benefit_unit = f.benefit_unit,
           benefit_planned = f.benefit_planned, benefit_realised = f.benefit_realised, potential = f.potential, goals = f.goals,
           measured_goals = f.measured_goals, pct_sum = f.pct_sum, red = f.red, high_risks = f.high_risks, max_risk = f.max_risk,
           heat_cell = f.heat_cell, heat_risks = f.heat_risks, overdue = f.overdue, missing_report = f.missing_report, priority = f.priority
       FROM (${ROLLUP_FIGURES_SQL}) f WHERE r.initiative_id = f.id`,
      [organisationId, ids, today, cycle.start, cycle.end],
    );
  }
}
