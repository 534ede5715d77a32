// Routes only: the /styring pages load lazily from them. The initiative page's governance section has its own entry
// point (@gevinst/web/governance/initiative), so neither pulls the other's code into its chunk.
export { governanceRoutes } from './lib/portfolio/governance.routes';
