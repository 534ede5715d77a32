import fc from 'fast-check';
import type { Benefit } from '../contracts/benefits';
import { BENEFIT_RULES, evaluateBenefitRules, hasYearlyProfile } from './benefit-rules';
import type { BenefitRuleBenefit, BenefitRuleEvaluationPoint, BenefitRuleInput } from './benefit-rules';

const TODAY = '2026-11-27';

/** A quantified hours benefit with a profile, described, with preconditions. */
const benefit = (title: string, changes: Partial<BenefitRuleBenefit> = {}): BenefitRuleBenefit => ({
  id: `b-${title}`,
  title,
  quantified: true,
  description: 'Frigjort tid i bogholderiet',
  preconditions: 'Robotten er i drift',
  years: [{ year: 2026, planned: 100 }],
  ...changes,
});

const point = (dueDate: string, measuredOn: string | null = null): BenefitRuleEvaluationPoint => ({ dueDate, measuredOn });

/** An initiative in realisation with one goal (with baseline) and one measured benefit, and a met evaluation point. */
const input = (changes: Partial<BenefitRuleInput> = {}): BenefitRuleInput => ({
  phase: 'realisation',
  sizeClass: 'large',
  goals: [{ id: 'g1', title: 'Mål', baselineValue: 0 }],
  benefits: [benefit('A')],
  measurements: [{ goalId: null, benefitId: 'b-A', kind: 'before' }],
  evaluationPoints: [point('2026-06-01', '2026-06-03')],
  ...changes,
});
const ruleIds = (i: BenefitRuleInput) => evaluateBenefitRules(i, TODAY).map((f) => f.ruleId);

describe('evaluateBenefitRules', () => {
  it('finds nothing in a benefit plan that follows the advice', () => {
    expect(evaluateBenefitRules(input(), TODAY)).toEqual([]);
  });

  it('GEV-1: a quantified benefit without a yearly profile (none, empty or only zeros); non-quantified ones are not asked', () => {
    const benefits = [benefit('Ingen', { years: undefined }), benefit('Tom', { years: [] }), benefit('Nul', { years: [{ year: 2026, planned: 0 }] }), benefit('Kvalitet', { quantified: false, years: [] })];
    const measurements = benefits.map((b) => ({ goalId: null, benefitId: b.id, kind: 'before' as const }));
    expect(evaluateBenefitRules(input({ benefits, measurements }), TODAY)).toEqual([
      {
        ruleId: 'GEV-1',
        theme: 'gevinstrealisering',
        severity: 'warning',
        message: '3 kvantificerede gevinster er ikke brudt ned på år (»Ingen«, »Nul« og »Tom«).',
        advice: expect.stringContaining('realiseringsprofil'),
      },
    ]);
  });

  it('GEV-2: a non-quantified benefit without a description', () => {
    const benefits = [benefit('A'), benefit('Borgeroplevelse', { quantified: false, description: ' ' }), benefit('Kvalitet', { quantified: false })];
    expect(evaluateBenefitRules(input({ benefits }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'GEV-2', message: 'Den ikke-kvantificerede gevinst »Borgeroplevelse« har ingen beskrivelse.' }),
    ]);
  });

  it('GEV-3: a benefit without preconditions ★', () => {
    const benefits = [benefit('A', { preconditions: null }), benefit('B', { quantified: false, preconditions: '' })];
    const measurements = [{ goalId: null, benefitId: 'b-A', kind: 'before' as const }];
    expect(evaluateBenefitRules(input({ benefits, measurements }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'GEV-3', message: '2 gevinster har ingen forudsætninger (»A« og »B«).' }),
    ]);
    expect(ruleIds(input({ benefits, measurements, sizeClass: 'small' }))).toEqual([]);
  });

  it('GEV-4: from gennemførelse, every goal has a baseline or a before measurement, every quantified benefit a before measurement', () => {
    const goals = [{ id: 'g1', title: 'Med baseline', baselineValue: 0 }, { id: 'g2', title: 'Uden', baselineValue: null }];
    const benefits = [benefit('A'), benefit('Kvalitet', { quantified: false })];
    const during = [{ goalId: null, benefitId: 'b-A', kind: 'during' as const }];
    expect(evaluateBenefitRules(input({ goals, benefits, measurements: during }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'GEV-4', severity: 'error', message: 'Der er ingen før-måling (baseline) for 2 mål og gevinster (mål »Uden« og gevinst »A«).' }),
    ]);
    const measured = [{ goalId: 'g2', benefitId: null, kind: 'before' as const }, { goalId: null, benefitId: 'b-A', kind: 'before' as const }];
    expect(ruleIds(input({ goals, benefits, measurements: measured }))).toEqual([]);
    expect(evaluateBenefitRules(input({ goals: [], measurements: [] }), TODAY)[0].message).toBe(
      'Der er ingen før-måling (baseline) for gevinst »A«, selvom initiativet er gået i gang med gennemførelsen.',
    );
    // Not asked before gennemførelse.
    expect(ruleIds(input({ goals, benefits, measurements: [], phase: 'analysis' }))).toEqual([]);
  });

  it('GEV-5: from realisering, no evaluation points is an error; an overdue one a warning', () => {
    expect(evaluateBenefitRules(input({ evaluationPoints: [] }), TODAY)).toEqual([expect.objectContaining({ ruleId: 'GEV-5', severity: 'error' })]);
    const points = [point('2026-11-01'), point('2026-10-01'), point('2026-06-01', '2026-06-02'), point('2026-11-27'), point('2027-01-01')];
    expect(evaluateBenefitRules(input({ evaluationPoints: points }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'GEV-5', severity: 'warning', message: '2 evalueringspunkter er ikke målt til tiden (det ældste havde frist 01.10.2026).' }),
    ]);
    expect(evaluateBenefitRules(input({ evaluationPoints: [point('2026-11-26')] }), TODAY)[0].message).toBe('Et evalueringspunkt med frist 26.11.2026 er ikke målt.');
    expect(ruleIds(input({ evaluationPoints: [], phase: 'implementation' }))).toEqual([]);
  });

  it('GEV-5 warns exactly when an open point is past its due date', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.record({ dueDate: day, measuredOn: fc.option(day, { nil: null }) }), { minLength: 1, maxLength: 8 }), (points) => {
        const late = points.some((p) => p.measuredOn === null && p.dueDate < TODAY);
        expect(ruleIds(input({ evaluationPoints: points })).includes('GEV-5')).toBe(late);
      }),
    );
  });

  it('applies by phase and size; closed and stopped initiatives are not checked', () => {
    const messy = input({ benefits: [benefit('A', { years: [], preconditions: null })], measurements: [], evaluationPoints: [] });
    expect(ruleIds({ ...messy, phase: 'idea' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'analysis' })).toEqual(['GEV-1', 'GEV-3']);
    expect(ruleIds({ ...messy, phase: 'implementation' })).toEqual(['GEV-1', 'GEV-3', 'GEV-4']);
    expect(ruleIds(messy)).toEqual(['GEV-1', 'GEV-3', 'GEV-4', 'GEV-5']);
    expect(ruleIds({ ...messy, sizeClass: 'small' })).toEqual(['GEV-1', 'GEV-4', 'GEV-5']);
    expect(ruleIds({ ...messy, phase: 'closed' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'stopped' })).toEqual([]);
  });

  it('reads the Benefit contract as it is', () => {
    const contract: Benefit = {
      id: 'b', initiativeId: 'i', goalId: null, title: 'T', description: null, type: 'economic', quantified: true, disBenefit: false, unit: 'DKK', unitLabel: null,
      owner: null, receivingDepartmentId: null, preconditions: 'P', measurementMethod: null, inBudget: false, status: 'planned',
      years: [{ year: 2027, planned: 100_000, realised: null }], version: 1, can: { manage: true, record: true },
    };
    expect(hasYearlyProfile(contract)).toBe(true);
    expect(ruleIds(input({ benefits: [contract], measurements: [{ goalId: null, benefitId: 'b', kind: 'before' }] }))).toEqual([]);
  });

  it('has a catalogue of stable ids in the benefit theme with the phases and ★ marks of DESIGN §6', () => {
    expect(BENEFIT_RULES.map((r) => [r.id, r.fromPhase, r.largeOnly])).toEqual([
      ['GEV-1', 'analysis', false],
      ['GEV-2', 'analysis', false],
      ['GEV-3', 'analysis', true],
      ['GEV-4', 'implementation', false],
      ['GEV-5', 'realisation', false],
    ]);
    expect(BENEFIT_RULES.every((r) => r.theme === 'gevinstrealisering')).toBe(true);
  });
});
