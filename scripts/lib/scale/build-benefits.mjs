// An initiative's goals and benefits with their follow-up: every goal and every quantified benefit is an indicator
// with 24 measurements over about two years (before, during and after the planned period, trending from the baseline
// towards the target as far as the initiative gets), two evaluation points (one due or overdue, one ahead), and each
// quantified benefit a five-year realisation profile. Returns the totals the status reports freeze.
import { BENEFIT_KINDS, EVALUATION_LABELS, GOAL_TEMPLATES, MEASUREMENT_COMMENTS, MEASUREMENT_METHODS, PRECONDITIONS, SIDE_EFFECTS } from './catalogue-benefits.mjs';
import { at, clamp, dayText, toDay } from './dates.mjs';

export const MEASUREMENTS_PER_INDICATOR = 24;
export const GOALS_PER_INITIATIVE = 5;
const PROFILE_RAMP = [0.25, 0.6, 1, 1, 1];

/** Rounds to `decimals` places; a negative count rounds to tens, hundreds, … */
const round = (value, decimals) => {
  if (decimals < 0) return Math.round(value / 10 ** -decimals) * 10 ** -decimals;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** 24 measurement days over the window, their kind, and how far the initiative had come on each. */
function followUpDays(org, initiative) {
  const { random } = org;
  const today = org.asOf;
  // Most indicators were measured lately; about a fifth went stale months ago.
  let windowEnd = today - (random.chance(0.2) ? random.int(100, 420) : random.int(0, 45));
  if (initiative.finishedOn !== null) windowEnd = Math.min(windowEnd, initiative.finishedOn + random.int(200, 700));
  let windowStart = Math.min(initiative.start - random.int(60, 180), windowEnd - 700);
  if (windowStart < initiative.created) windowStart = Math.min(initiative.created, windowEnd - 230);
  const span = windowEnd - windowStart;
  const { start, end } = initiative;
  const days = [];
  for (let i = 0; i < MEASUREMENTS_PER_INDICATOR; i++) {
    const jitter = i > 0 && i < MEASUREMENTS_PER_INDICATOR - 1 ? random.int(-3, 3) : 0;
    const day = Math.min(today, Math.round(windowStart + (i * span) / (MEASUREMENTS_PER_INDICATOR - 1)) + jitter);
    const progress = day < start ? 0 : day >= end ? 1 : ((day - start) / (end - start)) ** 1.3;
    days.push({ day, text: dayText(day), kind: day < start ? 'before' : day < end ? 'during' : 'after', progress });
  }
  return days;
}

/** How much of the target the initiative achieves in the end (above 1: beyond it). */
function achievement(org, initiative) {
  const { random } = org;
  const base =
    initiative.reached === 'closed' || initiative.reached === 'realisation'
      ? random.between(0.6, 1.15)
      : initiative.reached === 'implementation'
        ? random.between(0.45, 1.05)
        : random.between(0.2, 0.9);
  return initiative.trouble === 2 ? base * 0.6 : base;
}

function timeStudy(random, hours, hourlyRate) {
  const minutesBefore = random.int(10, 60);
  const minutesAfter = random.int(2, minutesBefore - 3);
  const casesPerYear = Math.max(0, Math.round((hours * 60) / (minutesBefore - minutesAfter)));
  const hoursPerYear = Math.round(((minutesBefore - minutesAfter) * casesPerYear * 100) / 60) / 100;
  const dkkPerYear = hourlyRate === null ? null : Math.round(hoursPerYear * hourlyRate * 100) / 100;
  return { minutesBefore, minutesAfter, casesPerYear, hourlyRate, hoursPerYear, dkkPerYear };
}

/** The indicator's 24 measurements and its two evaluation points. */
function followUp(org, initiative, sink, { target, days, valueAt, recordedBy, decimals, hours = false }) {
  const { random } = org;
  const today = org.asOf;
  const ids = [];
  for (const { day, text, kind, progress } of days) {
    const id = org.nextId();
    ids.push(id);
    let value = round(valueAt(progress, kind), decimals);
    let study = null;
    if (hours && kind !== 'before' && random.chance(0.1)) {
      study = timeStudy(random, value, random.chance(0.5) ? org.plan.hourlyRateDkk : null);
      value = study.hoursPerYear;
    }
    sink.add('measurement', {
      id,
      goal_id: target.goal_id,
      benefit_id: target.benefit_id,
      kind,
      measured_on: text,
      value,
      comment: random.chance(0.06) ? random.pick(MEASUREMENT_COMMENTS) : null,
      evidence_url: random.chance(0.02) ? `https://intranet.${org.plan.slug}.kommune.example/dokumenter/${initiative.code}` : null,
      time_study: study === null ? null : JSON.stringify(study),
      recorded_by: recordedBy,
      recorded_at: at(Math.min(today, day + random.int(0, 5)), random.int(7, 14), random.int(0, 59)),
    });
  }
  // One point due in the past, fulfilled by a measurement or (a fifth) still open and overdue; one ahead.
  const overdue = random.chance(0.2);
  const fulfilled = random.int(12, MEASUREMENTS_PER_INDICATOR - 1);
  const points = [
    overdue ? { due: today - random.int(5, 240), measurementId: null } : { due: days[fulfilled].day, measurementId: ids[fulfilled] },
    { due: today + random.int(14, 365), measurementId: null },
  ];
  for (const { due, measurementId } of points) {
    sink.add('evaluation_point', {
      id: org.nextId(),
      goal_id: target.goal_id,
      benefit_id: target.benefit_id,
      due_date: dayText(due),
      label: random.pick(EVALUATION_LABELS),
      measurement_id: measurementId,
      created_at: at(Math.min(today, Math.max(initiative.created, due - 120)), 9, random.int(0, 59)),
    });
  }
}

function addGoals(org, initiative, sink, days, createdAt) {
  const { random } = org;
  const goalIds = [];
  for (const template of random.sample(GOAL_TEMPLATES, GOALS_PER_INITIATIVE)) {
    const { decimals, bounds, direction } = template;
    const sign = direction === 'higher' ? 1 : -1;
    const baseline = round(random.between(...template.baseline), decimals);
    let targetValue = round(clamp(baseline * (1 + sign * random.between(...template.change)), ...bounds), decimals);
    if (targetValue === baseline) targetValue = round(baseline + sign * 10 ** -decimals, decimals);
    const range = targetValue - baseline;
    const reach = achievement(org, initiative);
    const scenarios = random.chance(0.5);
    const sideEffects = random.chance(0.3) ? random.pick(SIDE_EFFECTS) : null;
    const id = org.nextId();
    goalIds.push(id);
    sink.add('goal', {
      id,
      initiative_id: initiative.id,
      strategic_goal_id: random.chance(0.8) ? random.pick(org.strategicGoals) : null,
      title: template.title,
      indicator_name: template.indicator,
      unit: template.unit,
      direction,
      baseline_value: baseline,
      baseline_date: days[0].text,
      target_value: targetValue,
      target_date: dayText(initiative.end + random.int(180, 540)),
      pessimistic_target: scenarios ? round(baseline + range * 0.7, decimals) : null,
      optimistic_target: scenarios ? round(baseline + range * 1.2, decimals) : null,
      side_effects: sideEffects,
      side_effects_considered: sideEffects !== null || random.chance(0.5),
      created_at: createdAt,
      updated_at: createdAt,
    });
    const noise = Math.abs(range) * 0.08;
    followUp(org, initiative, sink, {
      target: { goal_id: id, benefit_id: null },
      days,
      valueAt: (progress) => clamp(baseline + range * reach * progress + random.noise() * noise, ...bounds),
      recordedBy: initiative.projectLead,
      decimals,
    });
  }
  return goalIds;
}

function benefitStatus(random, initiative) {
  switch (initiative.phase) {
    case 'idea':
    case 'analysis':
      return 'planned';
    case 'implementation':
    case 'paused':
      return random.weighted([['planned', 40], ['in_progress', 60]]);
    case 'realisation':
      return random.weighted([['in_progress', 60], ['realised', 30], ['not_realised', 10]]);
    case 'closed':
      return random.weighted([['realised', 70], ['not_realised', 20], ['in_progress', 10]]);
    default:
      return random.weighted([['not_realised', 70], ['planned', 30]]);
  }
}

function addBenefits(org, initiative, sink, days, createdAt, goalIds) {
  const { random } = org;
  const totals = { plannedDkk: 0, plannedHours: 0, realised: [] };
  const firstYear = clamp(Number(dayText(initiative.start).slice(0, 4)), 2000, 2096);
  const owners = org.users.benefit_owner;
  const receivers = [initiative.leadArea, ...initiative.involved, ...initiative.leadArea.units];
  for (const kind of BENEFIT_KINDS) {
    const id = org.nextId();
    const owner = random.chance(0.85) ? owners[Math.floor(owners.length * random.float() ** 1.4)] : initiative.projectLead;
    sink.add('benefit', {
      id,
      initiative_id: initiative.id,
      goal_id: random.chance(0.8) ? random.pick(goalIds) : null,
      title: random.pick(kind.titles),
      description: null,
      type: kind.type,
      quantified: kind.quantified,
      unit: kind.unit,
      unit_label: kind.unitLabel ?? null,
      owner_user_id: owner,
      receiving_department_id: random.pick(receivers).id,
      preconditions: random.pick(PRECONDITIONS),
      measurement_method: random.pick(MEASUREMENT_METHODS),
      in_budget: kind.unit === 'DKK' && random.chance(0.4),
      status: benefitStatus(random, initiative),
      created_at: createdAt,
      updated_at: createdAt,
    });
    if (!kind.quantified) continue;

    const reach = achievement(org, initiative);
    const scale = kind.unit === 'other' ? null : kind.unit === 'DKK' ? random.logBetween(50_000, 2_500_000) : random.logBetween(150, 5_000);
    const full = scale === null ? null : scale * (initiative.sizeClass === 'large' ? 2 : 1);
    const before = kind.unit === 'other' ? round(random.between(2.9, 3.6), 2) : 0;
    const goal = kind.unit === 'other' ? round(Math.min(4.9, before + random.between(0.4, 1)), 2) : null;
    const decimals = kind.unit === 'DKK' ? -2 : kind.unit === 'hours' ? 1 : 2;
    const valueAt =
      full === null
        ? (progress) => clamp(before + (goal - before) * reach * progress + random.noise() * 0.08, 1, 5)
        : (progress, measurementKind) => (measurementKind === 'before' ? 0 : Math.max(0, full * reach * progress * (1 + random.noise() * 0.06)));
    followUp(org, initiative, sink, { target: { goal_id: null, benefit_id: id }, days, valueAt, recordedBy: owner, decimals, hours: kind.unit === 'hours' });

    // The yearly profile: planned ramps up from the start year; realised is known for the years already over.
    for (let i = 0; i < PROFILE_RAMP.length; i++) {
      const year = firstYear + i;
      const planned = full === null ? goal : kind.unit === 'DKK' ? Math.round((full * PROFILE_RAMP[i]) / 1000) * 1000 : Math.round((full * PROFILE_RAMP[i]) / 10) * 10;
      const midYear = toDay(`${year}-07-01`);
      const running = initiative.gates.implementation !== undefined && midYear >= initiative.gates.implementation;
      let realised = null;
      if (year < org.asOfYear && running) {
        realised = full === null ? round(clamp(before + (goal - before) * reach * random.between(0.7, 1), 1, 5), 2) : Math.round(planned * reach * random.between(0.85, 1.1));
      }
      sink.add('benefit_year', { benefit_id: id, year, planned, realised });
      if (kind.unit === 'DKK') totals.plannedDkk += planned;
      if (kind.unit === 'hours') totals.plannedHours += planned;
      if (realised !== null && full !== null) totals.realised.push({ year, unit: kind.unit, amount: realised });
    }
  }
  return totals;
}

export function buildBenefits(org, initiative, sink) {
  const days = followUpDays(org, initiative);
  const createdAt = at(Math.min(org.asOf, initiative.created + org.random.int(5, 60)), 10, org.random.int(0, 59));
  const goalIds = addGoals(org, initiative, sink, days, createdAt);
  const totals = addBenefits(org, initiative, sink, days, createdAt, goalIds);
  totals.reach = achievement(org, initiative);
  return totals;
}
