import { Injectable } from '@nestjs/common';
import { evaluateHealth, goalAchievementPercent } from '@gevinst/domain';
import type { BenefitUnit, Direction, HealthFinding, Phase } from '@gevinst/domain';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { HealthSnapshotLoader } from '../health-check/health-snapshot.loader';
import { CARD_LOAD_LIMITS, type BenefitCard, type CardFinding } from './benefit-card.types';

type Row<T> = T & { initiative_id: string };

interface InitiativeRow {
  id: string;
  code: string;
  title: string;
  purpose: string;
  description: string | null;
  phase: Phase;
  planned_start: string | null;
  planned_end: string | null;
  lead_department: string;
  project_lead: string | null;
  project_owner: string | null;
  steering_group: string | null;
  organisation_name: string;
}

interface GoalRow {
  title: string;
  indicator_name: string;
  unit: string;
  direction: Direction;
  baseline_value: string | null;
  baseline_date: string | null;
  target_value: string;
  pessimistic_target: string | null;
  optimistic_target: string | null;
  target_date: string;
  latest_value: string | null;
  latest_on: string | null;
}

interface BenefitRow {
  title: string;
  quantified: boolean;
  unit: BenefitUnit;
  unit_label: string | null;
  owner: string | null;
  receiving_department: string | null;
  years: { year: number; planned: string; realised: string | null }[];
}

interface PointRow {
  due_date: string;
  label: string | null;
  subject: string;
  total: number;
}

// $1 organisation, $2 initiative ids. Every query reads all the ids at once: a chunk of cards costs the same round trips as one.
const INITIATIVES_SQL = `
  SELECT i.id, i.code, i.title, i.purpose, i.description, i.phase, i.planned_start::text AS planned_start, i.planned_end::text AS planned_end,
         d.name AS lead_department, pl.name AS project_lead, po.name AS project_owner, sg.name AS steering_group, o.name AS organisation_name
  FROM initiative i
  JOIN organisation o ON o.id = i.organisation_id
  JOIN department d ON d.id = i.lead_department_id
  LEFT JOIN app_user pl ON pl.id = i.project_lead_id
  LEFT JOIN initiative_governance g ON g.initiative_id = i.id
  LEFT JOIN app_user po ON po.id = g.project_owner_id
  LEFT JOIN steering_group sg ON sg.id = g.steering_group_id
  WHERE i.organisation_id = $1 AND i.id = ANY($2::uuid[])`;

const GOALS_SQL = `
  SELECT g.initiative_id, g.title, g.indicator_name, g.unit, g.direction,
         g.baseline_value::text AS baseline_value, g.baseline_date::text AS baseline_date, g.target_value::text AS target_value,
         g.pessimistic_target::text AS pessimistic_target, g.optimistic_target::text AS optimistic_target, g.target_date::text AS target_date,
         m.value::text AS latest_value, m.measured_on::text AS latest_on
  FROM goal g
  LEFT JOIN LATERAL (
    SELECT m.value, m.measured_on FROM measurement m WHERE m.goal_id = g.id ORDER BY m.measured_on DESC, m.recorded_at DESC LIMIT 1) m ON true
  WHERE g.organisation_id = $1 AND g.initiative_id = ANY($2::uuid[])
  ORDER BY g.initiative_id, g.created_at, g.title, g.id`;

const BENEFITS_SQL = `
  SELECT b.initiative_id, b.title, b.quantified, b.unit, b.unit_label, u.name AS owner, d.name AS receiving_department,
         COALESCE((SELECT json_agg(json_build_object('year', y.year, 'planned', y.planned::text, 'realised', y.realised::text) ORDER BY y.year)
                   FROM benefit_year y WHERE y.benefit_id = b.id), '[]'::json) AS years
  FROM benefit b
  LEFT JOIN app_user u ON u.id = b.owner_user_id
  LEFT JOIN department d ON d.id = b.receiving_department_id
  WHERE b.organisation_id = $1 AND b.initiative_id = ANY($2::uuid[])
  ORDER BY b.initiative_id, b.created_at, b.title, b.id`;

/** Open evaluation points of the initiatives' goals and benefits, soonest first, the first $3 per initiative and the count. */
const POINTS_SQL = `
  SELECT initiative_id, due_date, label, subject, total::int AS total FROM (
    SELECT p.*, row_number() OVER (PARTITION BY p.initiative_id ORDER BY p.due_date, p.subject) AS n,
           count(*) OVER (PARTITION BY p.initiative_id) AS total
    FROM (
      SELECT g.initiative_id, e.due_date::text AS due_date, e.label, g.title AS subject
      FROM evaluation_point e JOIN goal g ON g.id = e.goal_id
      WHERE e.organisation_id = $1 AND g.initiative_id = ANY($2::uuid[]) AND e.measurement_id IS NULL
      UNION ALL
      SELECT b.initiative_id, e.due_date::text, e.label, b.title
      FROM evaluation_point e JOIN benefit b ON b.id = e.benefit_id
      WHERE e.organisation_id = $1 AND b.initiative_id = ANY($2::uuid[]) AND e.measurement_id IS NULL) p) ranked
  WHERE n <= $3
  ORDER BY initiative_id, n`;

/** Errors before warnings, then in the engine's order (which follows the advice catalogue). */
const bySeverity = (findings: readonly HealthFinding[]): CardFinding[] =>
  [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')].map(({ ruleId, severity, message }) => ({ ruleId, severity, message }));

function groupBy<T extends { initiative_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.initiative_id);
    if (group) group.push(row);
    else groups.set(row.initiative_id, [row]);
  }
  return groups;
}

/**
 * Reads the benefit cards of a set of initiatives in a fixed number of queries: four of its own plus the health
 * check's bulk loader (whose snapshots feed the same rule engine as the health tab). Runs in the request's tenant
 * transaction, so row-level security confines it to the organisation as well. Ids of other organisations or unknown
 * ids are simply absent from the result; the order of `initiativeIds` is kept.
 */
@Injectable()
export class BenefitCardLoader {
  constructor(
    private readonly db: TenantDb,
    private readonly health: HealthSnapshotLoader,
  ) {}

  async load(organisationId: string, initiativeIds: readonly string[], today: string): Promise<BenefitCard[]> {
    if (initiativeIds.length === 0) return [];
    const q = <T>(sql: string, extra: unknown[] = []): Promise<T[]> => this.db.manager.query(sql, [organisationId, initiativeIds, ...extra]);
    // Sequential on purpose: a transaction has one connection, so "parallel" queries would only queue.
    const initiatives = await q<InitiativeRow>(INITIATIVES_SQL);
    if (initiatives.length === 0) return [];
    const goals = groupBy(await q<Row<GoalRow>>(GOALS_SQL));
    const benefits = groupBy(await q<Row<BenefitRow>>(BENEFITS_SQL));
    const points = groupBy(await q<Row<PointRow>>(POINTS_SQL, [CARD_LOAD_LIMITS.points]));
    const { snapshots } = await this.health.load(organisationId, { initiativeIds: initiatives.map((i) => i.id) });
    const findings = new Map(snapshots.map((snapshot) => [snapshot.id, bySeverity(evaluateHealth(snapshot, today))]));

    const byId = new Map(initiatives.map((row) => [row.id, row]));
    return initiativeIds.flatMap((id): BenefitCard[] => {
      const i = byId.get(id);
      if (!i) return [];
      const open = points.get(id) ?? [];
      return [
        {
          initiative: {
            id: i.id,
            code: i.code,
            title: i.title,
            purpose: i.purpose,
            description: i.description,
            phase: i.phase,
            leadDepartment: i.lead_department,
            plannedStart: i.planned_start,
            plannedEnd: i.planned_end,
            organisationName: i.organisation_name,
          },
          roles: { projectOwner: i.project_owner, projectLead: i.project_lead, steeringGroup: i.steering_group },
          goals: (goals.get(id) ?? []).map((g) => {
            const baseline = toNumber(g.baseline_value);
            const latest = g.latest_value === null || g.latest_on === null ? null : { value: toNumber(g.latest_value), measuredOn: g.latest_on };
            const likely = toNumber(g.target_value);
            return {
              title: g.title,
              indicatorName: g.indicator_name,
              unit: g.unit,
              direction: g.direction,
              baseline: baseline === null ? null : { value: baseline, date: g.baseline_date },
              target: { pessimistic: toNumber(g.pessimistic_target), likely, optimistic: toNumber(g.optimistic_target), date: g.target_date },
              latest,
              achievementPercent: latest && baseline !== null ? goalAchievementPercent(baseline, likely, latest.value) : null,
            };
          }),
          benefits: (benefits.get(id) ?? []).map((b) => ({
            title: b.title,
            quantified: b.quantified,
            unit: b.unit,
            unitLabel: b.unit_label,
            owner: b.owner,
            receivingDepartment: b.receiving_department,
            years: b.years.map((y) => ({ year: y.year, planned: toNumber(y.planned), realised: toNumber(y.realised) })),
          })),
          evaluationPoints: open.map((p) => ({ dueDate: p.due_date, label: p.label, subject: p.subject, overdue: p.due_date < today })),
          evaluationPointCount: open[0]?.total ?? 0,
          findings: findings.get(id) ?? [],
        },
      ];
    });
  }
}
