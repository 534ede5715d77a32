import fc from 'fast-check';
import { evaluateGovernanceRules, GOVERNANCE_RULES, reachesDirectorate, reviewCycleOf } from './governance-rules';
import type { GovernanceRuleInput, GovernanceRuleSteeringGroup } from './governance-rules';

const TODAY = '2026-11-27';

/** Silkeborg's model: a project group reports to a department group, which reports to the directorate. */
const GROUPS: GovernanceRuleSteeringGroup[] = [
  { id: 'DIR', level: 'directorate', parentId: null },
  { id: 'FORV', level: 'department', parentId: 'DIR' },
  { id: 'PROJ', level: 'project', parentId: 'FORV' },
  { id: 'LOOSE', level: 'department', parentId: null },
];

const input = (changes: Partial<GovernanceRuleInput> = {}): GovernanceRuleInput => ({
  phase: 'implementation',
  sizeClass: 'large',
  projectLeadUserId: 'lead',
  projectOwnerUserId: 'owner',
  steeringGroupId: 'PROJ',
  steeringGroups: GROUPS,
  statusReports: [{ status: 'submitted', periodStart: '2026-10-01', periodEnd: '2026-12-31' }],
  decisions: [{ id: 'd1', decidedBy: 'dir', decidedAt: '2026-09-01T10:00:00Z' }],
  ...changes,
});
const ruleIds = (i: GovernanceRuleInput) => evaluateGovernanceRules(i, TODAY).map((f) => f.ruleId);

describe('evaluateGovernanceRules', () => {
  it('finds nothing when roles are clear, the chain reaches the directorate and the quarter is reported', () => {
    expect(evaluateGovernanceRules(input(), TODAY)).toEqual([]);
  });

  it('ROL-1: names what is missing of project owner, project lead and steering group', () => {
    expect(evaluateGovernanceRules(input({ projectOwnerUserId: null }), TODAY)).toEqual([
      { ruleId: 'ROL-1', theme: 'roller-og-ansvar', severity: 'error', message: 'Initiativet har ikke en projektejer.', advice: expect.stringContaining('styregruppe') },
    ]);
    expect(evaluateGovernanceRules(input({ projectOwnerUserId: null, projectLeadUserId: null, steeringGroupId: null }), TODAY)[0].message).toBe(
      'Initiativet har ikke en projektejer, en projektleder og en styregruppe.',
    );
    // Without a group GOV-1 has no chain to judge: ROL-1 alone says so.
    expect(ruleIds(input({ steeringGroupId: null }))).toEqual(['ROL-1']);
  });

  it('ROL-3: decisions that do not record who decided, in any phase', () => {
    const decisions = [
      { id: 'd1', decidedBy: 'dir', decidedAt: '2026-01-01T09:00:00Z' },
      { id: 'd2', decidedBy: null, decidedAt: '2026-03-05T09:00:00Z' },
    ];
    expect(evaluateGovernanceRules(input({ decisions }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'ROL-3', severity: 'warning', message: 'Beslutningen fra 05.03.2026 viser ikke, hvem der traf den.' }),
    ]);
    expect(ruleIds(input({ decisions, phase: 'idea' }))).toEqual(['ROL-3']);
    expect(evaluateGovernanceRules(input({ decisions: [...decisions, { ...decisions[1], id: 'd3' }] }), TODAY)[0].message).toBe('2 beslutninger viser ikke, hvem der traf dem.');
  });

  it('GOV-1: a chain that does not reach a directorate-level group; a cycle in bad data ends the walk', () => {
    expect(evaluateGovernanceRules(input({ steeringGroupId: 'LOOSE' }), TODAY)).toEqual([expect.objectContaining({ ruleId: 'GOV-1', theme: 'governance' })]);
    expect(ruleIds(input({ steeringGroupId: 'DIR' }))).toEqual([]);
    const cycle: GovernanceRuleSteeringGroup[] = [
      { id: 'A', level: 'project', parentId: 'B' },
      { id: 'B', level: 'department', parentId: 'A' },
    ];
    expect(ruleIds(input({ steeringGroupId: 'A', steeringGroups: cycle }))).toEqual(['GOV-1']);
    // An unknown group (not in the list) reaches nothing.
    expect(ruleIds(input({ steeringGroupId: 'GONE' }))).toEqual(['GOV-1']);
  });

  it('reachesDirectorate: putting a directorate group on top of any chain makes it reach', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('department' as const, 'project' as const), { minLength: 1, maxLength: 8 }), (levels) => {
        const chain: GovernanceRuleSteeringGroup[] = levels.map((level, i) => ({ id: `G${i}`, level, parentId: i + 1 < levels.length ? `G${i + 1}` : null }));
        expect(reachesDirectorate('G0', chain)).toBe(false);
        chain[chain.length - 1] = { ...chain[chain.length - 1], parentId: 'TOP' };
        expect(reachesDirectorate('G0', [...chain, { id: 'TOP', level: 'directorate', parentId: null }])).toBe(true);
      }),
    );
  });

  it('GOV-2: from gennemførelse, a submitted report whose period overlaps the current review cycle', () => {
    const draft = [{ status: 'draft' as const, periodStart: '2026-10-01', periodEnd: '2026-12-31' }];
    expect(evaluateGovernanceRules(input({ statusReports: draft }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'GOV-2', message: 'Der er ikke indsendt en statusrapport for indeværende kvartal (01.10.2026–31.12.2026).' }),
    ]);
    const lastQuarter = [{ status: 'submitted' as const, periodStart: '2026-07-01', periodEnd: '2026-09-30' }];
    expect(ruleIds(input({ statusReports: lastQuarter }))).toEqual(['GOV-2']);
    // A monthly report overlapping the quarter counts; the month cycle needs this month.
    const october = [{ status: 'submitted' as const, periodStart: '2026-10-01', periodEnd: '2026-10-31' }];
    expect(ruleIds(input({ statusReports: october }))).toEqual([]);
    expect(evaluateGovernanceRules(input({ statusReports: october, reviewCycle: 'month' }), TODAY)[0].message).toBe(
      'Der er ikke indsendt en statusrapport for indeværende måned (01.11.2026–30.11.2026).',
    );
    expect(ruleIds(input({ statusReports: [], phase: 'analysis' }))).toEqual([]);
  });

  it('reviewCycleOf: the month or quarter contains the day', () => {
    const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.constantFrom('month' as const, 'quarter' as const), (day, cycle) => {
        const { start, end } = reviewCycleOf(cycle, day);
        expect(start <= day && day <= end).toBe(true);
        expect(new Date(`${end}T00:00:00Z`).getUTCDate()).toBe(new Date(Date.UTC(Number(end.slice(0, 4)), Number(end.slice(5, 7)), 0)).getUTCDate());
      }),
    );
    expect(reviewCycleOf('quarter', '2028-02-29')).toEqual({ cycle: 'quarter', start: '2028-01-01', end: '2028-03-31' });
  });

  it('applies by phase; closed and stopped initiatives are not checked', () => {
    const messy = input({ projectOwnerUserId: null, steeringGroupId: 'LOOSE', statusReports: [], decisions: [{ id: 'd', decidedBy: null, decidedAt: '2026-01-01T00:00:00Z' }] });
    expect(ruleIds({ ...messy, phase: 'idea' })).toEqual(['ROL-3']);
    expect(ruleIds({ ...messy, phase: 'analysis' })).toEqual(['ROL-1', 'ROL-3', 'GOV-1']);
    expect(ruleIds(messy)).toEqual(['ROL-1', 'ROL-3', 'GOV-1', 'GOV-2']);
    expect(ruleIds({ ...messy, sizeClass: 'small' })).toEqual(ruleIds(messy));
    expect(ruleIds({ ...messy, phase: 'closed' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'stopped' })).toEqual([]);
  });

  it('has a catalogue of stable ids in the roles and governance themes', () => {
    expect(GOVERNANCE_RULES.map((r) => [r.id, r.theme, r.fromPhase, r.largeOnly])).toEqual([
      ['ROL-1', 'roller-og-ansvar', 'analysis', false],
      ['ROL-3', 'roller-og-ansvar', 'idea', false],
      ['GOV-1', 'governance', 'analysis', false],
      ['GOV-2', 'governance', 'implementation', false],
    ]);
  });
});
