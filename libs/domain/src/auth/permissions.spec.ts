import fc from 'fast-check';
import { ACTIONS, can, canSometimes } from './permissions';
import { ROLES } from './roles';

describe('can', () => {
  it('denies everything to a user without roles', () => {
    for (const action of ACTIONS) expect(can([], action, { leadsInitiative: true, ownsBenefit: true })).toBe(false);
  });

  it('lets every role read the portfolio', () => {
    for (const role of ROLES) expect(can([role], 'initiative.read')).toBe(true);
  });

  it('lets a project lead edit only initiatives they lead; admin edits any', () => {
    expect(can(['project_lead'], 'initiative.update', { leadsInitiative: true })).toBe(true);
    expect(can(['project_lead'], 'initiative.update', { leadsInitiative: false })).toBe(false);
    expect(can(['admin'], 'initiative.update')).toBe(true);
    expect(can(['finance', 'directorate', 'benefit_owner'], 'initiative.update', { leadsInitiative: true })).toBe(false);
  });

  it('keeps user management and the audit log with admin', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(can([role], 'user.manage')).toBe(false);
      expect(can([role], 'audit.read')).toBe(false);
    }
    expect(can(['admin'], 'user.manage')).toBe(true);
  });

  it('keeps the organisation settings with admin; everyone reads the organisation', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(can([role], 'organisation.manage', { leadsInitiative: true, ownsBenefit: true })).toBe(false);
      expect(can([role], 'organisation.read')).toBe(true);
    }
    expect(can(['admin'], 'organisation.manage')).toBe(true);
  });

  it('lets project leads manage goals and benefits only of initiatives they lead', () => {
    for (const action of ['goal.manage', 'benefit.manage'] as const) {
      expect(can(['admin'], action)).toBe(true);
      expect(can(['project_lead'], action, { leadsInitiative: true })).toBe(true);
      expect(can(['project_lead'], action, { leadsInitiative: false })).toBe(false);
      expect(can(['benefit_owner'], action, { leadsInitiative: true, ownsBenefit: true })).toBe(false);
    }
    expect(can(['admin'], 'strategic_goal.manage')).toBe(true);
    expect(can(['project_lead'], 'strategic_goal.manage', { leadsInitiative: true })).toBe(false);
  });

  it('lets project leads keep the risk log of initiatives they lead, and any risk owner update their risks', () => {
    expect(can(['project_lead'], 'risk.manage', { leadsInitiative: true })).toBe(true);
    expect(can(['project_lead'], 'risk.manage', { leadsInitiative: false, ownsRisk: true })).toBe(false);
    for (const role of ROLES) {
      expect(can([role], 'risk.update', { ownsRisk: true })).toBe(true);
      if (role !== 'admin') expect(can([role], 'risk.update', { ownsRisk: false })).toBe(false);
    }
    expect(can(['benefit_owner', 'directorate', 'finance'], 'risk.manage', { leadsInitiative: true, ownsRisk: true })).toBe(false);
  });

  it('keeps funding with finance; project leads propose lines and apply for pools only for initiatives they lead', () => {
    for (const action of ['funding.manage', 'funding_pool.manage', 'application.decide'] as const) {
      expect(can(['finance'], action)).toBe(true);
      expect(can(['project_lead', 'directorate', 'benefit_owner'], action, { leadsInitiative: true })).toBe(false);
    }
    for (const action of ['funding.propose', 'application.create'] as const) {
      expect(can(['project_lead'], action, { leadsInitiative: true })).toBe(true);
      expect(can(['project_lead'], action, { leadsInitiative: false })).toBe(false);
    }
    expect(can(['finance'], 'funding.propose')).toBe(true);
    expect(can(['finance'], 'application.create', { leadsInitiative: false })).toBe(false);
  });

  it('lets the directorate and members of the steering group chain decide, and no one else', () => {
    expect(can(['directorate'], 'decision.record')).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'directorate')) {
      expect(can([role], 'decision.record', { inSteeringGroup: true })).toBe(true);
      expect(can([role], 'decision.record', { inSteeringGroup: false, leadsInitiative: true })).toBe(false);
    }
    expect(can(['project_lead'], 'status_report.write', { leadsInitiative: true })).toBe(true);
    expect(can(['project_lead'], 'status_report.write', { leadsInitiative: false })).toBe(false);
    expect(can(['directorate'], 'priority.configure')).toBe(false);
    expect(can(['admin'], 'steering_group.manage')).toBe(true);
  });

  it('lets benefit owners record measurements only on benefits they own', () => {
    expect(can(['benefit_owner'], 'measurement.record', { ownsBenefit: true })).toBe(true);
    expect(can(['benefit_owner'], 'measurement.record', { ownsBenefit: false })).toBe(false);
    expect(can(['benefit_owner'], 'measurement.record', { leadsInitiative: true })).toBe(false);
    expect(can(['project_lead'], 'measurement.record', { leadsInitiative: true })).toBe(true);
    expect(can(['project_lead'], 'measurement.record', { ownsBenefit: true })).toBe(false);
    expect(can(['finance', 'directorate'], 'measurement.record', { leadsInitiative: true, ownsBenefit: true })).toBe(false);
    expect(canSometimes(['benefit_owner'], 'measurement.record')).toBe(true);
  });

  it('denies an unknown action', () => {
    expect(can(['admin'], 'initiative.delete' as never)).toBe(false);
  });

  it('never loses a permission by gaining a role (monotone)', () => {
    const roles = fc.subarray([...ROLES]);
    fc.assert(
      fc.property(roles, roles, fc.constantFrom(...ACTIONS), fc.boolean(), fc.boolean(), (a, b, action, leads, owns) => {
        const subject = { leadsInitiative: leads, ownsBenefit: owns };
        if (can(a, action, subject)) expect(can([...a, ...b], action, subject)).toBe(true);
      }),
    );
  });

  it('canSometimes shows what a role could do on its own initiatives', () => {
    expect(canSometimes(['project_lead'], 'initiative.update')).toBe(true);
    expect(canSometimes(['finance'], 'initiative.create')).toBe(false);
  });
});
