import fc from 'fast-check';
import type { Goal } from '../contracts/benefits';
import { evaluateGoalRules, GOAL_RULES, isMeasurableGoal, MAX_CENTRAL_INDICATORS } from './goal-rules';
import type { GoalRuleGoal, GoalRuleInput } from './goal-rules';

const TODAY = '2026-11-27';

/** Rudersdal's goal: automatically booked invoices from 0 % to 50 %, tied to strategy, side effects considered. */
const goal = (title: string, changes: Partial<GoalRuleGoal> = {}): GoalRuleGoal => ({
  id: `g-${title}`,
  title,
  indicatorName: `Indikator ${title}`,
  direction: 'higher',
  baselineValue: 0,
  targetValue: 50,
  strategicGoalId: 's1',
  sideEffectsConsidered: true,
  ...changes,
});

const input = (changes: Partial<GoalRuleInput> = {}): GoalRuleInput => ({ phase: 'implementation', sizeClass: 'large', goals: [goal('A')], ...changes });
const ruleIds = (i: GoalRuleInput) => evaluateGoalRules(i, TODAY).map((f) => f.ruleId);

describe('evaluateGoalRules', () => {
  it('finds nothing in one clear, ambitious goal tied to strategy', () => {
    expect(evaluateGoalRules(input(), TODAY)).toEqual([]);
  });

  it('MAAL-1: no goals, or none with indicator, baseline and target, is an error (and MAAL-4/5 stay quiet without goals)', () => {
    expect(evaluateGoalRules(input({ goals: [] }), TODAY)).toEqual([
      { ruleId: 'MAAL-1', theme: 'maal', severity: 'error', message: 'Initiativet har ingen mål.', advice: expect.stringContaining('baseline') },
    ]);
    expect(evaluateGoalRules(input({ goals: [goal('A', { baselineValue: null })] }), TODAY)[0].message).toBe(
      'Målet »A« mangler indikator, baseline eller målværdi, så det kan ikke følges op.',
    );
    const vague = [goal('A', { baselineValue: null }), goal('B', { indicatorName: '  ' })];
    expect(evaluateGoalRules(input({ goals: vague }), TODAY)[0].message).toBe(
      'Ingen af initiativets 2 mål har både indikator, baseline og målværdi, så de kan ikke følges op.',
    );
    // One measurable goal among vague ones is enough.
    expect(ruleIds(input({ goals: [...vague, goal('C')] }))).toEqual([]);
  });

  it('MAAL-2: a target that does not go beyond the baseline in the goal’s direction', () => {
    const goals = [goal('Lavere er bedre', { direction: 'lower', baselineValue: 10, targetValue: 12 }), goal('Højere', { baselineValue: 5, targetValue: 3 }), goal('OK')];
    expect(evaluateGoalRules(input({ goals }), TODAY)).toEqual([
      expect.objectContaining({
        ruleId: 'MAAL-2',
        severity: 'error',
        message: '2 mål har en målværdi, der ikke ligger ud over baseline i indikatorens retning (»Højere« og »Lavere er bedre«).',
      }),
    ]);
    expect(ruleIds(input({ goals: [goal('Ned', { direction: 'lower', baselineValue: 10, targetValue: 4 })] }))).toEqual([]);
    // Without a baseline there is nothing to compare (MAAL-1 may speak instead).
    expect(ruleIds(input({ goals: [goal('OK'), goal('Uden', { baselineValue: null })] }))).toEqual([]);
  });

  it('MAAL-2 fires exactly when some goal with a baseline has a target not beyond it', () => {
    const arbitraryGoal = fc.record({
      direction: fc.constantFrom('higher' as const, 'lower' as const),
      baselineValue: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }),
      targetValue: fc.integer({ min: -100, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryGoal, { maxLength: 6 }), (specs) => {
        const goals = specs.map((spec, i) => goal(`G${i}`, spec));
        const weak = specs.some((s) => s.baselineValue !== null && (s.direction === 'higher' ? s.targetValue <= s.baselineValue : s.targetValue >= s.baselineValue));
        expect(ruleIds(input({ goals })).includes('MAAL-2')).toBe(weak);
      }),
    );
  });

  it('MAAL-3: more than five distinct indicators (case and spaces ignored) ★', () => {
    const six = Array.from({ length: MAX_CENTRAL_INDICATORS + 1 }, (_, i) => goal(`G${i}`));
    expect(evaluateGoalRules(input({ goals: six }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'MAAL-3', severity: 'warning', message: 'Initiativet følger 6 indikatorer; mere end 5 gør det svært at holde fokus.' }),
    ]);
    const sameIndicator = [...six.slice(0, 5), goal('Igen', { indicatorName: ' indikator g0 ' })];
    expect(ruleIds(input({ goals: sameIndicator }))).toEqual([]);
    expect(ruleIds(input({ goals: six, sizeClass: 'small' }))).toEqual([]);
  });

  it('MAAL-4: no goal linked to a strategic goal ★', () => {
    const goals = [goal('A', { strategicGoalId: null }), goal('B', { strategicGoalId: null })];
    expect(evaluateGoalRules(input({ goals }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'MAAL-4', message: 'Ingen af initiativets 2 mål er knyttet til et af kommunens strategiske mål.' }),
    ]);
    expect(ruleIds(input({ goals: [...goals, goal('C')] }))).toEqual([]);
    expect(ruleIds(input({ goals, sizeClass: 'small' }))).toEqual([]);
  });

  it('MAAL-5: side effects not considered, from gennemførelse ★', () => {
    const goals = [goal('A', { sideEffectsConsidered: false }), goal('B')];
    expect(evaluateGoalRules(input({ goals }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'MAAL-5', message: 'Utilsigtede sideeffekter af målet »A« er ikke tænkt igennem.' }),
    ]);
    expect(ruleIds(input({ goals, phase: 'analysis' }))).toEqual([]);
    expect(ruleIds(input({ goals, sizeClass: 'small' }))).toEqual([]);
  });

  it('applies from analysis; ideas, closed and stopped initiatives are not checked; paused counts as gennemførelse', () => {
    const messy = input({ goals: [goal('A', { strategicGoalId: null, sideEffectsConsidered: false, baselineValue: 60 })] });
    expect(ruleIds({ ...messy, phase: 'idea' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'analysis' })).toEqual(['MAAL-2', 'MAAL-4']);
    expect(ruleIds({ ...messy, phase: 'paused' })).toEqual(['MAAL-2', 'MAAL-4', 'MAAL-5']);
    expect(ruleIds({ ...messy, phase: 'closed' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'stopped' })).toEqual([]);
    expect(ruleIds({ ...messy, sizeClass: 'small' })).toEqual(['MAAL-2']);
  });

  it('reads the Goal contract as it is', () => {
    const contract: Goal = {
      id: 'g', initiativeId: 'i', title: 'T', indicatorName: 'Andel', unit: '%', direction: 'higher', baselineValue: 0, baselineDate: '2025-01-01',
      targetValue: 50, targetDate: '2026-12-31', pessimisticTarget: null, optimisticTarget: null, strategicGoalId: 's', sideEffects: null,
      sideEffectsConsidered: true, version: 1, can: { manage: true, record: true },
    };
    expect(isMeasurableGoal(contract)).toBe(true);
    expect(evaluateGoalRules(input({ goals: [contract] }), TODAY)).toEqual([]);
  });

  it('has a catalogue of stable ids in the goal theme with the ★ marks of DESIGN §6', () => {
    expect(GOAL_RULES.map((r) => [r.id, r.fromPhase, r.largeOnly])).toEqual([
      ['MAAL-1', 'analysis', false],
      ['MAAL-2', 'analysis', false],
      ['MAAL-3', 'analysis', true],
      ['MAAL-4', 'analysis', true],
      ['MAAL-5', 'implementation', true],
    ]);
    expect(GOAL_RULES.every((r) => r.theme === 'maal')).toBe(true);
  });
});
