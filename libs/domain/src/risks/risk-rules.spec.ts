import fc from 'fast-check';
import { PHASES } from '../contracts/initiative';
import type { Phase } from '../contracts/initiative';
import { RISK_ACTION_STATUSES, RISK_CATEGORIES, RISK_HANDLERS, RISK_STATUSES } from '../contracts/risks';
import type { Risk } from '../contracts/risks';
import { HEALTH_PHASES, healthPhaseOf } from '../health/health-finding';
import { evaluateRiskRules, RISK_RULES } from './risk-rules';
import type { RiskRuleInput, RiskRuleRisk } from './risk-rules';
import { RISK_SCALE } from './risk-score';

const TODAY = '2026-11-27';

/** A well-kept risk: handler, owner, recent review, an action not yet due. Medium (3×3). */
const risk = (number: number, changes: Partial<RiskRuleRisk> = {}): RiskRuleRisk => ({
  id: `r${number}`,
  number,
  title: `Risiko ${number}`,
  category: 'technical',
  probability: 3,
  consequence: 3,
  handler: 'municipality',
  ownerUserId: 'u1',
  status: 'open',
  identifiedOn: '2026-01-15',
  lastReviewedOn: '2026-11-01',
  actions: [{ deadline: '2026-12-31', status: 'planned' }],
  ...changes,
});

const input = (changes: Partial<RiskRuleInput> = {}): RiskRuleInput => ({
  phase: 'implementation',
  sizeClass: 'large',
  leftAnalysisOn: '2026-03-01',
  risks: [risk(1)],
  hasRiskReserve: true,
  ...changes,
});

const ruleIds = (i: RiskRuleInput, today = TODAY) => evaluateRiskRules(i, today).map((f) => f.ruleId);

describe('evaluateRiskRules', () => {
  it('finds nothing in a well-kept log', () => {
    expect(evaluateRiskRules(input(), TODAY)).toEqual([]);
  });

  it('RISK-1: names the live risks without a handler, not closed ones', () => {
    const findings = evaluateRiskRules(
      input({ risks: [risk(1, { handler: null }), risk(2), risk(3, { handler: null }), risk(4, { handler: null, status: 'closed' })] }),
      TODAY,
    );
    expect(findings).toEqual([
      {
        ruleId: 'RISK-1',
        theme: 'risikovurdering',
        severity: 'warning',
        message: '2 risici angiver ikke, hvem der håndterer dem (nr. 1 og 3).',
        advice: expect.stringContaining('leverandøren'),
        riskIds: ['r1', 'r3'],
      },
    ]);
  });

  it('RISK-2: no risk at all past analyse is an error', () => {
    expect(evaluateRiskRules(input({ risks: [] }), TODAY)).toEqual([expect.objectContaining({ ruleId: 'RISK-2', severity: 'error' })]);
    expect(ruleIds(input({ risks: [], leftAnalysisOn: null }))).toEqual(['RISK-2']);
  });

  it('RISK-2: the first risk registered after leaving analyse is flagged; on the day itself is in time', () => {
    const late = evaluateRiskRules(input({ risks: [risk(1, { identifiedOn: '2026-04-02' }), risk(2, { identifiedOn: '2026-03-15' })] }), TODAY);
    expect(late).toEqual([expect.objectContaining({ ruleId: 'RISK-2', severity: 'warning', message: expect.stringContaining('15.03.2026') })]);
    expect(late[0].message).toContain('01.03.2026');
    expect(ruleIds(input({ risks: [risk(1, { identifiedOn: '2026-03-01' })] }))).toEqual([]);
    // A closed risk registered early still shows the log was started in time.
    expect(ruleIds(input({ risks: [risk(1, { identifiedOn: '2026-02-01', status: 'closed' }), risk(2, { identifiedOn: '2026-06-01' })] }))).toEqual([]);
    // Unknown date: only an empty log can be judged.
    expect(ruleIds(input({ leftAnalysisOn: null, risks: [risk(1, { identifiedOn: '2026-06-01' })] }))).toEqual([]);
  });

  it('RISK-3: an open high risk needs a risk reserve; not evaluated without a funding plan', () => {
    const high = [risk(1, { probability: 3, consequence: 5 }), risk(2, { probability: 5, consequence: 5, status: 'in_progress' }), risk(3)];
    const findings = evaluateRiskRules(input({ risks: high, hasRiskReserve: false }), TODAY);
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'RISK-3', severity: 'error', riskIds: ['r1', 'r2'], message: expect.stringContaining('nr. 1 og 2') })]);
    expect(ruleIds(input({ risks: high, hasRiskReserve: null }))).toEqual([]);
    expect(ruleIds(input({ risks: high, hasRiskReserve: true }))).toEqual([]);
    // 4×3 = 12 is medium: no reserve needed.
    expect(ruleIds(input({ risks: [risk(1, { probability: 4, consequence: 3 })], hasRiskReserve: false }))).toEqual([]);
    // An occurred high risk is no longer a risk to reserve money for.
    expect(ruleIds(input({ risks: [risk(1, { probability: 5, consequence: 5, status: 'occurred' })], hasRiskReserve: false }))).toEqual([]);
  });

  it('RISK-5: an open risk not reviewed for more than 90 days, counted from identification when never reviewed', () => {
    const risks = [
      risk(1, { lastReviewedOn: '2026-08-28' }),
      risk(2, { lastReviewedOn: '2026-08-29' }),
      risk(3, { lastReviewedOn: null, identifiedOn: '2026-02-01' }),
      risk(4, { lastReviewedOn: '2025-01-01', status: 'closed' }),
    ];
    expect(evaluateRiskRules(input({ risks }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'RISK-5', severity: 'warning', riskIds: ['r1', 'r3'], message: '2 risici er ikke gennemgået i over 90 dage (nr. 1 og 3).' }),
    ]);
  });

  it('RISK-5: a mitigation action past its deadline and not done', () => {
    const risks = [
      risk(1, { actions: [{ deadline: '2026-11-26', status: 'in_progress' }] }),
      risk(2, { actions: [{ deadline: '2026-10-01', status: 'done' }, { deadline: null, status: 'planned' }] }),
      risk(3, { actions: [{ deadline: '2026-11-27', status: 'planned' }] }),
    ];
    expect(evaluateRiskRules(input({ risks }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'RISK-5', riskIds: ['r1'], message: 'Risiko nr. 1 har tiltag, hvis frist er overskredet.' }),
    ]);
  });

  it('RISK-5 gives stale risks and overdue actions as two findings', () => {
    const risks = [risk(1, { lastReviewedOn: '2026-01-01' }), risk(2, { actions: [{ deadline: '2026-01-01', status: 'planned' }] })];
    expect(evaluateRiskRules(input({ risks }), TODAY).map((f) => [f.ruleId, f.riskIds])).toEqual([
      ['RISK-5', ['r1']],
      ['RISK-5', ['r2']],
    ]);
  });

  it('RISK-6: an open high risk has mitigation actions and an owner', () => {
    const risks = [
      risk(1, { probability: 5, consequence: 4, actions: [] }),
      risk(2, { probability: 4, consequence: 4, ownerUserId: null }),
      risk(3, { probability: 5, consequence: 5 }),
      risk(4, { actions: [], ownerUserId: null }),
    ];
    expect(evaluateRiskRules(input({ risks }), TODAY)).toEqual([
      expect.objectContaining({ ruleId: 'RISK-6', severity: 'error', riskIds: ['r1', 'r2'], message: 'Åbne høje risici mangler håndtering – uden tiltag: nr. 1; uden ejer: nr. 2.' }),
    ]);
    // The contract's owner object counts as an owner too.
    expect(ruleIds(input({ risks: [risk(1, { probability: 5, consequence: 4, ownerUserId: undefined, owner: { id: 'u2' } })] }))).toEqual([]);
  });

  it('applies each rule from its phase: idea nothing, analysis RISK-1/5/6, implementation on all', () => {
    const messy: RiskRuleInput = input({
      leftAnalysisOn: '2026-01-01',
      hasRiskReserve: false,
      risks: [risk(1, { handler: null, probability: 5, consequence: 5, actions: [{ deadline: '2026-02-01', status: 'planned' }], lastReviewedOn: null })],
    });
    expect(ruleIds({ ...messy, phase: 'idea' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'analysis' })).toEqual(['RISK-1', 'RISK-5', 'RISK-5']);
    expect(ruleIds({ ...messy, phase: 'implementation' })).toEqual(['RISK-1', 'RISK-2', 'RISK-3', 'RISK-5', 'RISK-5']);
    expect(ruleIds({ ...messy, phase: 'realisation' })).toEqual(ruleIds({ ...messy, phase: 'implementation' }));
    expect(ruleIds({ ...messy, phase: 'paused' })).toEqual(ruleIds({ ...messy, phase: 'implementation' }));
    expect(ruleIds({ ...messy, phase: 'closed' })).toEqual([]);
    expect(ruleIds({ ...messy, phase: 'stopped' })).toEqual([]);
    // None of the risk rules is ★, so small initiatives get the same findings.
    expect(ruleIds({ ...messy, sizeClass: 'small' })).toEqual(ruleIds(messy));
  });

  it('reads the Risk contract as it is', () => {
    const contract: Risk = {
      id: 'x', initiativeId: 'i', number: 1, title: 'T', cause: null, event: null, consequenceText: null, category: 'legal',
      probability: 5, consequence: 5, score: 25, band: 'high', handler: 'supplier', owner: { id: 'u', name: 'U', email: 'u@x.dk' },
      residualProbability: null, residualConsequence: null, residualScore: null, residualBand: null, status: 'open',
      identifiedOn: '2026-01-01', lastReviewedOn: '2026-11-20', stale: false, actions: [{ id: 'a', action: 'A', responsible: null, deadline: '2027-01-01', status: 'planned', overdue: false }],
      version: 1, can: { manage: true, update: true },
    };
    expect(evaluateRiskRules(input({ risks: [contract] }), TODAY)).toEqual([]);
  });

  it('has a catalogue of stable, unique ids in the risk theme, without RISK-4 (no pilot data yet)', () => {
    expect(RISK_RULES.map((r) => r.id)).toEqual(['RISK-1', 'RISK-2', 'RISK-3', 'RISK-5', 'RISK-6']);
    expect(RISK_RULES.every((r) => r.theme === 'risikovurdering' && r.title.length > 0)).toBe(true);
  });
});

describe('evaluateRiskRules properties', () => {
  const day = fc.integer({ min: 0, max: 4 * 365 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const rating = fc.constantFrom(...RISK_SCALE);
  const riskArb = fc.record({
    category: fc.constantFrom(...RISK_CATEGORIES),
    probability: rating,
    consequence: rating,
    handler: fc.option(fc.constantFrom(...RISK_HANDLERS)),
    ownerUserId: fc.option(fc.constant('u1')),
    status: fc.constantFrom(...RISK_STATUSES),
    identifiedOn: day,
    lastReviewedOn: fc.option(day),
    actions: fc.array(fc.record({ deadline: fc.option(day), status: fc.constantFrom(...RISK_ACTION_STATUSES) }), { maxLength: 3 }),
  });
  const inputArb = fc.record({
    phase: fc.constantFrom(...PHASES),
    sizeClass: fc.constantFrom('small' as const, 'large' as const),
    leftAnalysisOn: fc.option(day),
    risks: fc.array(riskArb, { maxLength: 8 }).map((rs) => rs.map((r, i) => ({ ...r, id: `r${i + 1}`, number: i + 1, title: `Risiko ${i + 1}` }))),
    hasRiskReserve: fc.option(fc.boolean()),
  });

  it('only yields catalogued rules that apply in the phase, about risks of the log', () => {
    fc.assert(
      fc.property(inputArb, day, (i, today) => {
        const phase = healthPhaseOf(i.phase);
        const ids = new Set(i.risks.map((r) => r.id));
        for (const f of evaluateRiskRules(i, today)) {
          const rule = RISK_RULES.find((r) => r.id === f.ruleId);
          expect(rule).toBeDefined();
          expect(phase).not.toBeNull();
          expect(HEALTH_PHASES.indexOf(phase as never)).toBeGreaterThanOrEqual(HEALTH_PHASES.indexOf(rule?.fromPhase as never));
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.advice.length).toBeGreaterThan(0);
          expect((f.riskIds ?? []).every((id) => ids.has(id))).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order of the log', () => {
    fc.assert(
      fc.property(inputArb, day, fc.integer(), (i, today, seed) => {
        const shuffled = [...i.risks].sort((a, b) => ((a.number * 7919 + seed) % 13) - ((b.number * 7919 + seed) % 13));
        expect(evaluateRiskRules({ ...i, risks: shuffled }, today)).toEqual(evaluateRiskRules(i, today));
      }),
    );
  });

  it('treats a paused initiative as one in implementation, and checks nothing closed or stopped', () => {
    fc.assert(
      fc.property(inputArb, day, fc.constantFrom<Phase>('closed', 'stopped'), (i, today, ended) => {
        expect(evaluateRiskRules({ ...i, phase: 'paused' }, today)).toEqual(evaluateRiskRules({ ...i, phase: 'implementation' }, today));
        expect(evaluateRiskRules({ ...i, phase: ended }, today)).toEqual([]);
      }),
    );
  });

  it('leaves only RISK-2 when every risk is closed', () => {
    fc.assert(
      fc.property(inputArb, day, (i, today) => {
        const closed = { ...i, risks: i.risks.map((r) => ({ ...r, status: 'closed' as const })) };
        expect(evaluateRiskRules(closed, today).every((f) => f.ruleId === 'RISK-2')).toBe(true);
      }),
    );
  });

  it('clears RISK-1 by naming a handler and RISK-6 by giving high risks an owner and an action', () => {
    fc.assert(
      fc.property(inputArb, day, (i, today) => {
        const handled = i.risks.map((r) => ({ ...r, handler: r.handler ?? ('shared' as const), ownerUserId: 'u1', actions: r.actions.length > 0 ? r.actions : [{ deadline: null, status: 'planned' as const }] }));
        const ids = evaluateRiskRules({ ...i, risks: handled }, today).map((f) => f.ruleId);
        expect(ids).not.toContain('RISK-1');
        expect(ids).not.toContain('RISK-6');
      }),
    );
  });
});
