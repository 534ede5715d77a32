// An organisation's own rows before its initiatives: the department tree, users in every role (no passwords:
// nobody can sign in to generated data), strategic goals, steering groups, prioritisation criteria, risk appetite,
// funding pools and the directorate's portfolio reviews. Returns the context the initiative builders draw on.
import { FORVALTNINGER, LOCAL_UNITS, treeShape } from './catalogue-departments.mjs';
import { STRATEGIC_GOALS } from './catalogue-benefits.mjs';
import { POOL_NAMES, POOL_RULES, PRIORITY_CRITERIA, PRIORITY_WEIGHTS, REVIEW_NOTES } from './catalogue-governance.mjs';
import { ascii, FIRST_NAMES, LAST_NAMES } from './catalogue-people.mjs';
import { RISK_APPETITE_STATEMENTS } from './catalogue-risks.mjs';
import { at, dayText, quarterName, quarterOf, quarterStart, toDay, weekday, yearOf } from './dates.mjs';
import { idSequence } from './ids.mjs';
import { createRandom } from './random.mjs';

const APPETITES = ['averse', 'cautious', 'open'];

function buildDepartments(org, sink) {
  const { nextId, plan } = org;
  const shape = treeShape(plan.initiatives);
  const created = at(org.asOf - 1500, 8);
  for (const forvaltning of FORVALTNINGER.slice(0, shape.forvaltninger)) {
    const top = { id: nextId(), code: forvaltning.code, name: forvaltning.name, areas: [] };
    sink.add('department', { id: top.id, parent_id: null, code: top.code, name: top.name, created_at: created });
    org.forvaltninger.push(top);
    org.departments.push(top);
    for (const [code, name] of forvaltning.areas.slice(0, shape.areasEach)) {
      const area = { id: nextId(), code: `${forvaltning.code}-${code}`, name, forvaltning: top, units: [] };
      sink.add('department', { id: area.id, parent_id: top.id, code: area.code, name, created_at: created });
      top.areas.push(area);
      org.areas.push(area);
      org.departments.push(area);
      for (const [unitCode, unitName] of LOCAL_UNITS.slice(0, shape.localUnits)) {
        const unit = { id: nextId(), code: `${area.code}-${unitCode}`, name: `${name}, ${unitName}`, forvaltning: top };
        sink.add('department', { id: unit.id, parent_id: area.id, code: unit.code, name: unit.name, created_at: created });
        area.units.push(unit);
        org.departments.push(unit);
      }
    }
  }
  // The portfolio office and finance sit in Økonomi og Digitalisering.
  org.itArea = org.areas.find((a) => a.code === 'OKD-IT') ?? org.areas[0];
  org.financeArea = org.areas.find((a) => a.code === 'OKD-OKO') ?? org.areas[0];
}

function buildUsers(org, sink) {
  const { random, nextId, plan } = org;
  let serial = 0;
  const add = (roles, departmentId, active = true) => {
    serial += 1;
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const id = nextId();
    const createdDay = org.asOf - random.int(30, 1800);
    sink.add('app_user', {
      id,
      email: `${ascii(first)}.${ascii(last)}.${serial}@${plan.slug}.kommune.example`,
      name: `${first} ${last}`,
      roles: `{${roles.join(',')}}`,
      department_id: departmentId,
      active,
      created_at: at(createdDay, 8, random.int(0, 59)),
      updated_at: at(createdDay, 8, 59),
    });
    for (const role of roles) org.users[role].push(id);
    org.userNames.set(id, `${first} ${last}`);
    return id;
  };
  const n = plan.initiatives;
  // The first admin is the acting user of every generated row (app.user_id), as if the portfolio office entered it.
  org.adminId = add(['admin'], org.itArea.id);
  add(['admin'], org.itArea.id);
  org.chiefExecutive = add(['directorate'], null);
  for (const forvaltning of org.forvaltninger) forvaltning.director = add(['directorate'], forvaltning.id);
  for (let i = 0; i < 2 + Math.floor(n / 300); i++) add(['finance'], org.financeArea.id);
  // A few people leave: their user stays, deactivated, on what they led or owned.
  for (let i = 0; i < Math.max(3, Math.ceil(n / 6)); i++) {
    add(random.chance(0.1) ? ['project_lead', 'benefit_owner'] : ['project_lead'], random.pick(org.areas).id, !random.chance(0.02));
  }
  for (let i = 0; i < Math.max(3, Math.ceil(n / 8)); i++) add(['benefit_owner'], random.pick(org.areas).id, !random.chance(0.02));
}

function buildStrategy(org, sink) {
  const { random, nextId } = org;
  for (const [title, description] of random.sample(STRATEGIC_GOALS, random.int(5, 8))) {
    const id = nextId();
    const day = org.asOf - random.int(400, 1400);
    sink.add('strategic_goal', { id, title, description, created_at: at(day, 10), updated_at: at(day, 10) });
    org.strategicGoals.push(id);
  }
  const weights = random.pick(PRIORITY_WEIGHTS);
  PRIORITY_CRITERIA.forEach(([name, description, inverse], position) => {
    const id = nextId();
    sink.add('priority_criterion', { id, name, description, weight: weights[position], inverse, position });
    org.criteria.push(id);
  });
  for (const [category, statements] of Object.entries(RISK_APPETITE_STATEMENTS)) {
    const level = random.int(0, 2);
    sink.add('risk_appetite', { category, appetite: APPETITES[level], statement: statements[level] });
  }
}

function buildSteering(org, sink) {
  const { random, nextId, plan } = org;
  const created = at(org.asOf - 1300, 9);
  const group = (name, level, parentId, chair, members) => {
    const id = nextId();
    sink.add('steering_group', { id, name, level, parent_id: parentId, chair_user_id: chair, created_at: created, updated_at: created });
    for (const userId of new Set([chair, ...members])) sink.add('steering_group_member', { group_id: id, user_id: userId });
    return { id, chair };
  };
  const directors = org.forvaltninger.map((f) => f.director);
  org.directorate = group('Direktionen', 'directorate', null, org.chiefExecutive, [...directors, org.adminId]);
  for (const forvaltning of org.forvaltninger) {
    const members = [...random.sample(org.users.benefit_owner, 2), random.pick(org.users.finance)];
    forvaltning.group = group(`Styregruppe for ${forvaltning.name}`, 'department', org.directorate.id, forvaltning.director, members);
  }
  const projectGroups = Math.floor(plan.initiatives / 80);
  for (let i = 1; i <= projectGroups; i++) {
    const area = random.pick(org.areas);
    const members = [...random.sample(org.users.project_lead, 2), ...random.sample(org.users.benefit_owner, 2)];
    const projectGroup = group(`Projektstyregruppe ${i}, ${area.name}`, 'project', area.forvaltning.group.id, area.forvaltning.director, members);
    org.projectGroups.push(projectGroup);
  }
}

function buildPools(org, sink) {
  const { random, nextId, plan } = org;
  const pools = plan.initiatives >= 300 ? POOL_NAMES : POOL_NAMES.slice(0, 1);
  for (const name of pools) {
    const id = nextId();
    const created = at(org.asOf - 1200, 10);
    sink.add('funding_pool', { id, name, rules: POOL_RULES, created_at: created, updated_at: created });
    const capital = new Map();
    for (let year = org.asOfYear - 6; year <= org.asOfYear + 6; year++) {
      const ore = Math.round((plan.initiatives * random.between(20_000, 40_000)) / 1000) * 1000 * 100;
      sink.add('funding_pool_year', { pool_id: id, year, capital_ore: ore });
      capital.set(year, ore);
    }
    org.pools.push({ id, capital });
  }
}

/** The directorate's reviews: held in each of the last four quarters, and the next one planned. */
function buildReviews(org, sink) {
  const { random, nextId } = org;
  for (let quarter = org.currentQuarter - 4; quarter <= org.currentQuarter; quarter++) {
    const id = nextId();
    const planned = quarter === org.currentQuarter;
    let heldOn = weekday(quarterStart(quarter) + 70 + random.int(0, 10));
    if (planned && heldOn <= org.asOf) heldOn = weekday(org.asOf + 14);
    const createdDay = planned ? org.asOf - random.int(1, 10) : heldOn - 14;
    sink.add('portfolio_review', {
      id,
      steering_group_id: org.directorate.id,
      title: `Direktionens porteføljemøde, ${quarterName(quarter)}`,
      held_on: dayText(heldOn),
      status: planned ? 'planned' : 'held',
      notes: planned ? null : random.pick(REVIEW_NOTES),
      version: planned ? 1 : 2,
      created_at: at(createdDay, 10),
      updated_at: at(planned ? createdDay : heldOn, planned ? 10 : 15),
    });
    org.reviews.set(quarter, { id, heldOn, planned, items: 0 });
  }
}

/** Builds the organisation's own rows into `sink` and returns its context. */
export function buildOrganisation(plan, { seed, asOf }, sink) {
  const asOfDay = toDay(asOf);
  const org = {
    plan,
    id: plan.id,
    random: createRandom(seed, 'organisation', plan.number),
    nextId: idSequence(seed, plan.number),
    asOf: asOfDay,
    asOfYear: yearOf(asOfDay),
    currentQuarter: quarterOf(asOfDay),
    departments: [],
    forvaltninger: [],
    areas: [],
    users: { admin: [], project_lead: [], benefit_owner: [], directorate: [], finance: [] },
    userNames: new Map(),
    strategicGoals: [],
    criteria: [],
    projectGroups: [],
    pools: [],
    reviews: new Map(),
    codeSequences: new Map(),
  };
  buildDepartments(org, sink);
  buildUsers(org, sink);
  buildStrategy(org, sink);
  buildSteering(org, sink);
  buildPools(org, sink);
  buildReviews(org, sink);
  return org;
}
