import { Injectable } from '@nestjs/common';
import { oreToKroner } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import type { PayersAndGainers } from '@gevinst/domain';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { toNumber } from '../../common/validation/numeric';
import { initiativeLead } from '../goals/initiative-access';
import { SIGNED_PLANNED } from '../benefits/signed-amount';

interface Row {
  year: number;
  department_id: string | null;
  department_name: string | null;
  pays_ore: string;
  gains: string;
  hours: string;
}

/**
 * Who pays and who gains: per year and department, what the department pays in the initiative's funding plan against
 * the planned quantified DKK benefits it receives. Hours are reported beside it, never added to kroner.
 */
@Injectable()
export class PayersAndGainersService {
  constructor(private readonly db: TenantDb) {}

  async forInitiative(user: AuthUser, initiativeId: string): Promise<PayersAndGainers> {
    await initiativeLead(this.db.manager, user, initiativeId);
    const rows: Row[] = await this.db.manager.query(
      `WITH pays AS (
         SELECT f.year, f.paying_department_id AS department_id, sum(f.amount_ore) AS ore
         FROM funding_line f WHERE f.organisation_id = $1 AND f.initiative_id = $2 GROUP BY 1, 2),
       gains AS (
         SELECT y.year, b.receiving_department_id AS department_id,
                COALESCE(sum(${SIGNED_PLANNED}) FILTER (WHERE b.unit = 'DKK'), 0) AS dkk,
                COALESCE(sum(${SIGNED_PLANNED}) FILTER (WHERE b.unit = 'hours'), 0) AS hours
         FROM benefit b JOIN benefit_year y ON y.benefit_id = b.id
         WHERE b.organisation_id = $1 AND b.initiative_id = $2 AND b.quantified AND b.unit IN ('DKK', 'hours')
         GROUP BY 1, 2)
       SELECT COALESCE(p.year, g.year)::int AS year, COALESCE(p.department_id, g.department_id) AS department_id, d.name AS department_name,
              COALESCE(p.ore, 0)::text AS pays_ore, COALESCE(g.dkk, 0)::text AS gains, COALESCE(g.hours, 0)::text AS hours
       FROM pays p FULL JOIN gains g ON g.year = p.year AND g.department_id = p.department_id
       LEFT JOIN department d ON d.id = COALESCE(p.department_id, g.department_id)
       ORDER BY 1, d.name NULLS LAST`,
      [user.organisationId, initiativeId],
    );
    const placed = rows.filter((row) => row.department_id !== null);
    return {
      initiativeId,
      rows: placed.map((row) => {
        const pays = oreToKroner(row.pays_ore);
        const gains = toNumber(row.gains);
        // Net in øre first, so the difference of two exact amounts stays exact to the øre.
        return {
          year: row.year,
          department: { id: row.department_id as string, name: row.department_name ?? '' },
          pays,
          gains,
          net: Math.round(gains * 100 - Number(row.pays_ore)) / 100,
          hours: toNumber(row.hours),
        };
      }),
      unplacedGains: rows.filter((row) => row.department_id === null && toNumber(row.gains) !== 0).map((row) => ({ year: row.year, amount: toNumber(row.gains) })),
    };
  }
}
