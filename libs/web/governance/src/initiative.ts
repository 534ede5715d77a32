// "Styring" on the initiative page: phase and gates, steering group, decisions, status reports and the health check.
// The initiative page loads it with @defer, so none of it reaches the page's own chunk.
export { InitiativeGovernanceSection } from './lib/initiative/initiative-governance-section';
