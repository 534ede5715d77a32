// Routes only: the pages load lazily from them. The initiative page's section has its own entry point
// (@gevinst/web/benefits/initiative), so neither pulls the other's code into its chunk.
export { myBenefitsRoutes } from './lib/benefits.routes';
