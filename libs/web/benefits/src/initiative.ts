// "Mål og gevinster" on the initiative page; the page loads it with @defer.
export { InitiativeBenefitsSection } from './lib/initiative/initiative-benefits-section';
