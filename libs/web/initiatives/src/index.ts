// Only routes are exported: the pages load lazily from them.
export { initiativeRoutes, overviewRoutes } from './lib/initiatives.routes';
