// An initiative's risk log: ten risks rated 1–5 for probability and consequence (troubled initiatives rate higher),
// most mitigated, with two actions each; some not reviewed for months (stale) and some actions past their deadline.
import { RISK_ACTIONS, RISK_TEMPLATES } from './catalogue-risks.mjs';
import { at, dayText } from './dates.mjs';

export const RISKS_PER_INITIATIVE = 10;
const RATINGS = [[1, 12], [2, 25], [3, 30], [4, 22], [5, 11]];
const HIGH_SCORE = 15;

function status(random, finished) {
  return finished
    ? random.weighted([['closed', 80], ['occurred', 10], ['open', 10]])
    : random.weighted([['open', 45], ['in_progress', 35], ['closed', 15], ['occurred', 5]]);
}

/** Last review of a risk: live risks mostly within the last 80 days, a quarter stale (over 90 days), a few never. */
function lastReviewed(random, live, identified, today) {
  const roll = random.float();
  if (roll < 0.05) return null;
  const day = live ? (roll < 0.3 ? today - random.int(91, 400) : today - random.int(0, 80)) : identified + random.int(0, 200);
  return Math.min(today, Math.max(identified, day));
}

function actionStatus(random, riskStatus, deadline, today) {
  if (riskStatus === 'closed') return 'done';
  return deadline < today
    ? random.weighted([['done', 70], ['in_progress', 20], ['planned', 10]])
    : random.weighted([['planned', 60], ['in_progress', 40]]);
}

/** Returns the number of live risks rated high, which the status reports count. */
export function buildRisks(org, initiative, sink) {
  const { random } = org;
  const today = org.asOf;
  const lastDay = Math.min(today, initiative.finishedOn ?? today);
  let openHigh = 0;
  random.sample(RISK_TEMPLATES, RISKS_PER_INITIATIVE).forEach((template, index) => {
    const probability = Math.min(5, random.weighted(RATINGS) + (initiative.trouble === 2 ? 1 : 0));
    const consequence = random.weighted(RATINGS);
    const mitigated = random.chance(0.6);
    const riskStatus = status(random, initiative.finishedOn !== null);
    const live = riskStatus === 'open' || riskStatus === 'in_progress';
    const identified = random.int(initiative.created, Math.max(initiative.created, lastDay));
    const reviewed = lastReviewed(random, live, identified, today);
    const ownerRoll = random.float();
    const owner = ownerRoll < 0.6 ? initiative.projectLead : ownerRoll < 0.9 ? random.pick(org.users.benefit_owner) : null;
    if (live && probability * consequence >= HIGH_SCORE) openHigh += 1;
    const id = org.nextId();
    sink.add('risk', {
      id,
      initiative_id: initiative.id,
      number: index + 1,
      title: template.title,
      cause: template.cause,
      event: template.event,
      consequence_text: template.consequence,
      category: template.category,
      probability,
      consequence,
      handler: random.weighted([['municipality', 55], ['supplier', 20], ['shared', 20], [null, 5]]),
      owner_user_id: owner,
      residual_probability: mitigated ? Math.max(1, probability - random.int(0, 2)) : null,
      residual_consequence: mitigated ? Math.max(1, consequence - random.int(0, 1)) : null,
      status: riskStatus,
      identified_on: dayText(identified),
      last_reviewed_on: reviewed === null ? null : dayText(reviewed),
      created_at: at(identified, 10, random.int(0, 59)),
      updated_at: at(reviewed ?? identified, 11, random.int(0, 59)),
    });
    RISK_ACTIONS[template.category].forEach((action, position) => {
      const deadline = identified + random.int(30, 300);
      sink.add('risk_action', {
        id: org.nextId(),
        risk_id: id,
        position: position + 1,
        action,
        responsible: owner === null ? 'Projektleder' : org.userNames.get(owner),
        deadline: dayText(deadline),
        status: actionStatus(random, riskStatus, deadline, today),
      });
    });
  });
  return { openHigh };
}
