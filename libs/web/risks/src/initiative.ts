// "Risici" on the initiative page; the page loads it with @defer.
export { InitiativeRisksSection } from './lib/initiative/initiative-risks-section';
