import { Injectable } from '@nestjs/common';
import { benefitTotals, goalAchievementPercent } from '@gevinst/domain';
import type { BenefitSummary, BenefitSummaryTotal, BenefitUnit, MeasurementRef, MyBenefit } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { GoalsService } from '../goals/goals.service';
import { initiativeLead } from '../goals/initiative-access';
import { Clock } from '../../common/clock/clock';

/** The latest measurement of a target as JSON; value as text so numeric precision survives until toNumber. */
const latestOf = (column: string, id: string) => `(SELECT json_build_object('id', m.id, 'measuredOn', m.measured_on::text, 'value', m.value::text)
   FROM measurement m WHERE m.${column} = ${id} ORDER BY m.measured_on DESC, m.recorded_at DESC LIMIT 1)`;

type RawRef = { id: string; measuredOn: string; value: string } | null;
const toRef = (raw: RawRef): MeasurementRef | null => (raw ? { id: raw.id, measuredOn: raw.measuredOn, value: toNumber(raw.value) } : null);

/** Read models of follow-up: "Mine gevinster" and an initiative's goal achievement and benefit totals. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly goals: GoalsService,
  ) {}

  /** The user's benefits on non-archived initiatives with open points (overdue computed in SQL), most overdue first. */
  async myBenefits(user: AuthUser): Promise<MyBenefit[]> {
    const rows: (Omit<MyBenefit, 'latestMeasurement'> & { latest: RawRef })[] = await this.db.manager.query(
      `SELECT b.id, b.title, b.type, b.unit, b.unit_label AS "unitLabel", b.status,
              json_build_object('id', i.id, 'code', i.code, 'title', i.title) AS initiative,
              ${latestOf('benefit_id', 'b.id')} AS latest,
              COALESCE(p.points, '[]'::json) AS "openPoints", COALESCE(p.overdue, 0) AS "overdueCount"
       FROM benefit b JOIN initiative i ON i.id = b.initiative_id
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('id', e.id, 'dueDate', e.due_date::text, 'label', e.label, 'overdue', e.due_date < $3::date)
                         ORDER BY e.due_date) AS points,
                (count(*) FILTER (WHERE e.due_date < $3::date))::int AS overdue
         FROM evaluation_point e WHERE e.benefit_id = b.id AND e.measurement_id IS NULL) p ON true
       WHERE b.organisation_id = $1 AND b.owner_user_id = $2 AND i.archived_at IS NULL
       ORDER BY COALESCE(p.overdue, 0) DESC, i.code, b.title`,
      [user.organisationId, user.id, this.clock.today()],
    );
    return rows.map(({ latest, ...row }) => ({ ...row, latestMeasurement: toRef(latest) }));
  }

  async summary(user: AuthUser, initiativeId: string): Promise<BenefitSummary> {
    await initiativeLead(this.db.manager, user, initiativeId);
    const goals = await this.goals.list(user, initiativeId);
    const latest: { goal_id: string; latest: RawRef }[] = await this.db.manager.query(
      `SELECT g.id AS goal_id, ${latestOf('goal_id', 'g.id')} AS latest FROM goal g WHERE g.organisation_id = $1 AND g.initiative_id = $2`,
      [user.organisationId, initiativeId],
    );
    const latestByGoal = new Map(latest.map((row) => [row.goal_id, toRef(row.latest)]));
    const benefits: { quantified: boolean; dis_benefit: boolean; unit: BenefitUnit; unit_label: string | null; years: { year: number; planned: string; realised: string | null }[] }[] =
      await this.db.manager.query(
        `SELECT b.quantified, b.dis_benefit, b.unit, b.unit_label,
                COALESCE((SELECT json_agg(json_build_object('year', y.year, 'planned', y.planned::text, 'realised', y.realised::text))
                          FROM benefit_year y WHERE y.benefit_id = b.id), '[]'::json) AS years
         FROM benefit b WHERE b.organisation_id = $1 AND b.initiative_id = $2`,
        [user.organisationId, initiativeId],
      );
    // 'other' units are only comparable with the same label: total each label on its own.
    const groups = new Map<string, typeof benefits>();
    for (const benefit of benefits) {
      const key = benefit.unit === 'other' ? `other|${benefit.unit_label ?? ''}` : benefit.unit;
      groups.set(key, [...(groups.get(key) ?? []), benefit]);
    }
    const totals: BenefitSummaryTotal[] = [...groups.values()].flatMap((group) =>
      benefitTotals(
        group.map((b) => ({
          quantified: b.quantified,
          disBenefit: b.dis_benefit,
          unit: b.unit,
          planned: b.years.map((y) => ({ year: y.year, amount: toNumber(y.planned) })),
          realised: b.years.filter((y) => y.realised !== null).map((y) => ({ year: y.year, amount: toNumber(y.realised!) })),
        })),
      ).map((total) => ({ ...total, unitLabel: total.unit === 'other' ? (group[0].unit_label ?? null) : null })),
    );
    return {
      goals: goals.map((goal) => {
        const latestMeasurement = latestByGoal.get(goal.id) ?? null;
        const achievementPercent =
          latestMeasurement && goal.baselineValue !== null
            ? goalAchievementPercent(goal.baselineValue, goal.targetValue, latestMeasurement.value)
            : null;
        return { goal, latestMeasurement, achievementPercent };
      }),
      totals,
      nonQuantifiedCount: benefits.filter((b) => !b.quantified).length,
    };
  }
}
