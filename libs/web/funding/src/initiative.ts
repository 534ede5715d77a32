// "Finansiering" on the initiative page; the page loads it with @defer.
export { InitiativeFundingSection } from './lib/initiative/initiative-funding-section';
