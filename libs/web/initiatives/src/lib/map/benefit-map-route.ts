// The benefit map page lives with the benefits; this file keeps the route's lazy chunk and the library's static
// imports apart (Nx refuses a library that is both lazy-loaded and imported).
export { BenefitMapPage } from '@gevinst/web/benefits/map';
