// An initiative's eight quarterly status reports, inserted as the app leaves them: submitted ones frozen with their
// key figures (the database refuses any later change to them), the current quarter's now and then still a draft.
// Initiatives that go badly report amber and red more often; red reports and requests for a decision put the
// initiative on the directorate's agenda for the quarter, where some get a decision.
import { addDecision } from './build-decisions.mjs';
import { DECISION_REQUESTS, NEXT_STEPS, REPORT_SUMMARIES } from './catalogue-governance.mjs';
import { at, dayText, quarterEnd, quarterStart, weekday, yearOf } from './dates.mjs';
import { phaseAt } from './plan-initiatives.mjs';

export const REPORTS_PER_INITIATIVE = 8;
const AGENDA_MAX = 40;
const OVERALL_BY_TROUBLE = [
  [['green', 85], ['amber', 13], ['red', 2]],
  [['green', 45], ['amber', 45], ['red', 10]],
  [['green', 20], ['amber', 45], ['red', 35]],
];

/** Scope, time, budget, benefits and risks: the overall colour is the worst of them. */
function dimensions(random, overall) {
  const colours = ['green', 'green', 'green', 'green', 'green'];
  if (overall === 'amber') for (const i of random.sample([0, 1, 2, 3, 4], random.int(1, 2))) colours[i] = 'amber';
  if (overall === 'red') {
    const [worst, ...others] = random.sample([0, 1, 2, 3, 4], random.int(2, 3));
    colours[worst] = 'red';
    for (const i of others) colours[i] = random.chance(0.5) ? 'red' : 'amber';
  }
  return colours;
}

const round1 = (value) => Math.round(value * 10) / 10;

/** The key figures as the app freezes them at submission, as they stood on `day`. */
function figures(initiative, day, { benefits, risks, funding }) {
  const progress = day < initiative.start ? 0 : day >= initiative.end ? 1 : (day - initiative.start) / (initiative.end - initiative.start);
  const year = yearOf(day);
  const realised = (unit) => benefits.realised.filter((r) => r.unit === unit && r.year < year).reduce((sum, r) => sum + r.amount, 0);
  return JSON.stringify({
    goalAchievementPct: round1(benefits.reach * progress * 100),
    plannedBenefitsDkk: benefits.plannedDkk,
    realisedBenefitsDkk: realised('DKK'),
    plannedHours: benefits.plannedHours,
    realisedHours: realised('hours'),
    budgetDkk: funding.budgetDkk,
    openHighRisks: risks.openHigh,
    phase: phaseAt(initiative, day),
  });
}

function addToAgenda(org, initiative, sink, { review, reportId, overall, decisionRequested }) {
  const { random } = org;
  const onAgenda = overall === 'red' || (overall === 'amber' && (decisionRequested || random.chance(0.2)));
  if (!onAgenda || review.items >= AGENDA_MAX) return;
  review.items += 1;
  const reasons = [overall === 'red' ? 'red_status' : 'amber_status'];
  if (decisionRequested) reasons.push('decision_requested');
  if (review.planned && initiative.gateRequested) reasons.push('gate_request');
  sink.add('review_item', { id: org.nextId(), review_id: review.id, initiative_id: initiative.id, position: review.items, reasons: `{${reasons.join(',')}}`, status_report_id: reportId });
  // A held meeting decided on what it was asked, when the initiative has stayed in that phase since.
  const phase = initiative.phase;
  if (!review.planned && decisionRequested && (phase === 'implementation' || phase === 'realisation') && phaseAt(initiative, review.heldOn) === phase) {
    const kind = random.chance(0.7) ? 'continue' : 'reprioritise';
    addDecision(org, initiative, sink, { kind, from: phase, to: phase, day: review.heldOn, reviewId: review.id });
  }
}

export function buildReports(org, initiative, sink, totals) {
  const { random } = org;
  const today = org.asOf;
  for (let quarter = initiative.reportEnd - REPORTS_PER_INITIATIVE + 1; quarter <= initiative.reportEnd; quarter++) {
    const periodStart = quarterStart(quarter);
    const current = quarter === org.currentQuarter;
    // Written late in the quarter, before the directorate meets; this quarter's between its first day and today.
    let written = current ? random.int(periodStart, today) : Math.min(today, periodStart + random.int(50, 72));
    if (weekday(written) >= periodStart) written = weekday(written);
    const draft = current && random.chance(0.1);
    const overall = random.weighted(OVERALL_BY_TROUBLE[initiative.trouble]);
    const [scope, time, budget, benefits, risks] = dimensions(random, overall);
    const decisionRequested = (overall === 'red' && random.chance(0.4)) || (overall === 'amber' && random.chance(0.08));
    const id = org.nextId();
    sink.add('status_report', {
      id,
      initiative_id: initiative.id,
      period_start: dayText(periodStart),
      period_end: dayText(quarterEnd(quarter)),
      overall,
      scope_rag: scope,
      time_rag: time,
      budget_rag: budget,
      benefits_rag: benefits,
      risks_rag: risks,
      summary: random.pick(REPORT_SUMMARIES[overall]),
      next_steps: random.pick(NEXT_STEPS),
      decision_request: decisionRequested ? random.pick(DECISION_REQUESTS) : null,
      status: draft ? 'draft' : 'submitted',
      author_id: initiative.projectLead,
      submitted_at: draft ? null : at(written, 13, random.int(0, 59)),
      figures: draft ? null : figures(initiative, written, totals),
      created_at: at(written, 9, random.int(0, 59)),
      updated_at: at(written, draft ? 9 : 13, 59),
    });
    const review = org.reviews.get(quarter);
    if (review && !draft && (review.planned || written < review.heldOn)) {
      addToAgenda(org, initiative, sink, { review, reportId: id, overall, decisionRequested });
    }
  }
}
