// Only routes are exported: the pages load lazily from them.
export { adminRoutes } from './lib/admin.routes';
