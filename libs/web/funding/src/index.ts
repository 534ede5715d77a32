// Routes only: the pages load lazily from them. The initiative page's section has its own entry point
// (@gevinst/web/funding/initiative), so neither pulls the other's code into its chunk.
export { financeRoutes } from './lib/funding.routes';
