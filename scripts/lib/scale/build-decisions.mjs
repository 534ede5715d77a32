// Decisions in the append-only log: the gates that brought an initiative to its phase, a pause or stop, and what a
// portfolio review decided. Each is made by the initiative's steering group, or the directorate when it has none.
import { DECISION_REASONS, OPEN_FINDINGS } from './catalogue-governance.mjs';
import { at } from './dates.mjs';

/** The gates of the project model in order, each with the phase it leaves. */
const GATES = [
  ['analysis', 'idea'],
  ['implementation', 'analysis'],
  ['realisation', 'implementation'],
  ['closed', 'realisation'],
];

/** A decision by the initiative's steering group (the directorate when it has none). */
export function addDecision(org, initiative, sink, { kind, from, to, day, reviewId = null, findings = [] }) {
  const group = reviewId ? org.directorate : (initiative.group ?? org.directorate);
  sink.add('decision', {
    id: org.nextId(),
    initiative_id: initiative.id,
    kind,
    from_phase: from,
    to_phase: to,
    reason: org.random.pick(DECISION_REASONS[kind]),
    open_findings: JSON.stringify(findings),
    decided_by: group.chair,
    steering_group_id: group.id,
    review_id: reviewId,
    decided_at: at(day, 13, org.random.int(0, 59)),
  });
}

export function addGateDecisions(org, initiative, sink) {
  const { random } = org;
  for (const [gate, from] of GATES) {
    const day = initiative.gates[gate];
    if (day === undefined) continue;
    // Now and then a gate is passed with open health findings, which the decision keeps.
    const findings = random.chance(0.1) ? [random.pick(OPEN_FINDINGS)] : [];
    addDecision(org, initiative, sink, { kind: 'approve_phase', from, to: gate, day, findings });
  }
  if (initiative.haltedOn !== null) {
    const kind = initiative.phase === 'paused' ? 'pause' : 'stop';
    addDecision(org, initiative, sink, { kind, from: initiative.reached, to: initiative.phase, day: initiative.haltedOn });
  }
}
