// "Simpel business case" on the initiative page; the page loads it with @defer.
export { BusinessCaseSection } from './lib/business-case/business-case-section';
