// The benefit map page (/initiativer/:id/gevinstdiagram); the initiative routes load it lazily.
export { BenefitMapPage } from './lib/map/benefit-map-page';
