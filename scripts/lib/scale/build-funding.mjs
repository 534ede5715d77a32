// An initiative's funding plan: a line for each of five budget years and each category (purchase up front,
// implementation early, operation from the second year, a risk reserve), in whole øre; later years often only
// proposed; paid by the lead område, an involved one or another. A few initiatives apply to a pool, and a granted
// application becomes the confirmed pool line of its year and category (never beyond the pool's capital).
import { APPLICATION_PURPOSES, CENTRAL_SOURCES, EXTERNAL_SOURCES, FUNDING_NOTES, REJECTION_REASONS } from './catalogue-governance.mjs';
import { at, clamp, dayText } from './dates.mjs';

export const FUNDING_YEARS = 5;
/** Share of the whole budget per category and budget year; the shares add up to about 1. */
const SHARES = {
  acquisition: [0.25, 0.03, 0.02, 0.02, 0.02],
  implementation: [0.15, 0.12, 0.04, 0.02, 0.01],
  operation: [0.02, 0.05, 0.06, 0.06, 0.06],
  risk_reserve: [0.02, 0.02, 0.01, 0.005, 0.005],
  other: [0.01, 0.01, 0.005, 0.005, 0.005],
};

/** A pool application; returns the granted line's details, or null. */
function apply(org, initiative, sink, firstYear) {
  const { random } = org;
  const today = org.asOf;
  const pool = random.pick(org.pools);
  const year = firstYear + random.int(0, 2);
  const category = random.chance(0.6) ? 'implementation' : 'acquisition';
  const amountOre = Math.round(random.logBetween(100_000, 1_500_000) / 10_000) * 10_000 * 100;
  const appliedDay = random.int(Math.min(today - 1, initiative.created + 30), today - 1);
  let status = appliedDay <= today - 30 ? random.weighted([['granted', 60], ['rejected', 25], ['applied', 15]]) : 'applied';
  let reason = status === 'rejected' ? REJECTION_REASONS[1] : null;
  // A grant may never take a pool's year beyond its capital.
  if (status === 'granted') {
    const left = pool.capital.get(year) ?? 0;
    if (left >= amountOre) pool.capital.set(year, left - amountOre);
    else [status, reason] = ['rejected', REJECTION_REASONS[0]];
  }
  const decidedDay = status === 'applied' ? null : Math.min(today, appliedDay + random.int(7, 28));
  const id = org.nextId();
  sink.add('pool_application', {
    id,
    pool_id: pool.id,
    initiative_id: initiative.id,
    year,
    amount_ore: amountOre,
    category,
    purpose: random.pick(APPLICATION_PURPOSES),
    status,
    applied_by: initiative.projectLead,
    decided_by: decidedDay === null ? null : random.pick(org.users.finance),
    decided_at: decidedDay === null ? null : at(decidedDay, 14, random.int(0, 59)),
    reason,
    created_at: at(appliedDay, 10, random.int(0, 59)),
    updated_at: at(decidedDay ?? appliedDay, 14, random.int(0, 59)),
  });
  return status === 'granted' ? { id, poolId: pool.id, year, category, amountOre, decidedDay } : null;
}

/** Returns the plan's total in kroner, which the status reports freeze. */
export function buildFunding(org, initiative, sink) {
  const { random } = org;
  const today = org.asOf;
  const firstYear = clamp(Number(dayText(initiative.start).slice(0, 4)), 2000, 2100 - FUNDING_YEARS);
  const budget = initiative.sizeClass === 'large' ? random.logBetween(2_000_000, 25_000_000) : random.logBetween(150_000, 2_000_000);
  const grant = initiative.phase !== 'idea' && random.chance(0.05) ? apply(org, initiative, sink, firstYear) : null;
  const payers = [initiative.leadArea, ...initiative.involved];
  const createdDay = Math.min(today, initiative.created + random.int(10, 120));
  let totalOre = 0;
  for (let offset = 0; offset < FUNDING_YEARS; offset++) {
    const year = firstYear + offset;
    for (const [category, shares] of Object.entries(SHARES)) {
      const granted = grant !== null && grant.year === year && grant.category === category;
      const amountOre = granted ? grant.amountOre : Math.max(5_000, Math.round((budget * shares[offset] * random.between(0.8, 1.2)) / 1000) * 1000) * 100;
      const source = granted ? 'pool' : random.weighted([['own_budget', 70], ['central', 15], ['external_grant', 10]]);
      const confirmed = granted || (initiative.phase !== 'idea' && (year <= org.asOfYear ? random.chance(0.9) : random.chance(0.4)));
      const payerRoll = random.float();
      const payer = payerRoll < 0.55 ? initiative.leadArea : payerRoll < 0.75 ? random.pick(payers) : random.pick(org.departments);
      const updatedDay = granted ? Math.max(createdDay, grant.decidedDay) : createdDay;
      totalOre += amountOre;
      sink.add('funding_line', {
        id: org.nextId(),
        initiative_id: initiative.id,
        year,
        category,
        amount_ore: amountOre,
        source,
        pool_id: granted ? grant.poolId : null,
        source_name: source === 'central' ? random.pick(CENTRAL_SOURCES) : source === 'external_grant' ? random.pick(EXTERNAL_SOURCES) : null,
        paying_department_id: payer.id,
        note: random.chance(0.05) ? random.pick(FUNDING_NOTES) : null,
        status: confirmed ? 'confirmed' : 'proposed',
        application_id: granted ? grant.id : null,
        created_at: at(createdDay, 11, random.int(0, 59)),
        updated_at: at(updatedDay, 15, random.int(0, 59)),
      });
    }
  }
  return { budgetDkk: totalOre / 100 };
}
