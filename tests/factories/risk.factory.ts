import type { RiskRequest } from '@gevinst/domain';
import { daysFromToday } from '../support/clock';

let counter = 0;

/** A medium technical risk (P3 × K4) handled by the supplier, reviewed recently, with one planned action due in a month. */
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
    identifiedOn: daysFromToday(-120),
    lastReviewedOn: daysFromToday(-20),
    actions: [{ action: 'Aftal testmiljø med leverandøren', responsible: 'Projektleder', deadline: daysFromToday(30), status: 'planned' }],
    ...overrides,
  };
}
