import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { evaluateHealth, HEALTH_RULES, HEALTH_RULES_REVISION } from '@gevinst/domain';
import type { HealthFinding } from '@gevinst/domain';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { danishDate } from '../../common/validation/numeric';
import { healthScopeSql, type HealthScope } from './health-scope';
import { HealthSnapshotLoader, type HealthInitiativeRef } from './health-snapshot.loader';

export interface CheckedInitiative {
  initiative: HealthInitiativeRef;
  findings: HealthFinding[];
}

/** Changes when the rules do, so findings cached by an older release are recomputed. */
export const HEALTH_RULES_VERSION = createHash('sha256')
  .update(JSON.stringify([HEALTH_RULES_REVISION, HEALTH_RULES.map((r) => [r.id, r.theme, r.fromPhase, r.largeOnly, r.adviceId ?? null])]))
  .digest('hex')
  .slice(0, 32);

interface CachedRow extends HealthInitiativeRef {
  changes: string | null;
  findings: HealthFinding[] | null;
}

/**
 * The health check over many initiatives without re-reading all their data: findings are kept per initiative in
 * initiative_health and reused while current (no change to the rules' inputs since — counted by triggers — checked
 * today, same rules). Only the rest go through the snapshot loader and the engine, and are stored again. Runs in the
 * request's tenant transaction; a change committed while it recomputes raises `changes` past the stored
 * `checked_changes`, so it is picked up by the next check.
 */
@Injectable()
export class HealthFindingsCache {
  constructor(
    private readonly db: TenantDb,
    private readonly loader: HealthSnapshotLoader,
  ) {}

  async check(organisationId: string, scope: HealthScope, now = new Date()): Promise<CheckedInitiative[]> {
    const today = danishDate(now);
    const { withClause, where, params } = healthScopeSql(organisationId, scope);
    const rows: CachedRow[] = await this.db.manager.query(
      `${withClause}
       SELECT i.id, i.code, i.title, i.phase, h.changes,
              CASE WHEN h.checked_changes = h.changes AND h.checked_on = $${params.length + 1} AND h.rules_version = $${params.length + 2} THEN h.findings END AS findings
       FROM initiative i LEFT JOIN initiative_health h ON h.initiative_id = i.id
       WHERE ${where}
       ORDER BY i.code`,
      [...params, today, HEALTH_RULES_VERSION],
    );
    const stale = rows.filter((row) => row.findings === null);
    const computed = stale.length > 0 ? await this.recompute(organisationId, stale, today) : new Map<string, HealthFinding[]>();
    return rows.map(({ id, code, title, phase, findings }) => ({ initiative: { id, code, title, phase }, findings: findings ?? computed.get(id) ?? [] }));
  }

  private async recompute(organisationId: string, stale: CachedRow[], today: string): Promise<Map<string, HealthFinding[]>> {
    const { snapshots } = await this.loader.load(organisationId, { initiativeIds: stale.map((row) => row.id) });
    const findings = new Map(snapshots.map((snapshot) => [snapshot.id, evaluateHealth(snapshot, today)]));
    // In id order, so concurrent checks of overlapping portfolios lock rows in the same order.
    const ordered = [...stale].sort((a, b) => (a.id < b.id ? -1 : 1));
    await this.db.manager.query(
      `INSERT INTO initiative_health (initiative_id, organisation_id, changes, checked_changes, checked_on, rules_version, findings)
       SELECT id, $1::uuid, changes, changes, $4::date, $5::varchar, findings
       FROM unnest($2::uuid[], $3::bigint[], $6::jsonb[]) AS x(id, changes, findings)
       ON CONFLICT (initiative_id) DO UPDATE
         SET checked_changes = EXCLUDED.checked_changes, checked_on = EXCLUDED.checked_on, rules_version = EXCLUDED.rules_version, findings = EXCLUDED.findings`,
      [
        organisationId,
        ordered.map((row) => row.id),
        ordered.map((row) => row.changes ?? '0'),
        today,
        HEALTH_RULES_VERSION,
        ordered.map((row) => JSON.stringify(findings.get(row.id) ?? [])),
      ],
    );
    return findings;
  }
}
