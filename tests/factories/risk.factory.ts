import type { RiskRequest } from '@gevinst/domain';

let counter = 0;

/** A medium technical risk (P3 × K4) handled by the supplier, with one planned action. */
export function riskInput(overrides: Partial<RiskRequest> = {}): RiskRequest {
  counter += 1;
  return {
    title: `Integrationen til ESDH-systemet forsinkes ${counter}`,
    cause: 'Leverandøren har ikke et færdigt API',
    event: 'Integrationen bliver ikke klar til go-live',
    consequenceText: 'Sagsbehandlerne må registrere dobbelt',
    category: 'technical',
    probability: 3,
    consequence: 4,
    handler: 'supplier',
    identifiedOn: '2026-03-01',
    lastReviewedOn: '2026-09-01',
    actions: [{ action: 'Aftal testmiljø med leverandøren', responsible: 'Projektleder', deadline: '2026-12-15', status: 'planned' }],
    ...overrides,
  };
}
