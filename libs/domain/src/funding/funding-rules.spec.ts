import fc from 'fast-check';
import type { Benefit } from '../contracts/benefits';
import { FUNDING_CATEGORIES } from '../contracts/funding';
import type { FundingLine } from '../contracts/funding';
import { PHASES } from '../contracts/initiative';
import type { Phase } from '../contracts/initiative';
import { HEALTH_PHASES, healthPhaseOf } from '../health/health-finding';
import { evaluateFundingRules, FUNDING_RULES, hasRiskReserve } from './funding-rules';
import type { FundingRuleBenefit, FundingRuleInput, FundingRuleLine } from './funding-rules';

const TODAY = '2026-11-27';

/** A quantified benefit owned inside its receiving department (Ældre og Pleje), planned 2026–2028. */
const benefit = (title: string, changes: Partial<FundingRuleBenefit> = {}): FundingRuleBenefit => ({
  id: `b-${title}`,
  title,
  quantified: true,
  ownerUserId: 'u1',
  ownerDepartmentId: 'AEL',
  receivingDepartmentId: 'AEL',
  years: [
    { year: 2026, planned: 500 },
    { year: 2027, planned: 1000 },
    { year: 2028, planned: 1000 },
  ],
  ...changes,
});

const line = (year: number, changes: Partial<FundingRuleLine> = {}): FundingRuleLine => ({
  year,
  category: 'implementation',
  amount: 250_000.5,
  payingDepartmentId: 'IT',
  ...changes,
});

/** A cross-department initiative (IT leads, Ældre og Pleje is involved) in implementation with a clean plan. */
const input = (changes: Partial<FundingRuleInput> = {}): FundingRuleInput => ({
  phase: 'implementation',
  sizeClass: 'large',
  leadDepartmentId: 'IT',
  involvedDepartmentIds: ['AEL'],
  benefits: [benefit('Frigjort tid i hjemmeplejen')],
  fundingLines: [line(2026), line(2027, { category: 'operation', payingDepartmentId: 'AEL' })],
  ...changes,
});

/** Social og Sundhed (SOS) with Ældre og Pleje (AEL) under it; IT on its own. */
const TREE = [
  { id: 'SOS', parentId: null },
  { id: 'AEL', parentId: 'SOS' },
  { id: 'IT', parentId: null },
];

const ruleIds = (i: FundingRuleInput) => evaluateFundingRules(i, TODAY).map((f) => f.ruleId);

describe('evaluateFundingRules', () => {
  it('finds nothing in a clear plan with owners where the change happens', () => {
    expect(evaluateFundingRules(input(), TODAY)).toEqual([]);
  });

  it('FIN-1: names the quantified benefits without an owner, not the non-quantified ones', () => {
    const benefits = [
      benefit('B', { ownerUserId: null }),
      benefit('A', { ownerUserId: undefined, owner: null }),
      benefit('Kvalitet', { quantified: false, ownerUserId: null }),
      benefit('C'),
    ];
    expect(evaluateFundingRules(input({ benefits }), TODAY)).toEqual([
      {
        ruleId: 'FIN-1',
        theme: 'finansiering',
        severity: 'error',
        message: '2 kvantificerede gevinster har ingen gevinstejer (»A« og »B«).',
        advice: expect.stringContaining('forvaltning'),
      },
    ]);
    expect(evaluateFundingRules(input({ benefits: [benefit('A', { ownerUserId: null })] }), TODAY)[0].message).toBe(
      'Den kvantificerede gevinst »A« har ingen gevinstejer.',
    );
  });

  it('FIN-1: an owner outside the receiving department is a warning; a sub-department counts as inside with the tree', () => {
    const benefits = [
      benefit('Udenfor', { ownerDepartmentId: 'IT' }),
      benefit('Område under forvaltningen', { ownerDepartmentId: 'AEL', receivingDepartmentId: 'SOS' }),
    ];
    expect(evaluateFundingRules(input({ benefits, departments: TREE }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'FIN-1', severity: 'warning', message: 'Gevinstejeren for »Udenfor« sidder uden for den forvaltning, der modtager gevinsten.' }),
    ]);
    // Without the tree, departments are compared as they are.
    expect(evaluateFundingRules(input({ benefits }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'FIN-1', severity: 'warning', message: expect.stringContaining('2 gevinster') }),
    ]);
    // A forvaltning is not inside its own område.
    expect(ruleIds(input({ benefits: [benefit('Op', { ownerDepartmentId: 'SOS', receivingDepartmentId: 'AEL' })], departments: TREE }))).toEqual(['FIN-1']);
  });

  it('FIN-1: with the owner’s department unknown, or no receiving department, only a missing owner counts', () => {
    const benefits = [
      benefit('Ukendt afdeling', { ownerDepartmentId: null }),
      benefit('Ingen afdeling angivet', { ownerDepartmentId: undefined }),
      benefit('Ingen modtager', { ownerDepartmentId: 'IT', receivingDepartmentId: null }),
    ];
    expect(ruleIds(input({ benefits, involvedDepartmentIds: [] }))).toEqual([]);
    // Non-quantified benefits are not checked at all.
    expect(ruleIds(input({ benefits: [benefit('Kvalitet', { quantified: false, ownerDepartmentId: 'IT' })], involvedDepartmentIds: [] }))).toEqual([]);
  });

  it('FIN-1: missing and misplaced owners are two findings', () => {
    const benefits = [benefit('A', { ownerUserId: null }), benefit('B', { ownerDepartmentId: 'IT' })];
    expect(evaluateFundingRules(input({ benefits }), TODAY).map((f) => [f.ruleId, f.severity])).toEqual([
      ['FIN-1', 'error'],
      ['FIN-1', 'warning'],
    ]);
  });

  it('FIN-2: past analyse without funding lines is an error, also for an initiative in one department', () => {
    expect(evaluateFundingRules(input({ fundingLines: [], involvedDepartmentIds: [] }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'FIN-2', severity: 'error', message: 'Initiativet har forladt analysefasen, men har ingen finansieringsplan.' }),
    ]);
  });

  it('FIN-2: a cross-department plan needs a receiving department for the benefit of each year’s spending', () => {
    const fundingLines = [line(2025), line(2026), line(2027), line(2028), line(2029), line(2031)];
    const findings = evaluateFundingRules(input({ fundingLines }), TODAY);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'FIN-2',
        severity: 'warning',
        message:
          'Initiativet går på tværs af 2 forvaltninger, men finansieringsplanen er ikke klar mellem dem: for 2029 og 2031 er der ingen gevinst med en modtagende forvaltning i året eller senere.',
      }),
    ]);
    // No benefit names a receiving department: every year lacks one, listed as a run.
    const none = evaluateFundingRules(input({ benefits: [benefit('A', { receivingDepartmentId: null })], fundingLines }), TODAY);
    expect(none[0].message).toContain('ingen af gevinsterne har en modtagende forvaltning, så for 2025–2029 og 2031 fremgår det ikke, hvem der får gevinsten');
    expect(ruleIds(input({ benefits: [], fundingLines }))).toEqual(['FIN-2']);
  });

  it('FIN-2: a benefit without a yearly profile, or only zero years, still names who receives it', () => {
    const fundingLines = [line(2025), line(2030)];
    expect(ruleIds(input({ benefits: [benefit('A', { years: undefined })], fundingLines }))).toEqual([]);
    expect(ruleIds(input({ benefits: [benefit('A', { years: [] })], fundingLines }))).toEqual([]);
    expect(ruleIds(input({ benefits: [benefit('A', { quantified: false, years: [{ year: 2026, planned: 0 }] })], fundingLines }))).toEqual([]);
  });

  it('FIN-2: a year whose lines name no paying department', () => {
    const fundingLines = [line(2026, { payingDepartmentId: null }), line(2026, { payingDepartmentId: undefined, payingDepartment: null }), line(2027)];
    expect(evaluateFundingRules(input({ fundingLines, benefits: [] }), TODAY)[0].message).toBe(
      'Initiativet går på tværs af 2 forvaltninger, men finansieringsplanen er ikke klar mellem dem: for 2026 angiver ingen linje en betalende forvaltning; ingen af gevinsterne har en modtagende forvaltning, så for 2026 og 2027 fremgår det ikke, hvem der får gevinsten.',
    );
    // The contract's department object counts as a payer.
    expect(ruleIds(input({ fundingLines: [line(2026, { payingDepartmentId: undefined, payingDepartment: { id: 'AEL' } })] }))).toEqual([]);
  });

  it('FIN-2: one department (the lead listed again as involved counts once) needs only a plan', () => {
    expect(ruleIds(input({ involvedDepartmentIds: ['IT'], benefits: [], fundingLines: [line(2031, { payingDepartmentId: null })] }))).toEqual([]);
  });

  it('applies FIN-1 from analysis and FIN-2 from implementation; closed and stopped initiatives are not checked', () => {
    const messy = input({ benefits: [benefit('A', { ownerUserId: null })], fundingLines: [] });
    expect(ruleIds({ ...messy, phase: 'idea' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'analysis' })).toEqual(['FIN-1']);
    expect(ruleIds({ ...messy, phase: 'implementation' })).toEqual(['FIN-1', 'FIN-2']);
    expect(ruleIds({ ...messy, phase: 'realisation' })).toEqual(['FIN-1', 'FIN-2']);
    expect(ruleIds({ ...messy, phase: 'paused' })).toEqual(['FIN-1', 'FIN-2']);
    expect(ruleIds({ ...messy, phase: 'closed' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'stopped' })).toEqual([]);
    // Neither rule is ★: small initiatives get the same findings.
    expect(ruleIds({ ...messy, sizeClass: 'small' })).toEqual(ruleIds(messy));
  });

  it('reads the Benefit and FundingLine contracts as they are', () => {
    const contract: Benefit = {
      id: 'b', initiativeId: 'i', goalId: null, title: 'T', description: null, type: 'economic', quantified: true, disBenefit: false, unit: 'DKK', unitLabel: null,
      owner: { id: 'u', name: 'U' }, receivingDepartmentId: 'AEL', preconditions: null, measurementMethod: null, inBudget: false, status: 'planned',
      years: [{ year: 2027, planned: 100_000, realised: null }], version: 1, can: { manage: true, record: true },
    };
    const fundingLine: FundingLine = {
      id: 'f', initiativeId: 'i', year: 2026, category: 'acquisition', amount: 99_999.99, source: 'own_budget', pool: null, sourceName: null,
      payingDepartment: { id: 'IT', name: 'IT' }, note: null, status: 'confirmed', applicationId: null, version: 1, can: { manage: true },
    };
    expect(evaluateFundingRules(input({ benefits: [contract], fundingLines: [fundingLine] }), TODAY)).toEqual([]);
    expect(evaluateFundingRules(input({ benefits: [{ ...contract, owner: null }], fundingLines: [fundingLine] }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'FIN-1', severity: 'error' }),
    ]);
  });

  it('has a catalogue of stable, unique ids in the funding theme', () => {
    expect(FUNDING_RULES.map((r) => r.id)).toEqual(['FIN-1', 'FIN-2']);
    expect(FUNDING_RULES.every((r) => r.theme === 'finansiering' && r.title.length > 0 && !r.largeOnly)).toBe(true);
  });
});

describe('hasRiskReserve', () => {
  it('is true only for a risk reserve line with an amount', () => {
    expect(hasRiskReserve([])).toBe(false);
    expect(hasRiskReserve([line(2026), line(2027, { category: 'operation' })])).toBe(false);
    expect(hasRiskReserve([line(2026), line(2027, { category: 'risk_reserve', amount: 0 })])).toBe(false);
    expect(hasRiskReserve([line(2026), line(2027, { category: 'risk_reserve', amount: 0.01 })])).toBe(true);
  });

  it('is true exactly when some line is a positive risk reserve, whatever the other lines', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ category: fc.constantFrom(...FUNDING_CATEGORIES), amount: fc.integer({ min: 0, max: 1_000_000_00 }).map((o) => o / 100) })), (lines) => {
        expect(hasRiskReserve(lines)).toBe(lines.filter((l) => l.category === 'risk_reserve').some((l) => l.amount > 0));
      }),
    );
  });
});

describe('evaluateFundingRules properties', () => {
  const department = fc.constantFrom('SOS', 'AEL', 'IT');
  const year = fc.integer({ min: 2024, max: 2031 });
  const benefitArb = fc.record({
    quantified: fc.boolean(),
    ownerUserId: fc.option(fc.constant('u1')),
    ownerDepartmentId: fc.option(department),
    receivingDepartmentId: fc.option(department),
    years: fc.array(fc.record({ year, planned: fc.integer({ min: 0, max: 10_000 }) }), { maxLength: 4 }),
  });
  const inputArb = fc.record({
    phase: fc.constantFrom(...PHASES),
    sizeClass: fc.constantFrom('small' as const, 'large' as const),
    leadDepartmentId: department,
    involvedDepartmentIds: fc.array(department, { maxLength: 3 }),
    benefits: fc.array(benefitArb, { maxLength: 6 }).map((bs) => bs.map((b, i) => ({ ...b, id: `b${i + 1}`, title: `Gevinst ${i + 1}` }))),
    fundingLines: fc.array(
      fc.record({ year, category: fc.constantFrom(...FUNDING_CATEGORIES), amount: fc.integer({ min: 1, max: 1e9 }).map((o) => o / 100), payingDepartmentId: fc.option(department) }),
      { maxLength: 8 },
    ),
    departments: fc.option(fc.constant(TREE), { nil: undefined }),
  });

  it('only yields catalogued rules that apply in the phase, with Danish text', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const phase = healthPhaseOf(i.phase);
        for (const f of evaluateFundingRules(i, TODAY)) {
          const rule = FUNDING_RULES.find((r) => r.id === f.ruleId);
          expect(rule).toBeDefined();
          expect(phase).not.toBeNull();
          expect(HEALTH_PHASES.indexOf(phase as never)).toBeGreaterThanOrEqual(HEALTH_PHASES.indexOf(rule?.fromPhase as never));
          expect(f.theme).toBe('finansiering');
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.advice.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('does not depend on the order of benefits, lines or involved departments', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const reversed = { ...i, benefits: [...i.benefits].reverse(), fundingLines: [...i.fundingLines].reverse(), involvedDepartmentIds: [...i.involvedDepartmentIds].reverse() };
        expect(evaluateFundingRules(reversed, TODAY)).toEqual(evaluateFundingRules(i, TODAY));
      }),
    );
  });

  it('treats a paused initiative as one in implementation, and checks nothing closed or stopped', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom<Phase>('closed', 'stopped'), (i, ended) => {
        expect(evaluateFundingRules({ ...i, phase: 'paused' }, TODAY)).toEqual(evaluateFundingRules({ ...i, phase: 'implementation' }, TODAY));
        expect(evaluateFundingRules({ ...i, phase: ended }, TODAY)).toEqual([]);
      }),
    );
  });

  it('clears FIN-1 by giving every quantified benefit an owner in its receiving department', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const owned = i.benefits.map((b) => ({ ...b, ownerUserId: 'u1', ownerDepartmentId: b.receivingDepartmentId }));
        expect(ruleIds({ ...i, benefits: owned })).not.toContain('FIN-1');
      }),
    );
  });

  it('clears FIN-2 with funding lines that name payers and a received benefit without a yearly profile', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const fundingLines = [...i.fundingLines, line(2026)].map((l) => ({ ...l, payingDepartmentId: l.payingDepartmentId ?? 'IT' }));
        const benefits = [...i.benefits, benefit('Modtaget', { years: [] })];
        expect(ruleIds({ ...i, fundingLines, benefits })).not.toContain('FIN-2');
      }),
    );
  });

  it('never finds FIN-2 for an initiative in one department that has funding lines', () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        expect(ruleIds({ ...i, involvedDepartmentIds: [i.leadDepartmentId], fundingLines: [...i.fundingLines, line(2026)] })).not.toContain('FIN-2');
      }),
    );
  });
});
