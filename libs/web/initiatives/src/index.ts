// Only routes are exported: the pages load lazily from them.
export { initiativeRoutes } from './lib/initiatives.routes';
