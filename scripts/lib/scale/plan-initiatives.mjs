// The initiatives of an organisation before their rows: phase and a timeline that fits it (planned period, the
// gates passed, a pause or stop), relative to the as-of day, so overdue and stale cases arise as in real portfolios.
// Codes are numbered per registration year in registration order, and the code sequence continues from them.
import { INITIATIVE_THEMES, TITLE_PREFIXES } from './catalogue-initiatives.mjs';
import { quarterOf, quarterStart, yearOf } from './dates.mjs';

const PHASES = [['idea', 10], ['analysis', 12], ['implementation', 30], ['realisation', 24], ['closed', 16], ['paused', 4], ['stopped', 4]];
const REPORTS_PER_INITIATIVE = 8;

/** Planned period and gate days (days since 1970) for an initiative that has reached `phase` by day `today`. */
function timeline(phase, today, random) {
  const gates = {};
  let start;
  let end;
  const passAnalysisAndImplementation = () => {
    gates.analysis = start - random.int(60, 300);
    gates.implementation = start - random.int(0, 20);
  };
  switch (phase) {
    case 'idea':
      start = today + random.int(30, 400);
      end = start + random.int(180, 900);
      break;
    case 'analysis':
      gates.analysis = today - random.int(20, 400);
      // A planned start already passed is an analysis running late.
      start = gates.analysis + random.int(90, 500);
      end = start + random.int(180, 900);
      break;
    case 'implementation':
      start = today - random.int(20, 700);
      end = start + random.int(180, 1000);
      passAnalysisAndImplementation();
      break;
    case 'realisation':
      end = today - random.int(15, 500);
      start = end - random.int(180, 900);
      passAnalysisAndImplementation();
      gates.realisation = Math.min(today - 1, end + random.int(0, 20));
      break;
    default: // closed
      gates.closed = today - random.int(10, 900);
      end = gates.closed - random.int(180, 540);
      start = end - random.int(180, 900);
      passAnalysisAndImplementation();
      gates.realisation = end + random.int(0, 20);
  }
  return { start, end, gates };
}

const lastGate = (gates) => Math.max(...Object.values(gates));

/** The phase the initiative was in on `day`. */
export function phaseAt(initiative, day) {
  const { gates, haltedOn } = initiative;
  if (haltedOn !== null && day >= haltedOn) return initiative.phase;
  if (gates.closed !== undefined && day >= gates.closed) return 'closed';
  if (gates.realisation !== undefined && day >= gates.realisation) return 'realisation';
  if (gates.implementation !== undefined && day >= gates.implementation) return 'implementation';
  if (gates.analysis !== undefined && day >= gates.analysis) return 'analysis';
  return 'idea';
}

function planOne(org, random, themes) {
  const today = org.asOf;
  const phase = random.weighted(PHASES);
  // A paused or stopped initiative got as far as this phase first.
  const reached =
    phase === 'paused' ? random.weighted([['implementation', 7], ['analysis', 3]]) : phase === 'stopped' ? random.weighted([['idea', 1], ['analysis', 4], ['implementation', 5]]) : phase;
  const { start, end, gates } = timeline(reached, today, random);
  let created = Object.keys(gates).length > 0 ? gates.analysis - random.int(14, 90) : today - random.int(5, 300);
  let haltedOn = null;
  if (phase === 'paused' || phase === 'stopped') {
    const since = Object.keys(gates).length > 0 ? lastGate(gates) : created;
    haltedOn = Math.min(today - 1, Math.max(since + 30, today - random.int(10, 300)));
  }
  const finishedOn = phase === 'closed' ? gates.closed : phase === 'stopped' ? haltedOn : null;
  // Eight quarterly reports end with the quarter it finished in, else the current one or (a missing report) the last.
  const reportEnd = finishedOn !== null ? quarterOf(finishedOn) : org.currentQuarter - (random.chance(0.22) ? 1 : 0);
  created = Math.min(created, quarterStart(reportEnd - REPORTS_PER_INITIATIVE + 1) - random.int(1, 45));

  const theme = random.pick(themes);
  const forvaltning = org.forvaltninger.find((f) => f.code === theme.lead);
  const leadArea = random.pick(forvaltning.areas);
  const prefix = random.pick(TITLE_PREFIXES);
  const core = prefix.endsWith(' ') && !prefix.endsWith(': ') ? theme.core[0].toLowerCase() + theme.core.slice(1) : theme.core;
  const leads = org.users.project_lead;
  return {
    phase,
    reached,
    start,
    end,
    gates,
    haltedOn,
    finishedOn,
    created,
    reportEnd,
    theme,
    leadArea,
    title: `${prefix}${core}, ${leadArea.name}`,
    sizeClass: random.chance(0.35) ? 'large' : 'small',
    // A few project leads lead many initiatives, most only a couple.
    projectLead: leads[Math.floor(leads.length * random.float() ** 1.6)],
    // How it goes: 0 on track, 1 wobbling, 2 in trouble (colours reports, achievement, risks).
    trouble: random.weighted([[0, 55], [1, 30], [2, 15]]),
  };
}

/** Plans every initiative, in registration order, with ids and codes; fills org.codeSequences. */
export function planInitiatives(org) {
  const random = org.random;
  // Only kinds of initiative whose forvaltning the municipality has (small ones have no culture forvaltning, …).
  const themes = INITIATIVE_THEMES.filter((theme) => org.forvaltninger.some((f) => f.code === theme.lead));
  const planned = Array.from({ length: org.plan.initiatives }, () => planOne(org, random, themes));
  planned.sort((a, b) => a.created - b.created);
  for (const initiative of planned) {
    const year = yearOf(initiative.created);
    const sequence = (org.codeSequences.get(year) ?? 0) + 1;
    org.codeSequences.set(year, sequence);
    initiative.id = org.nextId();
    initiative.code = `${org.plan.codePrefix}-${year}-${String(sequence).padStart(3, '0')}`;
  }
  return planned;
}
