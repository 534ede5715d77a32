// One initiative's rows: the initiative and its involved departments, who steers it, the decisions that brought it
// to its phase and its prioritisation scores; then its goals and benefits, risks, funding and status reports.
import { buildBenefits } from './build-benefits.mjs';
import { addGateDecisions } from './build-decisions.mjs';
import { buildFunding } from './build-funding.mjs';
import { buildReports } from './build-reports.mjs';
import { buildRisks } from './build-risks.mjs';
import { DESCRIPTIONS, EXPECTED_VALUES, PURPOSES } from './catalogue-initiatives.mjs';
import { GATE_NOTES } from './catalogue-governance.mjs';
import { at, dayText } from './dates.mjs';

const NEXT_PHASE = { idea: 'analysis', analysis: 'implementation', implementation: 'realisation', realisation: 'closed' };
const SCORES = [[0, 5], [1, 10], [2, 20], [3, 30], [4, 22], [5, 13]];

function addInitiative(org, initiative, sink) {
  const { random } = org;
  const finished = initiative.finishedOn !== null;
  const archivedDay = finished && random.chance(0.4) ? Math.min(org.asOf, initiative.finishedOn + random.int(30, 200)) : null;
  const lastChange = Math.max(initiative.created, ...Object.values(initiative.gates), initiative.haltedOn ?? 0);
  const technology = initiative.theme.technology;
  sink.add('initiative', {
    id: initiative.id,
    code: initiative.code,
    title: initiative.title,
    purpose: random.pick(PURPOSES),
    description: random.pick(DESCRIPTIONS),
    expected_value: random.pick(EXPECTED_VALUES),
    lead_department_id: initiative.leadArea.id,
    size_class: initiative.sizeClass,
    technology,
    radar_ring: technology ? initiative.theme.ring : null,
    phase: initiative.phase,
    planned_start: dayText(initiative.start),
    planned_end: dayText(initiative.end),
    archived_at: archivedDay === null ? null : at(archivedDay, 12),
    project_lead_id: initiative.projectLead,
    created_at: at(initiative.created, 9, random.int(0, 59)),
    updated_at: at(Math.min(org.asOf, lastChange + random.int(0, 60)), 13, random.int(0, 59)),
  });
  const involved = random.weighted([[0, 35], [1, 35], [2, 20], [3, 10]]);
  const others = org.areas.filter((area) => area !== initiative.leadArea);
  initiative.involved = random.sample(others, involved);
  for (const area of initiative.involved) sink.add('initiative_department', { initiative_id: initiative.id, department_id: area.id });
}

function addGovernance(org, initiative, sink) {
  const { random } = org;
  const forvaltning = initiative.leadArea.forvaltning;
  const idea = initiative.phase === 'idea';
  // Most initiatives past the idea have a steering group and a project owner; a few lack them (ROL-1 findings).
  const hasGroup = idea ? random.chance(0.3) : !random.chance(0.04);
  const projectGroup = org.projectGroups.length > 0 ? random.pick(org.projectGroups) : forvaltning.group;
  const group = random.weighted([[forvaltning.group, 60], [org.directorate, initiative.sizeClass === 'large' ? 25 : 5], [projectGroup, 25]]);
  initiative.group = hasGroup ? group : null;
  const hasOwner = idea ? random.chance(0.4) : !random.chance(0.05);
  const owner = random.chance(0.5) ? forvaltning.director : random.pick(org.users.benefit_owner);
  const requesting = initiative.phase in NEXT_PHASE && random.chance(0.07);
  initiative.gateRequested = requesting;
  sink.add('initiative_governance', {
    initiative_id: initiative.id,
    steering_group_id: initiative.group?.id ?? null,
    project_owner_id: hasOwner ? owner : null,
    requested_phase: requesting ? NEXT_PHASE[initiative.phase] : null,
    requested_at: requesting ? at(org.asOf - random.int(1, 40), 9, random.int(0, 59)) : null,
    requested_by: requesting ? initiative.projectLead : null,
    request_note: requesting ? random.pick(GATE_NOTES) : null,
    paused_from_phase: initiative.phase === 'paused' ? initiative.reached : null,
  });
}

export function buildInitiative(org, initiative, sink) {
  addInitiative(org, initiative, sink);
  addGovernance(org, initiative, sink);
  addGateDecisions(org, initiative, sink);
  for (const criterionId of org.criteria) {
    sink.add('priority_score', { initiative_id: initiative.id, criterion_id: criterionId, score: org.random.weighted(SCORES) });
  }
  const benefits = buildBenefits(org, initiative, sink);
  const risks = buildRisks(org, initiative, sink);
  const funding = buildFunding(org, initiative, sink);
  buildReports(org, initiative, sink, { benefits, risks, funding });
}
