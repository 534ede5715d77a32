// Routes only: the portfolio page loads lazily from them. The initiative page's section has its own entry point
// (@gevinst/web/risks/initiative), so neither pulls the other's code into its chunk.
export { riskRoutes } from './lib/risks.routes';
